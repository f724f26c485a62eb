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
#include "model/core/resource_locator.h"
#include "model/core/text.h"
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
                std::string("the top element is <") + root.name() + ">; a workbook starts with <workbook>");
            return std::nullopt;
        }
        Workbook workbook = read_workbook(root);
        if (!problems().empty()) return std::nullopt;
        return workbook;
    }

  private:
    void check_known(const pugi::xml_node& node, std::initializer_list<std::string_view> attributes,
                     std::initializer_list<std::string_view> children) {
        XmlChecker::check_known(node, attributes, children, "<title> or <description>");
    }

    // The value of a required attribute; reports it when missing or blank.
    std::string required(const pugi::xml_node& node, const char* name, const std::string& owner,
                         const std::string& example) {
        const auto attr = node.attribute(name);
        if (!attr || is_blank(attr.value())) {
            add(node, owner + " has no " + name + "; add " + name + "=\"" + example + "\"");
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
        if (text.empty()) add(node, owner + " has no text; write " + what + " between its tags");
        return text;
    }

    std::optional<int> read_number(const pugi::xml_node& node, const char* name, const std::string& owner,
                                   int lo, int hi, const std::string& meaning) {
        const auto attr = node.attribute(name);
        if (!attr) return std::nullopt;
        const auto v = parse_whole(attr.value());
        if (!v || *v < lo || *v > hi) {
            add(node, owner + " has " + name + "=\"" + attr.value() + "\"; use a whole number from " +
                          std::to_string(lo) + " to " + std::to_string(hi) + " (" + meaning + ")");
            return std::nullopt;
        }
        return static_cast<int>(*v);
    }

    std::optional<SubjectKind> read_scope(const pugi::xml_node& node, const std::string& owner) {
        const std::string word = required(node, "scope", owner, "person");
        if (word.empty()) return std::nullopt;
        const auto kind = subject_kind_from_string(word);
        if (!kind) add(node, owner + " has scope '" + word + "'; use person, staff or team");
        return kind;
    }

    // The template of tool `id`, when there is one and it is kept for subjects of `scope`.
    const ToolTemplate* tool_for(const pugi::xml_node& node, const std::string& id,
                                 std::optional<SubjectKind> scope, const std::string& owner) {
        const ToolTemplate* tool = templates_.find(id);
        if (!tool) {
            std::vector<std::string> ids;
            for (const auto& t : templates_.tools()) ids.push_back(t.id);
            add(node,
                owner + " names tool '" + id + "', which no template defines; use one of: " + joined(ids));
            return nullptr;
        }
        if (scope && !tool->applies_to(*scope)) {
            add(node, owner + " measures " + std::string(to_string(*scope)) + " records of tool '" + id +
                          "', but that tool is only kept for " + scopes_of(*tool) +
                          "; change the scope or the tool");
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
            add(node, owner + " names section '" + id + "', which tool '" + tool.id +
                          "' does not have; use one of: " + joined(ids));
        }
        return section;
    }

    const SectionTemplate* rows_section_of(const pugi::xml_node& node, const ToolTemplate& tool,
                                           const std::string& id, const std::string& owner) {
        const SectionTemplate* section = section_of(node, tool, id, owner);
        if (section && !section->has_rows()) {
            add(node, owner + " names section '" + id + "' of tool '" + tool.id + "', which is a " +
                          std::string(to_string(section->kind)) +
                          " section without rows; name a table or dated one");
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
            add(node, owner + " names column '" + id + "', which section '" + section.id +
                          "' does not have; use one of: " + joined(ids));
        }
        return column;
    }

    // Reports a value a choice or attendees column does not allow.
    void check_value(const pugi::xml_node& node, const Column& column, const std::string& value,
                     const std::string& owner) {
        if (column.allows(value)) return;
        std::vector<std::string> values;
        for (const auto& c : column.choices) values.push_back(c.value);
        add(node, owner + " looks for '" + value + "' in column '" + column.id +
                      "', which is not one of its values (" + joined(values) + ")");
    }

    Workbook read_workbook(const pugi::xml_node& root) {
        check_known(root, {"id"}, {"title", "section", "mapping"});
        Workbook workbook;
        workbook.source_file = file().string();
        workbook.id = required(root, "id", "the workbook", "progress-for-providers-homecare");
        if (!workbook.id.empty() && !valid_id(workbook.id))
            add(root, "the workbook has id '" + workbook.id +
                          "'; use lower-case letters, digits and single hyphens");
        workbook.title = child_text(root, "title", "the workbook");

        std::set<std::string> section_numbers;
        for (const auto& node : root.children("section")) {
            WorkbookSection section = read_section(node);
            if (!section.number.empty() && !section_numbers.insert(section.number).second)
                add(node, "there are two sections numbered " + section.number + "; number each section once");
            workbook.sections.push_back(std::move(section));
        }
        if (workbook.sections.empty()) add(root, "the workbook has no <section>; it needs at least one");

        std::set<std::string> mapping_ids;
        for (const auto& node : root.children("mapping")) {
            Mapping mapping = read_mapping(node, workbook);
            if (!mapping.id.empty() && !mapping_ids.insert(mapping.id).second)
                add(node, "there are two mappings with id '" + mapping.id + "'; give each its own id");
            workbook.mappings.push_back(std::move(mapping));
        }
        return workbook;
    }

    WorkbookSection read_section(const pugi::xml_node& node) {
        check_known(node, {"number"}, {"title", "topic"});
        WorkbookSection section;
        section.number = required(node, "number", "a section", "1");
        if (!section.number.empty() && !all_digits(section.number)) {
            add(node, "a section has number '" + section.number + "'; number sections 1, 2, 3 ...");
            section.number.clear();
        }
        const std::string owner = "section " + section.number;
        section.title = child_text(node, "title", owner);
        for (const auto& t : node.children("topic")) {
            Topic topic = read_topic(t, section.number);
            if (!topic.number.empty() && !topic_numbers_.insert(topic.number).second)
                add(t, "there are two topics numbered " + topic.number + "; number each topic once");
            section.topics.push_back(std::move(topic));
        }
        if (section.topics.empty()) add(node, owner + " has no <topic>; it needs at least one");
        return section;
    }

    Topic read_topic(const pugi::xml_node& node, const std::string& section_number) {
        check_known(node, {"number"}, {"title", "statement", "evidence"});
        Topic topic;
        topic.line = line_of(node);
        topic.number =
            required(node, "number", "a topic of section " + section_number, section_number + ".1");
        if (!topic.number.empty()) {
            const auto dot = topic.number.find('.');
            if (dot == std::string::npos || !all_digits(topic.number.substr(0, dot)) ||
                !all_digits(topic.number.substr(dot + 1))) {
                add(node, "a topic has number '" + topic.number + "'; write it as section.topic, e.g. " +
                              (section_number.empty() ? "1" : section_number) + ".3");
                topic.number.clear();
            } else if (!section_number.empty() && topic.number.substr(0, dot) != section_number) {
                add(node, "topic " + topic.number + " is inside section " + section_number +
                              "; its number must start with " + section_number +
                              ". (or move it to its section)");
            }
        }
        const std::string owner = "topic " + topic.number;
        topic.title = child_text(node, "title", owner);
        read_statements(node, owner, topic);

        const auto evidence = node.child("evidence");
        if (evidence) {
            if (evidence.next_sibling("evidence"))
                add(evidence.next_sibling("evidence"), owner + " has more than one <evidence>; keep one");
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
                add(s, owner + " has a <statement> " +
                           (attr ? "with level=\"" + std::string(attr.value()) + "\""
                                 : std::string("without a level")) +
                           "; give each statement level=\"1\" to level=\"5\"");
                continue;
            }
            std::string text = own_text(s, owner + "'s statement " + std::to_string(*level), "the statement");
            if (!by_level.emplace(static_cast<int>(*level), std::move(text)).second)
                add(s, owner + " has two statements for level " + std::to_string(*level) + "; keep one");
        }
        if (count != 5)
            add(node, owner + " has " + std::to_string(count) + (count == 1 ? " statement" : " statements") +
                          "; a topic needs exactly five, levels 1 to 5");
        for (auto& [level, text] : by_level) topic.statements.push_back(std::move(text));
    }

    EvidenceRule read_evidence(const pugi::xml_node& node, const std::string& topic_owner) {
        check_known(
            node,
            {"scope", "tool", "section", "current", "reviewed-within-months", "row-section", "row-column",
             "row-value", "latest-section", "latest-within-months", "attendee-role", "low", "high"},
            {"description", "no-overdue-rows", "coverage", "complete"});
        const std::string owner = topic_owner + "'s evidence";
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
            read_number(node, "reviewed-within-months", owner, 1, 120, "months before the day assessed");
        read_row_condition(node, tool, owner, rule);
        read_latest(node, tool, owner, rule);

        if (const auto low = read_number(node, "low", owner, 0, 100, "the coverage percent that suggests 4"))
            rule.low = *low;
        if (const auto high =
                read_number(node, "high", owner, 0, 100, "the coverage percent that suggests 5"))
            rule.high = *high;
        if (rule.low > rule.high)
            add(node, owner + " has low=\"" + std::to_string(rule.low) + "\" above high=\"" +
                          std::to_string(rule.high) + "\"; low must not be more than high");

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
            add(node, owner +
                          " needs row-section, row-column and row-value together (the record must have a row "
                          "of that section with that value in that column)");
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
            read_number(node, "latest-within-months", owner, 1, 120, "months before the day assessed");
        if (rule.latest_section.empty()) {
            if (!rule.attendee_role.empty() || within)
                add(node, owner +
                              " has attendee-role or latest-within-months without latest-section; add "
                              "latest-section=\"...\" (the dated section whose latest row is looked at)");
            return;
        }
        if (within) rule.latest_within_months = *within;
        if (rule.attendee_role.empty()) {
            add(node,
                owner +
                    " has latest-section without attendee-role; add attendee-role=\"family\" (or another "
                    "role)");
            return;
        }
        if (!rule.section.empty() || !rule.row_section.empty() || rule.reviewed_within_months)
            add(node, owner + " measures the latest row of '" + rule.latest_section +
                          "', which cannot be combined with section, row-section or reviewed-within-months");
        if (!tool) return;
        const SectionTemplate* section = section_of(node, *tool, rule.latest_section, owner);
        if (!section) return;
        if (section->kind != SectionKind::Dated) {
            add(node, owner + " names latest-section '" + section->id + "', which is not a dated section");
            return;
        }
        const auto attendees = std::find_if(section->columns.begin(), section->columns.end(),
                                            [](const Column& c) { return c.type == ColumnType::Attendees; });
        if (attendees == section->columns.end()) {
            add(node, owner + " names latest-section '" + section->id + "', which has no attendees column");
            return;
        }
        check_value(node, *attendees, rule.attendee_role, owner);
    }

    ExtraCondition read_extra(const pugi::xml_node& node, SubjectKind rule_scope,
                              const std::string& rule_owner) {
        const std::string_view name = node.name();
        const std::string owner = rule_owner + "'s <" + std::string(name) + ">";
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
                add(node, owner + " has no at-least; add at-least=\"50\" (the percent of subjects needed)");
            if (const auto at_least = read_number(node, "at-least", owner, 0, 100, "a percent"))
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
        extra.description = own_text(node, owner, "what it asks for in words");
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
                read_number(node, "grace-days", owner, 0, 3650, "days past the date a row may stay open"))
            extra.grace_days = *grace;

        const ToolTemplate* tool = tool_id.empty() ? nullptr : tool_for(node, tool_id, extra.scope, owner);
        if (!tool || extra.section.empty()) return;
        const SectionTemplate* section = rows_section_of(node, *tool, extra.section, owner);
        if (!section) return;
        if (!extra.date_column.empty()) {
            const Column* date = column_of(node, *section, extra.date_column, owner);
            if (date && date->type != ColumnType::Date)
                add(node, owner + " names date-column '" + date->id + "', which is a " +
                              std::string(to_string(date->type)) + " column; name a date column");
        }
        if (!extra.open_column.empty()) {
            if (const Column* open = column_of(node, *section, extra.open_column, owner))
                for (const auto& value : extra.open_values) check_value(node, *open, value, owner);
        }
    }

    Mapping read_mapping(const pugi::xml_node& node, const Workbook& workbook) {
        check_known(node, {"id"}, {"title", "row"});
        Mapping mapping;
        mapping.id = required(node, "id", "a mapping", "isf-principles");
        if (!mapping.id.empty() && !valid_id(mapping.id))
            add(node,
                "a mapping has id '" + mapping.id + "'; use lower-case letters, digits and single hyphens");
        const std::string owner = "mapping '" + mapping.id + "'";
        mapping.title = child_text(node, "title", owner);
        std::set<std::string> keys;
        for (const auto& r : node.children("row")) {
            MappingRow row = read_row(r, workbook, owner);
            if (!row.key.empty() && !keys.insert(row.key).second)
                add(r, owner + " has two rows with key '" + row.key + "'; keep one");
            mapping.rows.push_back(std::move(row));
        }
        if (mapping.rows.empty()) add(node, owner + " has no <row>; add at least one");
        return mapping;
    }

    // A row lists topics, whole sections, or both; the result is its topics in workbook order.
    MappingRow read_row(const pugi::xml_node& node, const Workbook& workbook,
                        const std::string& mapping_owner) {
        check_known(node, {"key", "topics", "sections"}, {});
        MappingRow row;
        row.key = required(node, "key", "a row of " + mapping_owner, "Who");
        const std::string owner = "row '" + row.key + "' of " + mapping_owner;
        row.description = own_text(node, owner, "what the key stands for");

        std::set<std::string> wanted;
        for (const auto& number : words_of(node.attribute("sections").value())) {
            const auto section = std::find_if(workbook.sections.begin(), workbook.sections.end(),
                                              [&](const WorkbookSection& s) { return s.number == number; });
            if (section == workbook.sections.end()) {
                add(node, owner + " names section " + number + ", which the workbook does not have");
                continue;
            }
            for (const auto& topic : section->topics) wanted.insert(topic.number);
        }
        for (const auto& number : words_of(node.attribute("topics").value())) {
            if (!workbook.find_topic(number))
                add(node, owner + " names topic " + number + ", which the workbook does not have");
            else
                wanted.insert(number);
        }
        if (is_blank(node.attribute("topics").value()) && is_blank(node.attribute("sections").value()))
            add(node, owner + " names no topics; add topics=\"1.6 3.8\" or sections=\"1\"");
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
        problems.push_back({file, 0, "cannot be read; check that the file exists and may be read"});
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
        throw TemplateError(
            "No workbooks folder at " + workbooks_folder.string() +
            ". Set PCR_DATA to the folder that holds workbooks/*.xml, or reinstall pcrecords.");
    const std::vector<fs::path> files = xml_files_in(workbooks_folder, ec);
    if (ec)
        throw TemplateError("Cannot list the workbooks in " + workbooks_folder.string() + ": " +
                            ec.message());
    if (files.empty())
        throw TemplateError(
            "No workbooks (*.xml) in " + workbooks_folder.string() +
            ". Set PCR_DATA to the folder that holds workbooks/*.xml, or reinstall pcrecords.");

    WorkbookRegistry registry;
    std::vector<TemplateProblem> problems;
    for (const auto& file : files) {
        auto workbook = parse_workbook(file, templates, problems);
        if (!workbook) continue;
        if (const Workbook* earlier = registry.find(workbook->id)) {
            problems.push_back({file, 0,
                                "workbook id '" + workbook->id + "' is also used by " + earlier->source_file +
                                    "; each workbook needs its own id"});
            continue;
        }
        registry.workbooks_.push_back(std::move(*workbook));
    }
    if (!problems.empty()) {
        std::string message;
        for (const auto& p : problems) message += p.to_string() + "\n";
        throw TemplateError(message + "Fix the workbook file(s) named above, or move them out of " +
                            workbooks_folder.string() + ".");
    }
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
    throw NotFoundError("There is no workbook '" + id +
                        "'. Known workbooks: " + (ids.empty() ? "none" : joined(ids)) + ".");
}

}  // namespace pcr::model
