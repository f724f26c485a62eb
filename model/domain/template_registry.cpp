// Reads and checks tool templates (XML, see docs/templates.md) and keeps the loaded set.
#include "model/domain/template_registry.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/resource_locator.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/xml_checker.h"

namespace pcr::model {

namespace fs = std::filesystem;

namespace {

class TemplateParser : public XmlChecker {
  public:
    TemplateParser(const std::string& xml, fs::path file)
        : XmlChecker(xml, std::move(file), "docs/templates.md") {}

    TemplateParseResult run() {
        TemplateParseResult result;
        pugi::xml_document doc;
        if (parse(doc)) {
            const auto root = doc.document_element();
            if (std::string_view(root.name()) != "tool") {
                add(line_of(root),
                    fill_in(tr("the top element is <{1}>; a template starts with <tool>"), root.name()));
            } else {
                ToolTemplate tool = read_tool(root);
                if (problems().empty()) result.tool = std::move(tool);
            }
        }
        result.problems = std::move(problems());
        return result;
    }

  private:
    void check_known(const pugi::xml_node& node, std::initializer_list<std::string_view> attributes,
                     std::initializer_list<std::string_view> children) {
        XmlChecker::check_known(node, attributes, children, tr("<title> or <hint>"));
    }

    std::string read_id(const pugi::xml_node& node, const std::string& owner) {
        const auto attr = node.attribute("id");
        if (!attr) {
            add(node, fill_in(tr("{1} has no id; add id=\"...\" in lower-case letters, digits and hyphens"),
                              owner));
            return {};
        }
        const std::string id = attr.value();
        if (!valid_id(id))
            add(node, fill_in(tr("{1} has id '{2}'; use lower-case letters, digits and single hyphens only"),
                              owner, id));
        return id;
    }

    ToolTemplate read_tool(const pugi::xml_node& root) {
        check_known(root, {"id", "scopes", "roles", "order", "review-months", "sections-needed"},
                    {"title", "description", "section"});
        ToolTemplate tool;
        tool.source_file = file().string();
        tool.line = line_of(root);
        // TRANSLATORS: what a template problem is about, the start of a sentence ("the tool has no id; ...").
        tool.id = read_id(root, tr("the tool"));
        const std::string owner = fill_in(tr("tool '{1}'"), tool.id);
        tool.title = child_text(root, "title", owner, true);
        tool.description = child_text(root, "description", owner, true);
        read_scopes(root, owner, tool);
        read_roles(root, owner, tool);

        if (const auto attr = root.attribute("order")) {
            const auto order = parse_whole(attr.value());
            if (!order || *order < 0 || *order > 100000)
                add(root, fill_in(tr("{1} has order=\"{2}\"; use a whole number from 0 to 100000"), owner,
                                  attr.value()));
            else
                tool.order = static_cast<int>(*order);
        }

        if (const auto attr = root.attribute("review-months")) {
            const auto months = parse_whole(attr.value());
            if (!months || *months < 1 || *months > 120)
                add(root,
                    fill_in(tr("{1} has review-months=\"{2}\"; use a whole number of months from 1 to 120, "
                               "or leave it out if it never goes stale"),
                            owner, attr.value()));
            else
                tool.review_months = static_cast<int>(*months);
        }

        std::set<std::string> section_ids;
        for (const auto& node : root.children("section")) {
            SectionTemplate section = read_section(node, owner);
            if (!section.id.empty() && !section_ids.insert(section.id).second)
                add(node, fill_in(tr("{1} has two sections with id '{2}'; give each its own id"), owner,
                                  section.id));
            if (section.role && tool.section_with(*section.role))
                add(node, fill_in(tr("{1} has two sections with role '{2}'; give the role to one of them"),
                                  owner, std::string(to_string(*section.role))));
            tool.sections.push_back(std::move(section));
        }
        if (tool.sections.empty())
            add(root, fill_in(tr("{1} has no <section>; a tool needs at least one"), owner));

        const int counted = static_cast<int>(std::count_if(
            tool.sections.begin(), tool.sections.end(), [](const SectionTemplate& s) { return s.counts; }));
        if (const auto attr = root.attribute("sections-needed")) {
            const auto needed = parse_whole(attr.value());
            if (!needed || *needed < 1 || *needed > counted)
                add(root, fill_in(tr("{1} has sections-needed=\"{2}\"; use a whole number from 1 to {3} (the "
                                     "sections that count)"),
                                  owner, attr.value(), counted));
            else
                tool.sections_needed = static_cast<int>(*needed);
        }
        return tool;
    }

