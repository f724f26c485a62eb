// Reads and checks tool templates (XML, see docs/templates.md) and keeps the loaded set.
#include "model/domain/template_registry.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "model/core/errors.h"
#include "model/core/resource_locator.h"
#include "model/core/text.h"
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
                    std::string("the top element is <") + root.name() + ">; a template starts with <tool>");
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
        XmlChecker::check_known(node, attributes, children, "<title> or <hint>");
    }

    std::string read_id(const pugi::xml_node& node, const std::string& owner) {
        const auto attr = node.attribute("id");
        if (!attr) {
            add(node, owner + " has no id; add id=\"...\" in lower-case letters, digits and hyphens");
            return {};
        }
        const std::string id = attr.value();
        if (!valid_id(id))
            add(node, owner + " has id '" + id + "'; use lower-case letters, digits and single hyphens only");
        return id;
    }

    ToolTemplate read_tool(const pugi::xml_node& root) {
        check_known(root, {"id", "scopes", "roles", "order", "review-months", "sections-needed"},
                    {"title", "description", "section"});
        ToolTemplate tool;
        tool.source_file = file().string();
        tool.line = line_of(root);
        tool.id = read_id(root, "the tool");
        const std::string owner = "tool '" + tool.id + "'";
        tool.title = child_text(root, "title", owner, true);
        tool.description = child_text(root, "description", owner, true);
        read_scopes(root, owner, tool);
        read_roles(root, owner, tool);

        if (const auto attr = root.attribute("order")) {
            const auto order = parse_whole(attr.value());
            if (!order || *order < 0 || *order > 100000)
                add(root, owner + " has order=\"" + attr.value() + "\"; use a whole number from 0 to 100000");
            else
                tool.order = static_cast<int>(*order);
        }

        if (const auto attr = root.attribute("review-months")) {
            const auto months = parse_whole(attr.value());
            if (!months || *months < 1 || *months > 120)
                add(root, owner + " has review-months=\"" + attr.value() +
                              "\"; use a whole number of months from 1 to 120, or leave it out if it never "
                              "goes stale");
            else
                tool.review_months = static_cast<int>(*months);
        }

        std::set<std::string> section_ids;
        for (const auto& node : root.children("section")) {
            SectionTemplate section = read_section(node, owner);
            if (!section.id.empty() && !section_ids.insert(section.id).second)
                add(node, owner + " has two sections with id '" + section.id + "'; give each its own id");
            if (section.role && tool.section_with(*section.role))
                add(node, owner + " has two sections with role '" + std::string(to_string(*section.role)) +
                              "'; give the role to one of them");
            tool.sections.push_back(std::move(section));
        }
        if (tool.sections.empty()) add(root, owner + " has no <section>; a tool needs at least one");

        const int counted = static_cast<int>(std::count_if(
            tool.sections.begin(), tool.sections.end(), [](const SectionTemplate& s) { return s.counts; }));
        if (const auto attr = root.attribute("sections-needed")) {
            const auto needed = parse_whole(attr.value());
            if (!needed || *needed < 1 || *needed > counted)
                add(root, owner + " has sections-needed=\"" + attr.value() +
                              "\"; use a whole number from 1 to " + std::to_string(counted) +
                              " (the sections that count)");
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
                add(root, owner + " has scope '" + word + "'; use person, staff or team");
            else if (tool.applies_to(*kind))
                add(root, owner + " lists scope '" + word + "' twice");
            else
                tool.scopes.push_back(*kind);
        }
        if (tool.scopes.empty() && (!attr || is_blank(attr.value())))
            add(root, owner + " has no scopes; add scopes=\"person\" (or staff, team, separated by spaces)");
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
        if (rows ? !section.has_rows() : section.kind != SectionKind::List)
            add(node, owner + " has role '" + attr.value() + "', which needs a " +
                          (rows ? "table or dated" : "list") + " section; change its kind or its role");
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
                needed = ColumnType::Choice;
                break;
            case ColumnRole::ByWhen:
            case ColumnRole::Done:
                needed = ColumnType::Date;
                break;
            case ColumnRole::Name:
            case ColumnRole::Relationship:
            case ColumnRole::Who:
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
        section.id = read_id(node, "a section of " + tool_owner);
        const std::string owner = "section '" + section.id + "'";
        section.title = child_text(node, "title", owner, true);
        section.hint = child_text(node, "hint", owner, false);

        const auto kind_attr = node.attribute("kind");
        const auto kind = section_kind_from_string(kind_attr.value());
        if (!kind)
            add(node, owner +
                          (kind_attr ? " has unknown kind '" + std::string(kind_attr.value()) + "'"
                                     : std::string(" has no kind")) +
                          "; use list, table, dated or text");
        else
            section.kind = *kind;

        if (const auto attr = node.attribute("min")) {
            const auto min = parse_whole(attr.value());
            if (section.kind == SectionKind::Text)
                add(node, owner + " is a text section, complete when answered; leave out min");
            else if (!min || *min < 0 || *min > 1000)
                add(node, owner + " has min " + attr.value() + "; use a whole number, 0 or more");
            else
                section.min = static_cast<int>(*min);
        }
        if (const auto counts = read_flag(node, "counts", owner)) section.counts = *counts;
        if (const auto year = read_flag(node, "year-allowed", owner)) {
            if (section.kind != SectionKind::Dated)
                add(node, owner + " has year-allowed but is not a dated section; leave it out");
            section.year_allowed = *year;
        }
        if (const auto newest = read_flag(node, "newest-first", owner)) {
            if (section.kind != SectionKind::Dated)
                add(node, owner + " has newest-first but is not a dated section; leave it out");
            section.newest_first = *newest;
        }

        std::set<std::string> column_ids;
        for (const auto& c : node.children("column")) {
            Column column = read_column(c, owner);
            if (!column.id.empty() && !column_ids.insert(column.id).second)
                add(c, owner + " has two columns with id '" + column.id + "'; give each its own id");
            if (column.role && section.column_with(*column.role))
                add(c, owner + " has two columns with role '" + std::string(to_string(*column.role)) +
                           "'; give the role to one of them");
            section.columns.push_back(std::move(column));
        }
        if (section.has_rows()) {
            if (section.columns.empty())
                add(node, owner + " is a " + std::string(to_string(section.kind)) +
                              " section with no <column>; add its columns");
            else if (std::none_of(section.columns.begin(), section.columns.end(),
                                  [](const Column& c) { return c.required; }))
                add(node, owner +
                              " has no required column, so an empty row would count; mark at least one "
                              "required=\"true\"");
        } else if (!section.columns.empty()) {
            add(node, owner + " is a " + std::string(to_string(section.kind)) +
                          " section and cannot have columns; use kind=\"table\" or remove the columns");
        }

        for (const auto& c : node.children("condition")) read_condition(c, owner, section);
        read_section_role(node, owner, section);
        return section;
    }

    Column read_column(const pugi::xml_node& node, const std::string& section_owner) {
        check_known(node, {"id", "type", "role", "required"}, {"title", "hint", "choice"});
        Column column;
        column.id = read_id(node, "a column of " + section_owner);
        const std::string owner = "column '" + column.id + "' of " + section_owner;
        column.title = child_text(node, "title", owner, true);
        column.hint = child_text(node, "hint", owner, false);
        if (const auto attr = node.attribute("type")) {
            const auto type = column_type_from_string(attr.value());
            if (!type)
                add(node,
                    owner + " has unknown type '" + attr.value() + "'; use text, choice, date or attendees");
            else
                column.type = *type;
        }
        if (const auto required = read_flag(node, "required", owner)) column.required = *required;
        read_column_role(node, owner, column);

        std::set<std::string> values;
        for (const auto& c : node.children("choice")) {
            check_known(c, {"value", "closes"}, {});
            const std::string value = c.attribute("value").value();
            if (is_blank(value) || trim(value) != value)
                add(c, owner + " has a <choice> without a value; add value=\"...\" with no spaces around it");
            else if (!values.insert(value).second)
                add(c, owner + " lists the choice '" + value + "' twice");
            std::string label = collapsed_text(c);
            const bool closes = read_flag(c, "closes", owner).value_or(false);
            if (closes && column.role != ColumnRole::Status)
                add(c, owner +
                           " has a choice with closes=\"true\", which only a column with "
                           "role=\"status\" uses; add the role or leave closes out");
            column.choices.push_back(Choice{value, label.empty() ? value : label, closes});
        }
        if (column.role == ColumnRole::Status && !column.choices.empty() &&
            std::none_of(column.choices.begin(), column.choices.end(),
                         [](const Choice& c) { return c.closes; }))
            add(node, owner +
                          " has role 'status' but no choice closes a row; mark the choices that do "
                          "closes=\"true\" (done, dropped)");
        const bool takes_choices = column.type == ColumnType::Choice || column.type == ColumnType::Attendees;
        if (takes_choices && column.choices.empty())
            add(node, owner + " is a " + std::string(to_string(column.type)) +
                          " column without <choice> elements; list the values it allows");
        if (!takes_choices && !column.choices.empty())
            add(node, owner + " has <choice> elements but type '" + std::string(to_string(column.type)) +
                          "'; use type=\"choice\" or remove them");
        return column;
    }

    void read_condition(const pugi::xml_node& node, const std::string& owner, SectionTemplate& section) {
        check_known(node, {"column", "value", "count"}, {});
        if (!section.has_rows()) {
            add(node, owner + " has a <condition>, but only table and dated sections can have one");
            return;
        }
        RowCondition condition;
        condition.column = node.attribute("column").value();
        condition.value = node.attribute("value").value();
        const Column* column = section.column(condition.column);
        if (!column) {
            add(node,
                owner + " has a condition on column '" + condition.column + "', which it does not have");
            return;
        }
        if (is_blank(condition.value)) {
            add(node, owner + " has a condition on column '" + condition.column +
                          "' without a value; add value=\"...\"");
            return;
        }
        if (!column->allows(condition.value)) {
            std::vector<std::string> values;
            for (const auto& c : column->choices) values.push_back(c.value);
            add(node, owner + " has a condition on " + condition.column + "='" + condition.value +
                          "', which is not one of its choices (" + joined(values) + ")");
            return;
        }
        if (const auto attr = node.attribute("count")) {
            const auto count = parse_whole(attr.value());
            if (!count || *count < 1 || *count > 1000) {
                add(node, owner + " has a condition with count " + attr.value() +
                              "; use a whole number, 1 or more");
                return;
            }
            condition.count = static_cast<int>(*count);
        }
        condition.description = collapsed_text(node);
        if (condition.description.empty()) {
            const Choice* choice = column->find_choice(condition.value);
            condition.description = "at least " + std::to_string(condition.count) +
                                    (condition.count == 1 ? " row" : " rows") + " with " + column->title +
                                    " '" + (choice ? choice->label : condition.value) + "'";
        }
        section.conditions.push_back(std::move(condition));
    }
};

}  // namespace

