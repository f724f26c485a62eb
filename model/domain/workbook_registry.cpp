// Reads and checks self-assessment workbooks (XML, see docs/workbook.md) against the tool templates.
#include "model/domain/workbook_registry.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/resource_locator.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/template_registry.h"
#include "model/domain/xml_checker.h"

namespace pcr::model {

namespace fs = std::filesystem;

namespace {

bool all_digits(std::string_view text) {
    return !text.empty() && text.size() <= 3 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> words_of(std::string_view text) {
    std::istringstream in{std::string(text)};
    std::vector<std::string> out;
    for (std::string word; in >> word;) out.push_back(word);
    return out;
}

std::string scopes_of(const ToolTemplate& tool) {
    std::vector<std::string> words;
    for (const auto kind : tool.scopes) words.emplace_back(to_string(kind));
    return joined(words);
}

class WorkbookParser : public XmlChecker {
  public:
    WorkbookParser(const std::string& xml, fs::path file, const TemplateRegistry& templates)
        : XmlChecker(xml, std::move(file), "docs/workbook.md"), templates_(templates) {}

    std::optional<Workbook> run() {
        pugi::xml_document doc;
        if (!parse(doc)) return std::nullopt;
        const auto root = doc.document_element();
        if (std::string_view(root.name()) != "workbook") {
            add(root,
                fill_in(tr("the top element is <{1}>; a workbook starts with <workbook>"), root.name()));
            return std::nullopt;
        }
        Workbook workbook = read_workbook(root);
        if (!problems().empty()) return std::nullopt;
        return workbook;
    }

  private:
    void check_known(const pugi::xml_node& node, std::initializer_list<std::string_view> attributes,
                     std::initializer_list<std::string_view> children) {
        XmlChecker::check_known(node, attributes, children, tr("<title> or <description>"));
    }

    // The value of a required attribute; reports it when missing or blank.
    std::string required(const pugi::xml_node& node, const char* name, const std::string& owner,
                         const std::string& example) {
        const auto attr = node.attribute(name);
        if (!attr || is_blank(attr.value())) {
            add(node, fill_in(tr("{1} has no {2}; add {2}=\"{3}\""), owner, name, example));
            return {};
        }
        return attr.value();
    }

    // As required(), for an attribute naming something of the templates: the message says what it names
    // rather than giving an example, as which tools there are is for the templates to say.
    std::string required_naming(const pugi::xml_node& node, const char* name, const std::string& owner,
                                const std::string& what) {
        const auto attr = node.attribute(name);
        if (!attr || is_blank(attr.value())) {
            add(node, owner + " has no " + name + "; add " + name + "=\"...\" naming " + what);
            return {};
        }
        return attr.value();
    }

    // The text of the one child element `name`; reports a missing, empty or repeated one.
    std::string child_text(const pugi::xml_node& node, const char* name, const std::string& owner) {
        return XmlChecker::child_text(node, name, owner, true);
    }

    // The element's own text, which must say in words what it is.
    std::string own_text(const pugi::xml_node& node, const std::string& owner, const std::string& what) {
        std::string text = collapsed_text(node);
        if (text.empty()) add(node, fill_in(tr("{1} has no text; write {2} between its tags"), owner, what));
        return text;
    }

    std::optional<int> read_number(const pugi::xml_node& node, const char* name, const std::string& owner,
                                   int lo, int hi, const std::string& meaning) {
        const auto attr = node.attribute(name);
        if (!attr) return std::nullopt;
        const auto v = parse_whole(attr.value());
        if (!v || *v < lo || *v > hi) {
            add(node, fill_in(tr("{1} has {2}=\"{3}\"; use a whole number from {4} to {5} ({6})"), owner,
                              name, attr.value(), lo, hi, meaning));
            return std::nullopt;
        }
        return static_cast<int>(*v);
    }

    std::optional<SubjectKind> read_scope(const pugi::xml_node& node, const std::string& owner) {
        const std::string word = required(node, "scope", owner, "person");
        if (word.empty()) return std::nullopt;
        const auto kind = subject_kind_from_string(word);
        if (!kind) add(node, fill_in(tr("{1} has scope '{2}'; use person, staff or team"), owner, word));
        return kind;
    }

    // The template of tool `id`, when there is one and it is kept for subjects of `scope`.
    const ToolTemplate* tool_for(const pugi::xml_node& node, const std::string& id,
                                 std::optional<SubjectKind> scope, const std::string& owner) {
        const ToolTemplate* tool = templates_.find(id);
        if (!tool) {
            std::vector<std::string> ids;
            for (const auto& t : templates_.tools()) ids.push_back(t.id);
            add(node, fill_in(tr("{1} names tool '{2}', which no template defines; use one of: {3}"), owner,
                              id, joined(ids)));
            return nullptr;
        }
        if (scope && !tool->applies_to(*scope)) {
            // TRANSLATORS: {2} and {4} are scopes as workbooks write them: person, staff, team.
            add(node,
                fill_in(tr("{1} measures {2} records of tool '{3}', but that tool is only kept for {4}; "
                           "change the scope or the tool"),
                        owner, to_string(*scope), id, scopes_of(*tool)));
            return nullptr;
        }
        return tool;
    }

    const SectionTemplate* section_of(const pugi::xml_node& node, const ToolTemplate& tool,
                                      const std::string& id, const std::string& owner) {
        const SectionTemplate* section = tool.section(id);
        if (!section) {
            std::vector<std::string> ids;
            for (const auto& s : tool.sections) ids.push_back(s.id);
            add(node, fill_in(tr("{1} names section '{2}', which tool '{3}' does not have; use one of: {4}"),
                              owner, id, tool.id, joined(ids)));
        }
        return section;
    }

    const SectionTemplate* rows_section_of(const pugi::xml_node& node, const ToolTemplate& tool,
                                           const std::string& id, const std::string& owner) {
        const SectionTemplate* section = section_of(node, tool, id, owner);
        if (section && !section->has_rows()) {
            add(node,
                fill_in(tr("{1} names section '{2}' of tool '{3}', which is a {4} section without rows; name "
                           "a table or dated one"),
                        owner, id, tool.id, to_string(section->kind)));
            return nullptr;
        }
        return section;
    }

    const Column* column_of(const pugi::xml_node& node, const SectionTemplate& section, const std::string& id,
                            const std::string& owner) {
        const Column* column = section.column(id);
        if (!column) {
            std::vector<std::string> ids;
            for (const auto& c : section.columns) ids.push_back(c.id);
            add(node,
                fill_in(tr("{1} names column '{2}', which section '{3}' does not have; use one of: {4}"),
                        owner, id, section.id, joined(ids)));
        }
        return column;
    }

    // Reports a value a choice or attendees column does not allow.
    void check_value(const pugi::xml_node& node, const Column& column, const std::string& value,
                     const std::string& owner) {
        if (column.allows(value)) return;
        std::vector<std::string> values;
        for (const auto& c : column.choices) values.push_back(c.value);
        add(node, fill_in(tr("{1} looks for '{2}' in column '{3}', which is not one of its values ({4})"),
                          owner, value, column.id, joined(values)));
    }

    Workbook read_workbook(const pugi::xml_node& root) {
        check_known(root, {"id"}, {"title", "scale", "section", "mapping"});
        Workbook workbook;
        workbook.source_file = file().string();
        workbook.id = required(root, "id", tr("the workbook"), "progress-for-providers-homecare");
        if (!workbook.id.empty() && !valid_id(workbook.id))
            add(root,
                fill_in(tr("the workbook has id '{1}'; use lower-case letters, digits and single hyphens"),
                        workbook.id));
        workbook.title = child_text(root, "title", tr("the workbook"));
        if (const auto scale = root.child("scale")) {
            if (scale.next_sibling("scale"))
                add(scale.next_sibling("scale"), tr("the workbook has more than one <scale>; keep one"));
            workbook.scale = read_scale(scale);
        }

        std::set<std::string> section_numbers;
        for (const auto& node : root.children("section")) {
            WorkbookSection section = read_section(node);
            if (!section.number.empty() && !section_numbers.insert(section.number).second)
                add(node, fill_in(tr("there are two sections numbered {1}; number each section once"),
                                  section.number));
            workbook.sections.push_back(std::move(section));
        }
        if (workbook.sections.empty()) add(root, tr("the workbook has no <section>; it needs at least one"));

        std::set<std::string> mapping_ids;
        for (const auto& node : root.children("mapping")) {
            Mapping mapping = read_mapping(node, workbook);
            if (!mapping.id.empty() && !mapping_ids.insert(mapping.id).second)
                add(node,
                    fill_in(tr("there are two mappings with id '{1}'; give each its own id"), mapping.id));
            workbook.mappings.push_back(std::move(mapping));
        }
        return workbook;
    }

    // What the levels mean: bands each naming its levels, every level 1-5 in exactly one band.
    std::vector<ScaleBand> read_scale(const pugi::xml_node& node) {
        check_known(node, {}, {"band"});
        std::vector<ScaleBand> bands;
        std::set<int> seen;
        for (const auto& b : node.children("band")) {
            check_known(b, {"levels"}, {});
            ScaleBand band;
            for (const auto& word : words_of(b.attribute("levels").value())) {
                const auto level = parse_whole(word);
                if (!level || *level < 1 || *level > 5)
                    add(b, fill_in(tr("a <band> has level '{1}'; levels are 1 to 5"), word));
                else if (!seen.insert(static_cast<int>(*level)).second)
                    add(b, fill_in(tr("level {1} is in two bands of the <scale>; keep it in one"), *level));
                else
                    band.levels.push_back(static_cast<int>(*level));
            }
            if (is_blank(b.attribute("levels").value()))
                add(b, tr("a <band> names no levels; add levels=\"1 2\" (the levels it explains)"));
            std::sort(band.levels.begin(), band.levels.end());
            band.text = own_text(b, tr("a <band>"), tr("what choosing those levels means"));
            bands.push_back(std::move(band));
        }
        if (seen.size() != 5)
            add(node, tr("the <scale> must explain every level 1 to 5, each in one <band>"));
        return bands;
    }

    WorkbookSection read_section(const pugi::xml_node& node) {
        check_known(node, {"number"}, {"title", "topic"});
        WorkbookSection section;
        section.number = required(node, "number", tr("a section"), "1");
        if (!section.number.empty() && !all_digits(section.number)) {
            add(node, fill_in(tr("a section has number '{1}'; number sections 1, 2, 3 ..."), section.number));
            section.number.clear();
        }
        const std::string owner = fill_in(tr("section {1}"), section.number);
        section.title = child_text(node, "title", owner);
        for (const auto& t : node.children("topic")) {
            Topic topic = read_topic(t, section.number);
            if (!topic.number.empty() && !topic_numbers_.insert(topic.number).second)
                add(t,
                    fill_in(tr("there are two topics numbered {1}; number each topic once"), topic.number));
            section.topics.push_back(std::move(topic));
        }
        if (section.topics.empty())
            add(node, fill_in(tr("{1} has no <topic>; it needs at least one"), owner));
        return section;
    }

    Topic read_topic(const pugi::xml_node& node, const std::string& section_number) {
        check_known(node, {"number"}, {"title", "statement", "evidence"});
        Topic topic;
        topic.line = line_of(node);
        topic.number = required(node, "number", fill_in(tr("a topic of section {1}"), section_number),
                                section_number + ".1");
        if (!topic.number.empty()) {
            const auto dot = topic.number.find('.');
            if (dot == std::string::npos || !all_digits(topic.number.substr(0, dot)) ||
                !all_digits(topic.number.substr(dot + 1))) {
                add(node, fill_in(tr("a topic has number '{1}'; write it as section.topic, e.g. {2}.3"),
                                  topic.number, section_number.empty() ? "1" : section_number));
                topic.number.clear();
            } else if (!section_number.empty() && topic.number.substr(0, dot) != section_number) {
                add(node,
                    fill_in(tr("topic {1} is inside section {2}; its number must start with {2}. (or move it "
                               "to its section)"),
                            topic.number, section_number));
            }
        }
        const std::string owner = fill_in(tr("topic {1}"), topic.number);
        topic.title = child_text(node, "title", owner);
        read_statements(node, owner, topic);

        const auto evidence = node.child("evidence");
        if (evidence) {
            if (evidence.next_sibling("evidence"))
                add(evidence.next_sibling("evidence"),
                    fill_in(tr("{1} has more than one <evidence>; keep one"), owner));
            topic.evidence = read_evidence(evidence, owner);
        }
        return topic;
    }

    void read_statements(const pugi::xml_node& node, const std::string& owner, Topic& topic) {
        std::map<int, std::string> by_level;
        int count = 0;
        for (const auto& s : node.children("statement")) {
            ++count;
            check_known(s, {"level"}, {});
            const auto attr = s.attribute("level");
            const auto level = parse_whole(attr.value());
            if (!attr || !level || *level < 1 || *level > 5) {
                add(s, attr ? fill_in(tr("{1} has a <statement> with level=\"{2}\"; give each statement "
                                         "level=\"1\" to level=\"5\""),
                                      owner, attr.value())
                            : fill_in(
                                  tr("{1} has a <statement> without a level; give each statement level=\"1\" "
                                     "to level=\"5\""),
                                  owner));
                continue;
            }
            std::string text =
                own_text(s, fill_in(tr("{1}'s statement {2}"), owner, *level), tr("the statement"));
            if (!by_level.emplace(static_cast<int>(*level), std::move(text)).second)
                add(s, fill_in(tr("{1} has two statements for level {2}; keep one"), owner, *level));
        }
        if (count != 5)
            add(node, fill_in(tr_n("{1} has {2} statement; a topic needs exactly five, levels 1 to 5",
                                   "{1} has {2} statements; a topic needs exactly five, levels 1 to 5",
                                   static_cast<unsigned long>(count)),
                              owner, count));
        for (auto& [level, text] : by_level) topic.statements.push_back(std::move(text));
    }

    EvidenceRule read_evidence(const pugi::xml_node& node, const std::string& topic_owner) {
        check_known(
            node,
            {"scope", "tool", "section", "current", "reviewed-within-months", "row-section", "row-column",
             "row-value", "latest-section", "latest-within-months", "attendee-role", "low", "high"},
            {"description", "no-overdue-rows", "coverage", "complete"});
        const std::string owner = fill_in(tr("{1}'s evidence"), topic_owner);
        EvidenceRule rule;
        const auto scope = read_scope(node, owner);
        if (scope) rule.scope = *scope;
        rule.tool = required_naming(node, "tool", owner, "a tool by its id (templates/tools)");
        rule.description = child_text(node, "description", owner);
        const ToolTemplate* tool = rule.tool.empty() ? nullptr : tool_for(node, rule.tool, scope, owner);

        rule.section = node.attribute("section").value();
        if (tool && !rule.section.empty()) section_of(node, *tool, rule.section, owner);
        if (const auto current = read_flag(node, "current", owner)) rule.need_current = *current;
        rule.reviewed_within_months =
            read_number(node, "reviewed-within-months", owner, 1, 120, tr("months before the day assessed"));
        read_row_condition(node, tool, owner, rule);
        read_latest(node, tool, owner, rule);

        if (const auto low =
                read_number(node, "low", owner, 0, 100, tr("the coverage percent that suggests 4")))
            rule.low = *low;
        if (const auto high =
                read_number(node, "high", owner, 0, 100, tr("the coverage percent that suggests 5")))
            rule.high = *high;
        if (rule.low > rule.high)
            add(node, fill_in(tr("{1} has low=\"{2}\" above high=\"{3}\"; low must not be more than high"),
                              owner, rule.low, rule.high));

        for (const auto& child : node.children()) {
            const std::string_view name = child.name();
            if (name == "no-overdue-rows" || name == "coverage" || name == "complete")
                rule.extras.push_back(read_extra(child, rule.scope, owner));
        }
        return rule;
    }

    // The 2.3 kind of rule: the record must also have a row with a given value in a column.
    void read_row_condition(const pugi::xml_node& node, const ToolTemplate* tool, const std::string& owner,
                            EvidenceRule& rule) {
        rule.row_section = node.attribute("row-section").value();
        rule.row_column = node.attribute("row-column").value();
        rule.row_value = node.attribute("row-value").value();
        const bool any = !rule.row_section.empty() || !rule.row_column.empty() || !rule.row_value.empty();
        if (!any) return;
        if (rule.row_section.empty() || rule.row_column.empty() || rule.row_value.empty()) {
            add(node,
                fill_in(tr("{1} needs row-section, row-column and row-value together (the record must have "
                           "a row of that section with that value in that column)"),
                        owner));
            return;
        }
        if (!tool) return;
        const SectionTemplate* section = rows_section_of(node, *tool, rule.row_section, owner);
        if (!section) return;
        if (const Column* column = column_of(node, *section, rule.row_column, owner))
            check_value(node, *column, rule.row_value, owner);
    }

    // The 2.2 kind of rule: the latest dated row must have an attendee with a given role.
    void read_latest(const pugi::xml_node& node, const ToolTemplate* tool, const std::string& owner,
                     EvidenceRule& rule) {
        rule.latest_section = node.attribute("latest-section").value();
        rule.attendee_role = node.attribute("attendee-role").value();
        const auto within =
            read_number(node, "latest-within-months", owner, 1, 120, tr("months before the day assessed"));
        if (rule.latest_section.empty()) {
            if (!rule.attendee_role.empty() || within)
                add(node,
                    fill_in(tr("{1} has attendee-role or latest-within-months without latest-section; add "
                               "latest-section=\"...\" (the dated section whose latest row is looked at)"),
                            owner));
            return;
        }
        if (within) rule.latest_within_months = *within;
        if (rule.attendee_role.empty()) {
            add(node,
                fill_in(tr("{1} has latest-section without attendee-role; add attendee-role=\"family\" (or "
                           "another role)"),
                        owner));
            return;
        }
        if (!rule.section.empty() || !rule.row_section.empty() || rule.reviewed_within_months)
            add(node,
                fill_in(tr("{1} measures the latest row of '{2}', which cannot be combined with section, "
                           "row-section or reviewed-within-months"),
                        owner, rule.latest_section));
        if (!tool) return;
        const SectionTemplate* section = section_of(node, *tool, rule.latest_section, owner);
        if (!section) return;
        if (section->kind != SectionKind::Dated) {
            add(node, fill_in(tr("{1} names latest-section '{2}', which is not a dated section"), owner,
                              section->id));
            return;
        }
        const auto attendees = std::find_if(section->columns.begin(), section->columns.end(),
                                            [](const Column& c) { return c.type == ColumnType::Attendees; });
        if (attendees == section->columns.end()) {
            add(node, fill_in(tr("{1} names latest-section '{2}', which has no attendees column"), owner,
                              section->id));
            return;
        }
        check_value(node, *attendees, rule.attendee_role, owner);
    }

    ExtraCondition read_extra(const pugi::xml_node& node, SubjectKind rule_scope,
                              const std::string& rule_owner) {
        const std::string_view name = node.name();
        const std::string owner = fill_in(tr("{1}'s <{2}>"), rule_owner, name);
        ExtraCondition extra;
        extra.scope = rule_scope;
        if (node.attribute("scope")) {
            if (const auto scope = read_scope(node, owner)) extra.scope = *scope;
        }
        if (name == "no-overdue-rows") {
            check_known(
                node, {"scope", "tool", "section", "date-column", "open-column", "open-values", "grace-days"},
                {});
            extra.kind = ExtraCondition::Kind::NoOverdueRows;
            read_overdue(node, owner, extra);
        } else if (name == "coverage") {
            check_known(node, {"scope", "tools", "at-least", "current"}, {});
            extra.kind = ExtraCondition::Kind::Coverage;
            extra.tools =
                words_of(required_naming(node, "tools", owner, "tools by their ids, separated by spaces"));
            for (const auto& id : extra.tools) tool_for(node, id, extra.scope, owner);
            if (!node.attribute("at-least"))
                add(node,
                    fill_in(tr("{1} has no at-least; add at-least=\"50\" (the percent of subjects needed)"),
                            owner));
            if (const auto at_least = read_number(node, "at-least", owner, 0, 100, tr("a percent")))
                extra.at_least = *at_least;
        } else {
            check_known(node, {"scope", "tool", "current"}, {});
            extra.kind = ExtraCondition::Kind::Complete;
            const std::string tool =
                required_naming(node, "tool", owner, "a tool by its id (templates/tools)");
            if (!tool.empty()) {
                extra.tools.push_back(tool);
                tool_for(node, tool, extra.scope, owner);
            }
        }
        if (const auto current = read_flag(node, "current", owner)) extra.need_current = *current;
        extra.description = own_text(node, owner, tr("what it asks for in words"));
        return extra;
    }

    void read_overdue(const pugi::xml_node& node, const std::string& owner, ExtraCondition& extra) {
        const std::string tool_id =
            required_naming(node, "tool", owner, "a tool by its id (templates/tools)");
        if (!tool_id.empty()) extra.tools.push_back(tool_id);
        extra.section = required_naming(node, "section", owner, "a section of that tool by its id");
        extra.date_column = required(node, "date-column", owner, "by-when");
        extra.open_column = required(node, "open-column", owner, "status");
        extra.open_values = words_of(node.attribute("open-values").value());
        if (const auto grace =
                read_number(node, "grace-days", owner, 0, 3650, tr("days past the date a row may stay open")))
            extra.grace_days = *grace;

        const ToolTemplate* tool = tool_id.empty() ? nullptr : tool_for(node, tool_id, extra.scope, owner);
        if (!tool || extra.section.empty()) return;
        const SectionTemplate* section = rows_section_of(node, *tool, extra.section, owner);
        if (!section) return;
        if (!extra.date_column.empty()) {
            const Column* date = column_of(node, *section, extra.date_column, owner);
            if (date && date->type != ColumnType::Date)
                add(node,
                    fill_in(tr("{1} names date-column '{2}', which is a {3} column; name a date column"),
                            owner, date->id, to_string(date->type)));
        }
        if (!extra.open_column.empty()) {
            if (const Column* open = column_of(node, *section, extra.open_column, owner))
                for (const auto& value : extra.open_values) check_value(node, *open, value, owner);
        }
    }

    Mapping read_mapping(const pugi::xml_node& node, const Workbook& workbook) {
        check_known(node, {"id"}, {"title", "row"});
        Mapping mapping;
        mapping.id = required(node, "id", tr("a mapping"), "isf-principles");
        if (!mapping.id.empty() && !valid_id(mapping.id))
            add(node, fill_in(tr("a mapping has id '{1}'; use lower-case letters, digits and single hyphens"),
                              mapping.id));
        const std::string owner = fill_in(tr("mapping '{1}'"), mapping.id);
        mapping.title = child_text(node, "title", owner);
        std::set<std::string> keys;
        for (const auto& r : node.children("row")) {
            MappingRow row = read_row(r, workbook, owner);
            if (!row.key.empty() && !keys.insert(row.key).second)
                add(r, fill_in(tr("{1} has two rows with key '{2}'; keep one"), owner, row.key));
            mapping.rows.push_back(std::move(row));
        }
        if (mapping.rows.empty()) add(node, fill_in(tr("{1} has no <row>; add at least one"), owner));
        return mapping;
    }

    // A row lists topics, whole sections, or both; the result is its topics in workbook order.
    MappingRow read_row(const pugi::xml_node& node, const Workbook& workbook,
                        const std::string& mapping_owner) {
        // A row is its description alone, or a <description> and the <statement>s it stands for.
        const bool parts = node.child("description") || node.child("statement");
        if (parts)
            check_known(node, {"key", "topics", "sections", "group"}, {"description", "statement"});
        else
            check_known(node, {"key", "topics", "sections", "group"}, {});
        MappingRow row;
        row.key = required(node, "key", fill_in(tr("a row of {1}"), mapping_owner), "Who");
        const std::string owner = fill_in(tr("row '{1}' of {2}"), row.key, mapping_owner);
        row.group = node.attribute("group").value();
        if (node.attribute("group") && is_blank(row.group))
            add(node,
                fill_in(tr("{1} has an empty group; name the heading it is listed under, or leave group out"),
                        owner));
        row.description = parts ? child_text(node, "description", owner)
                                : own_text(node, owner, tr("what the key stands for"));
        const auto row_sections = words_of(node.attribute("sections").value());
        for (const auto& s : node.children("statement")) {
            check_known(s, {"sections"}, {});
            MappingStatement statement;
            statement.text = own_text(s, fill_in(tr("a statement of {1}"), owner), tr("the statement"));
            statement.sections = words_of(s.attribute("sections").value());
            for (const auto& number : statement.sections)
                if (std::find(row_sections.begin(), row_sections.end(), number) == row_sections.end())
                    add(s, fill_in(tr("{1} has a statement for section {2}, which the row's sections=\"...\" "
                                      "does not name"),
                                   owner, number));
            row.statements.push_back(std::move(statement));
        }

        std::set<std::string> wanted;
        for (const auto& number : words_of(node.attribute("sections").value())) {
            const auto section = std::find_if(workbook.sections.begin(), workbook.sections.end(),
                                              [&](const WorkbookSection& s) { return s.number == number; });
            if (section == workbook.sections.end()) {
                add(node,
                    fill_in(tr("{1} names section {2}, which the workbook does not have"), owner, number));
                continue;
            }
            for (const auto& topic : section->topics) wanted.insert(topic.number);
        }
        for (const auto& number : words_of(node.attribute("topics").value())) {
            if (!workbook.find_topic(number))
                add(node,
                    fill_in(tr("{1} names topic {2}, which the workbook does not have"), owner, number));
            else
                wanted.insert(number);
        }
        if (is_blank(node.attribute("topics").value()) && is_blank(node.attribute("sections").value()))
            add(node, fill_in(tr("{1} names no topics; add topics=\"1.6 3.8\" or sections=\"1\""), owner));
        for (const Topic* topic : workbook.topics())
            if (wanted.count(topic->number)) row.topics.push_back(topic->number);
        return row;
    }

    const TemplateRegistry& templates_;
    std::set<std::string> topic_numbers_;
};

// One workbook file, or the problems that stop it loading.
std::optional<Workbook> parse_workbook(const fs::path& file, const TemplateRegistry& templates,
                                       std::vector<TemplateProblem>& problems) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        problems.push_back({file, 0, tr("cannot be read; check that the file exists and may be read")});
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    const std::string xml = text.str();
    WorkbookParser parser(xml, file, templates);
    auto workbook = parser.run();
    for (auto& p : parser.problems()) problems.push_back(std::move(p));
    return workbook;
}

}  // namespace

WorkbookRegistry WorkbookRegistry::load(const fs::path& workbooks_folder, const TemplateRegistry& templates) {
    std::error_code ec;
    if (!fs::is_directory(workbooks_folder, ec))
        throw TemplateError(fill_in(tr("No workbooks folder at {1}. Set PCR_DATA to the folder that holds "
                                       "workbooks/*.xml, or reinstall pcrecords."),
                                    workbooks_folder.string()));
    const std::vector<fs::path> files = xml_files_in(workbooks_folder, ec);
    if (ec)
        throw TemplateError(
            fill_in(tr("Cannot list the workbooks in {1}: {2}"), workbooks_folder.string(), ec.message()));
    if (files.empty())
        throw TemplateError(fill_in(tr("No workbooks (*.xml) in {1}. Set PCR_DATA to the folder that holds "
                                       "workbooks/*.xml, or reinstall pcrecords."),
                                    workbooks_folder.string()));

    WorkbookRegistry registry;
    std::vector<TemplateProblem> problems;
    for (const auto& file : files) {
        auto workbook = parse_workbook(file, templates, problems);
        if (!workbook) continue;
        if (const Workbook* earlier = registry.find(workbook->id)) {
            problems.push_back(
                {file, 0,
                 fill_in(tr("workbook id '{1}' is also used by {2}; each workbook needs its own id"),
                         workbook->id, earlier->source_file)});
            continue;
        }
        registry.workbooks_.push_back(std::move(*workbook));
    }
    if (!problems.empty())
        throw TemplateFilesError(std::move(problems), workbooks_folder,
                                 fill_in(tr("Fix the workbook file(s) named above, or move them out of {1}."),
                                         workbooks_folder.string()));
    return registry;
}

fs::path WorkbookRegistry::default_folder() {
    if (const char* env = std::getenv("PCR_DATA"); env && *env) return fs::path(env) / "workbooks";
    return ResourceLocator::find(fs::path("data") / "workbooks").value_or(fs::path("data") / "workbooks");
}

const Workbook* WorkbookRegistry::find(const std::string& id) const {
    for (const auto& w : workbooks_)
        if (w.id == id) return &w;
    return nullptr;
}

const Workbook& WorkbookRegistry::get(const std::string& id) const {
    if (const Workbook* workbook = find(id)) return *workbook;
    std::vector<std::string> ids;
    for (const auto& w : workbooks_) ids.push_back(w.id);
    throw NotFoundError(fill_in(tr("There is no workbook '{1}'. Known workbooks: {2}."), id,
                                ids.empty() ? tr("none") : joined(ids)));
}

}  // namespace pcr::model