    void read_scopes(const pugi::xml_node& root, const std::string& owner, ToolTemplate& tool) {
        const auto attr = root.attribute("scopes");
        std::istringstream words(attr.value());
        std::string word;
        while (words >> word) {
            const auto kind = subject_kind_from_string(word);
            if (!kind)
                add(root, fill_in(tr("{1} has scope '{2}'; use person, staff or team"), owner, word));
            else if (tool.applies_to(*kind))
                add(root, fill_in(tr("{1} lists scope '{2}' twice"), owner, word));
            else
                tool.scopes.push_back(*kind);
        }
        if (tool.scopes.empty() && (!attr || is_blank(attr.value())))
            add(root,
                fill_in(tr("{1} has no scopes; add scopes=\"person\" (or staff, team, separated by spaces)"),
                        owner));
    }

    // roles="profile quick-log": what the program treats the tool as, each role given once.
    void read_roles(const pugi::xml_node& root, const std::string& owner, ToolTemplate& tool) {
        std::istringstream words(root.attribute("roles").value());
        std::string word;
        while (words >> word) {
            const auto role = tool_role_from_string(word);
            if (!role)
                add(root, owner + " has role '" + word + "'; use " + tool_role_words() +
                              " (see docs/templates.md), or leave it out");
            else if (tool.has_role(*role))
                add(root, owner + " lists role '" + word + "' twice");
            else
                tool.roles.push_back(*role);
        }
    }

    // The role="..." of a section; a role wants a kind of section the code can read.
    void read_section_role(const pugi::xml_node& node, const std::string& owner, SectionTemplate& section) {
        const auto attr = node.attribute("role");
        if (!attr) return;
        const auto role = section_role_from_string(attr.value());
        if (!role) {
            add(node, owner + " has role '" + attr.value() + "'; use " + section_role_words() +
                          " (see docs/templates.md), or leave it out");
            return;
        }
        section.role = role;
        const bool rows = *role == SectionRole::CirclePeople;
        const bool dated = *role == SectionRole::Ratings;
        const bool fits = dated  ? section.kind == SectionKind::Dated
                          : rows ? section.has_rows()
                                 : section.kind == SectionKind::List;
        if (!fits)
            add(node, owner + " has role '" + attr.value() + "', which needs a " +
                          (dated  ? "dated"
                           : rows ? "table or dated"
                                  : "list") +
                          " section; change its kind or its role");
    }

    // The role="..." of a column; a role wants the type of column the code can read.
    void read_column_role(const pugi::xml_node& node, const std::string& owner, Column& column) {
        const auto attr = node.attribute("role");
        if (!attr) return;
        const auto role = column_role_from_string(attr.value());
        if (!role) {
            add(node, owner + " has role '" + attr.value() + "'; use " + column_role_words() +
                          " (see docs/templates.md), or leave it out");
            return;
        }
        column.role = role;
        ColumnType needed = ColumnType::Text;
        switch (*role) {
            case ColumnRole::CircleRing:
            case ColumnRole::Group:
            case ColumnRole::Status:
            case ColumnRole::Measure:
            case ColumnRole::Level:
            case ColumnRole::Perspective:
                needed = ColumnType::Choice;
                break;
            case ColumnRole::ByWhen:
            case ColumnRole::Done:
                needed = ColumnType::Date;
                break;
            case ColumnRole::Name:
            case ColumnRole::Relationship:
            case ColumnRole::Who:
            case ColumnRole::Working:
            case ColumnRole::NotWorking:
                break;
        }
        if (column.type != needed)
            add(node, owner + " has role '" + attr.value() + "', which needs a " +
                          std::string(to_string(needed)) + " column; use type=\"" +
                          std::string(to_string(needed)) + "\" or another role");
    }