std::string TemplateProblem::to_string() const {
    return file.string() + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + message;
}

TemplateParseResult parse_tool_template_text(const std::string& xml, const fs::path& file) {
    return TemplateParser(xml, file).run();
}

TemplateParseResult parse_tool_template(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        TemplateParseResult result;
        result.problems.push_back({file, 0, "cannot be read; check that the file exists and may be read"});
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
            "No tool templates folder at " + folder.string() +
            ". Set PCR_TEMPLATES to the folder that holds tools/*.xml, or reinstall pcrecords.");
    const std::vector<fs::path> files = xml_files_in(folder, ec);
    if (ec) throw TemplateError("Cannot list the templates in " + folder.string() + ": " + ec.message());
    if (files.empty())
        throw TemplateError(
            "No tool templates (*.xml) in " + folder.string() +
            ". Set PCR_TEMPLATES to the folder that holds tools/*.xml, or reinstall pcrecords.");

    std::vector<ToolTemplate> loaded;
    std::vector<std::string> problems;
    for (const auto& file : files) {
        auto parsed = parse_tool_template(file);
        for (const auto& p : parsed.problems) problems.push_back(p.to_string());
        if (parsed.ok()) loaded.push_back(std::move(*parsed.tool));
    }
    // Files are already in name order, so a stable sort keeps it among tools of the same order.
    std::stable_sort(loaded.begin(), loaded.end(),
                     [](const ToolTemplate& a, const ToolTemplate& b) { return a.order < b.order; });
    TemplateRegistry registry;
    registry.folder_ = templates_folder;
    for (auto& tool : loaded) {
        if (const ToolTemplate* earlier = registry.find(tool.id)) {
            problems.push_back(TemplateProblem{tool.source_file, 0,
                                               "tool id '" + tool.id + "' is also used by " +
                                                   earlier->source_file + "; each tool needs its own id"}
                                   .to_string());
            continue;
        }
        if (const auto clash = registry.role_clash(tool)) {
            problems.push_back(TemplateProblem{tool.source_file, tool.line, *clash}.to_string());
            continue;
        }
        registry.add(std::move(tool));
    }
    if (!problems.empty()) {
        std::string message;
        for (const auto& p : problems) message += p + "\n";
        throw TemplateError(message + "Fix the template file(s) named above, or move them out of " +
                            folder.string() + ".");
    }
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
        throw TemplateError("Two tool templates use the id '" + tool.id + "' (" + earlier->source_file +
                            " and " + tool.source_file + "). Give each tool its own id.");
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
    throw NotFoundError("There is no thinking tool '" + id + "'. Known tools: " + joined(ids) + ".");
}

std::vector<const ToolTemplate*> TemplateRegistry::tools_for(SubjectKind kind) const {
    std::vector<const ToolTemplate*> out;
    for (const auto& t : tools_)
        if (t.applies_to(kind)) out.push_back(&t);
    return out;
}

}  // namespace pcr::model
