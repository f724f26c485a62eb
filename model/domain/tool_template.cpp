// Look-ups on loaded tool templates and the words templates use for section kinds and column types.
#include "model/domain/tool_template.h"

#include <algorithm>

#include "model/core/text.h"

namespace pcr::model {

std::string_view to_string(SectionKind kind) {
    switch (kind) {
        case SectionKind::List:
            return "list";
        case SectionKind::Table:
            return "table";
        case SectionKind::Dated:
            return "dated";
        case SectionKind::Text:
            return "text";
    }
    return "list";
}

std::optional<SectionKind> section_kind_from_string(std::string_view text) {
    if (text == "list") return SectionKind::List;
    if (text == "table") return SectionKind::Table;
    if (text == "dated") return SectionKind::Dated;
    if (text == "text") return SectionKind::Text;
    return std::nullopt;
}

std::string_view to_string(ColumnType type) {
    switch (type) {
        case ColumnType::Text:
            return "text";
        case ColumnType::Choice:
            return "choice";
        case ColumnType::Date:
            return "date";
        case ColumnType::Attendees:
            return "attendees";
    }
    return "text";
}

std::optional<ColumnType> column_type_from_string(std::string_view text) {
    if (text == "text") return ColumnType::Text;
    if (text == "choice") return ColumnType::Choice;
    if (text == "date") return ColumnType::Date;
    if (text == "attendees") return ColumnType::Attendees;
    return std::nullopt;
}

const Choice* Column::find_choice(const std::string& value) const {
    for (const auto& c : choices)
        if (c.value == value) return &c;
    return nullptr;
}

bool Column::allows(const std::string& value) const {
    if (choices.empty() || is_blank(value)) return true;
    return find_choice(value) != nullptr;
}

const Column* SectionTemplate::column(const std::string& id) const {
    for (const auto& c : columns)
        if (c.id == id) return &c;
    return nullptr;
}

const Column* SectionTemplate::column_with(ColumnRole wanted) const {
    for (const auto& c : columns)
        if (c.role == wanted) return &c;
    return nullptr;
}

const SectionTemplate* ToolTemplate::section(const std::string& id) const {
    for (const auto& s : sections)
        if (s.id == id) return &s;
    return nullptr;
}

const SectionTemplate* ToolTemplate::section_with(SectionRole wanted) const {
    for (const auto& s : sections)
        if (s.role == wanted) return &s;
    return nullptr;
}

bool ToolTemplate::has_role(ToolRole wanted) const {
    return std::find(roles.begin(), roles.end(), wanted) != roles.end();
}

bool ToolTemplate::applies_to(SubjectKind kind) const {
    return std::find(scopes.begin(), scopes.end(), kind) != scopes.end();
}

bool ToolTemplate::dated() const {
    return std::any_of(sections.begin(), sections.end(),
                       [](const SectionTemplate& s) { return s.kind == SectionKind::Dated; });
}

}  // namespace pcr::model