    SectionTemplate read_section(const pugi::xml_node& node, const std::string& tool_owner) {
        check_known(node, {"id", "kind", "role", "min", "counts", "year-allowed", "newest-first"},
                    {"title", "hint", "column", "condition"});
        SectionTemplate section;
        section.id = read_id(node, fill_in(tr("a section of {1}"), tool_owner));
        const std::string owner = fill_in(tr("section '{1}'"), section.id);
        section.title = child_text(node, "title", owner, true);
        section.hint = child_text(node, "hint", owner, false);

        const auto kind_attr = node.attribute("kind");
        const auto kind = section_kind_from_string(kind_attr.value());
        if (!kind)
            add(node, kind_attr ? fill_in(tr("{1} has unknown kind '{2}'; use list, table, dated or text"),
                                          owner, kind_attr.value())
                                : fill_in(tr("{1} has no kind; use list, table, dated or text"), owner));
        else
            section.kind = *kind;

        if (const auto attr = node.attribute("min")) {
            const auto min = parse_whole(attr.value());
            if (section.kind == SectionKind::Text)
                add(node, fill_in(tr("{1} is a text section, complete when answered; leave out min"), owner));
            else if (!min || *min < 0 || *min > 1000)
                add(node, fill_in(tr("{1} has min {2}; use a whole number, 0 or more"), owner, attr.value()));
            else
                section.min = static_cast<int>(*min);
        }
        if (const auto counts = read_flag(node, "counts", owner)) section.counts = *counts;
        if (const auto year = read_flag(node, "year-allowed", owner)) {
            if (section.kind != SectionKind::Dated)
                add(node,
                    fill_in(tr("{1} has year-allowed but is not a dated section; leave it out"), owner));
            section.year_allowed = *year;
        }
        if (const auto newest = read_flag(node, "newest-first", owner)) {
            if (section.kind != SectionKind::Dated)
                add(node,
                    fill_in(tr("{1} has newest-first but is not a dated section; leave it out"), owner));
            section.newest_first = *newest;
        }

        std::set<std::string> column_ids;
        for (const auto& c : node.children("column")) {
            Column column = read_column(c, owner);
            if (!column.id.empty() && !column_ids.insert(column.id).second)
                add(c,
                    fill_in(tr("{1} has two columns with id '{2}'; give each its own id"), owner, column.id));
            if (column.role && section.column_with(*column.role))
                add(c, fill_in(tr("{1} has two columns with role '{2}'; give the role to one of them"), owner,
                               std::string(to_string(*column.role))));
            section.columns.push_back(std::move(column));
        }
        if (section.has_rows()) {
            if (section.columns.empty())
                // TRANSLATORS: {2} is the kind as templates write it: table or dated.
                add(node, fill_in(tr("{1} is a {2} section with no <column>; add its columns"), owner,
                                  to_string(section.kind)));
            else if (std::none_of(section.columns.begin(), section.columns.end(),
                                  [](const Column& c) { return c.required; }))
                add(node, fill_in(tr("{1} has no required column, so an empty row would count; mark at least "
                                     "one required=\"true\""),
                                  owner));
        } else if (!section.columns.empty()) {
            add(node,
                fill_in(tr("{1} is a {2} section and cannot have columns; use kind=\"table\" or remove the "
                           "columns"),
                        owner, to_string(section.kind)));
        }

        for (const auto& c : node.children("condition")) read_condition(c, owner, section);
        read_section_role(node, owner, section);
        return section;
    }

    Column read_column(const pugi::xml_node& node, const std::string& section_owner) {
        check_known(node, {"id", "type", "role", "required"}, {"title", "hint", "choice"});
        Column column;
        column.id = read_id(node, fill_in(tr("a column of {1}"), section_owner));
        const std::string owner = fill_in(tr("column '{1}' of {2}"), column.id, section_owner);
        column.title = child_text(node, "title", owner, true);
        column.hint = child_text(node, "hint", owner, false);
        if (const auto attr = node.attribute("type")) {
            const auto type = column_type_from_string(attr.value());
            if (!type)
                add(node, fill_in(tr("{1} has unknown type '{2}'; use text, choice, date or attendees"),
                                  owner, attr.value()));
            else
                column.type = *type;
        }
        if (const auto required = read_flag(node, "required", owner)) column.required = *required;
        read_column_role(node, owner, column);

        std::set<std::string> values;
        for (const auto& c : node.children("choice")) {
            check_known(c, {"value", "closes", "self"}, {});
            const std::string value = c.attribute("value").value();
            if (is_blank(value) || trim(value) != value)
                add(c,
                    fill_in(
                        tr("{1} has a <choice> without a value; add value=\"...\" with no spaces around it"),
                        owner));
            else if (!values.insert(value).second)
                add(c, fill_in(tr("{1} lists the choice '{2}' twice"), owner, value));
            std::string label = collapsed_text(c);
            const bool closes = read_flag(c, "closes", owner).value_or(false);
            if (closes && column.role != ColumnRole::Status)
                add(c, owner +
                           " has a choice with closes=\"true\", which only a column with "
                           "role=\"status\" uses; add the role or leave closes out");
            const bool self = read_flag(c, "self", owner).value_or(false);
            if (self && column.type != ColumnType::Attendees)
                add(c, fill_in(tr("{1} has a choice with self=\"true\", which only an attendees column uses "
                                  "(the role of the person the record is about); leave self out"),
                               owner));
            column.choices.push_back(Choice{value, label.empty() ? value : label, closes, self});
        }
        if (std::count_if(column.choices.begin(), column.choices.end(),
                          [](const Choice& c) { return c.self; }) > 1)
            add(node,
                fill_in(tr("{1} marks more than one choice self=\"true\"; only one role is the person the "
                           "record is about"),
                        owner));
        if (column.role == ColumnRole::Status && !column.choices.empty() &&
            std::none_of(column.choices.begin(), column.choices.end(),
                         [](const Choice& c) { return c.closes; }))
            add(node, owner +
                          " has role 'status' but no choice closes a row; mark the choices that do "
                          "closes=\"true\" (done, dropped)");
        const bool takes_choices = column.type == ColumnType::Choice || column.type == ColumnType::Attendees;
        if (takes_choices && column.choices.empty())
            // TRANSLATORS: {2} is the column type as templates write it: choice or attendees.
            add(node, fill_in(tr("{1} is a {2} column without <choice> elements; list the values it allows"),
                              owner, to_string(column.type)));
        if (!takes_choices && !column.choices.empty())
            add(node,
                fill_in(tr("{1} has <choice> elements but type '{2}'; use type=\"choice\" or remove them"),
                        owner, to_string(column.type)));
        return column;
    }

    void read_condition(const pugi::xml_node& node, const std::string& owner, SectionTemplate& section) {
        check_known(node, {"column", "value", "count"}, {});
        if (!section.has_rows()) {
            add(node,
                fill_in(tr("{1} has a <condition>, but only table and dated sections can have one"), owner));
            return;
        }
        RowCondition condition;
        condition.column = node.attribute("column").value();
        condition.value = node.attribute("value").value();
        const Column* column = section.column(condition.column);
        if (!column) {
            add(node, fill_in(tr("{1} has a condition on column '{2}', which it does not have"), owner,
                              condition.column));
            return;
        }
        if (is_blank(condition.value)) {
            add(node, fill_in(tr("{1} has a condition on column '{2}' without a value; add value=\"...\""),
                              owner, condition.column));
            return;
        }
        if (!column->allows(condition.value)) {
            std::vector<std::string> values;
            for (const auto& c : column->choices) values.push_back(c.value);
            add(node, fill_in(tr("{1} has a condition on {2}='{3}', which is not one of its choices ({4})"),
                              owner, condition.column, condition.value, joined(values)));
            return;
        }
        if (const auto attr = node.attribute("count")) {
            const auto count = parse_whole(attr.value());
            if (!count || *count < 1 || *count > 1000) {
                add(node, fill_in(tr("{1} has a condition with count {2}; use a whole number, 1 or more"),
                                  owner, attr.value()));
                return;
            }
            condition.count = static_cast<int>(*count);
        }
        condition.description = collapsed_text(node);
        if (condition.description.empty()) {
            const Choice* choice = column->find_choice(condition.value);
            // TRANSLATORS: "at least 1 row with Perspective 'The person'": {2} is a column, {3} a choice in
            // it.
            condition.description =
                fill_in(tr_n("at least {1} row with {2} '{3}'", "at least {1} rows with {2} '{3}'",
                             static_cast<unsigned long>(condition.count)),
                        condition.count, column->title, choice ? choice->label : condition.value);
        }
        section.conditions.push_back(std::move(condition));
    }
};

}  // namespace

std::string TemplateProblem::to_string() const {
    return file.string() + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + message;
}

namespace {

std::string listed(const std::vector<TemplateProblem>& problems, const std::string& advice) {
    std::string message;
    for (const auto& p : problems) message += p.to_string() + "\n";
    return message + advice;
}

}  // namespace

TemplateFilesError::TemplateFilesError(std::vector<TemplateProblem> problems, fs::path folder,
                                       const std::string& advice)
    : TemplateError(listed(problems, advice)), problems_(std::move(problems)), folder_(std::move(folder)) {}

TemplateParseResult parse_tool_template_text(const std::string& xml, const fs::path& file) {
    return TemplateParser(xml, file).run();
}

TemplateParseResult parse_tool_template(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        TemplateParseResult result;
        result.problems.push_back(
            {file, 0, tr("cannot be read; check that the file exists and may be read")});
        return result;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse_tool_template_text(text.str(), file);
}

TemplateRegistry TemplateRegistry::load(const fs::path& templates_folder) {
    const fs::path folder = templates_folder / "tools";
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw TemplateError(
            fill_in(tr("No tool templates folder at {1}. Set PCR_TEMPLATES to the folder that "
                       "holds tools/*.xml, or reinstall pcrecords."),
                    folder.string()));
    const std::vector<fs::path> files = xml_files_in(folder, ec);
    if (ec)
        throw TemplateError(
            fill_in(tr("Cannot list the templates in {1}: {2}"), folder.string(), ec.message()));
    if (files.empty())
        throw TemplateError(
            fill_in(tr("No tool templates (*.xml) in {1}. Set PCR_TEMPLATES to the folder that "
                       "holds tools/*.xml, or reinstall pcrecords."),
                    folder.string()));

    std::vector<ToolTemplate> loaded;
    std::vector<TemplateProblem> problems;
    for (const auto& file : files) {
        auto parsed = parse_tool_template(file);
        for (auto& p : parsed.problems) problems.push_back(std::move(p));
        if (parsed.ok()) loaded.push_back(std::move(*parsed.tool));
    }
    // Files are already in name order, so a stable sort keeps it among tools of the same order.
    std::stable_sort(loaded.begin(), loaded.end(),
                     [](const ToolTemplate& a, const ToolTemplate& b) { return a.order < b.order; });
    TemplateRegistry registry;
    registry.folder_ = templates_folder;
    for (auto& tool : loaded) {
        if (const ToolTemplate* earlier = registry.find(tool.id)) {
            problems.push_back(TemplateProblem{tool.source_file, tool.line,
                                               fill_in(tr("tool id '{1}' is also used by {2}; each tool "
                                                          "needs its own id"),
                                                       tool.id, earlier->source_file)});
            continue;
        }
        if (const auto clash = registry.role_clash(tool)) {
            problems.push_back(TemplateProblem{tool.source_file, tool.line, *clash});
            continue;
        }
        registry.add(std::move(tool));
    }
    if (!problems.empty())
        throw TemplateFilesError(
            std::move(problems), folder,
            fill_in(tr("Fix the template file(s) named above, or move them out of {1}."), folder.string()));
    return registry;
}

fs::path TemplateRegistry::default_folder() {
    if (const char* env = std::getenv("PCR_TEMPLATES"); env && *env) return fs::path(env);
    const auto tools = ResourceLocator::find(fs::path("templates") / "tools");
    return tools ? tools->parent_path() : fs::path("templates");
}

std::optional<std::string> TemplateRegistry::role_clash(const ToolTemplate& tool) const {
    for (const ToolRole role : tool.roles)
        if (const ToolTemplate* holder = with_role(role))
            return "tool '" + tool.id + "' has role '" + std::string(to_string(role)) + "', which tool '" +
                   holder->id + "' (" + holder->source_file +
                   ") has already; only one tool may have it, so take it out of one of them";
    return std::nullopt;
}

void TemplateRegistry::add(ToolTemplate tool) {
    if (const ToolTemplate* earlier = find(tool.id))
        throw TemplateError(
            fill_in(tr("Two tool templates use the id '{1}' ({2} and {3}). Give each tool its own "
                       "id."),
                    tool.id, earlier->source_file, tool.source_file));
    if (const auto clash = role_clash(tool)) throw TemplateError(tool.source_file + ": " + *clash + ".");
    index_[tool.id] = tools_.size();
    tools_.push_back(std::move(tool));
}

const ToolTemplate* TemplateRegistry::find(const std::string& id) const {
    const auto it = index_.find(id);
    return it == index_.end() ? nullptr : &tools_[it->second];
}

const ToolTemplate* TemplateRegistry::with_role(ToolRole role) const {
    for (const auto& t : tools_)
        if (t.has_role(role)) return &t;
    return nullptr;
}

const ToolTemplate& TemplateRegistry::get(const std::string& id) const {
    if (const ToolTemplate* tool = find(id)) return *tool;
    std::vector<std::string> ids;
    for (const auto& t : tools_) ids.push_back(t.id);
    throw NotFoundError(fill_in(tr("There is no thinking tool '{1}'. Known tools: {2}."), id, joined(ids)));
}

std::vector<const ToolTemplate*> TemplateRegistry::tools_for(SubjectKind kind) const {
    std::vector<const ToolTemplate*> out;
    for (const auto& t : tools_)
        if (t.applies_to(kind)) out.push_back(&t);
    return out;
}

}  // namespace pcr::model
