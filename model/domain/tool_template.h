// A thinking tool as its XML template defines it: sections, columns, minimums, scopes and review period.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/domain/subject.h"
#include "model/domain/template_role.h"

namespace pcr::model {

enum class SectionKind { List, Table, Dated, Text };

// What a column holds. Choice columns list their allowed values; attendees hold names with roles.
enum class ColumnType { Text, Choice, Date, Attendees };

// "list", "table", "dated", "text" and "text", "choice", "date", "attendees": the words templates use.
std::string_view to_string(SectionKind kind);
std::optional<SectionKind> section_kind_from_string(std::string_view text);
std::string_view to_string(ColumnType type);
std::optional<ColumnType> column_type_from_string(std::string_view text);

struct Choice {
    std::string value;    // as stored and exchanged, e.g. "paid-support"
    std::string label;    // as shown, e.g. "Paid support"
    bool closes = false;  // a status column's row is closed with this value (e.g. done, dropped)
    // An attendees column's role for the person the record is about (self="true"): a meeting with nobody in
    // that role was held without them.
    bool self = false;
};

struct Column {
    std::string id;
    std::string title;
    std::string hint;
    ColumnType type = ColumnType::Text;
    bool required = false;
    std::vector<Choice> choices;     // Choice columns; Attendees columns list the roles here
    std::optional<ColumnRole> role;  // what code reads this column for, when anything

    // True for any value unless a choice list limits it (choice values, or attendee roles); blank is always
    // allowed.
    bool allows(const std::string& value) const;
    const Choice* find_choice(const std::string& value) const;  // nullptr when not one of the choices
};

// An extra condition a table section must meet to count as meeting its minimum:
// at least `count` qualifying rows whose `column` equals `value`
// (e.g. working/not working needs a row from the person's own perspective).
struct RowCondition {
    std::string column;
    std::string value;
    int count = 1;
    std::string description;  // shown to users, e.g. "at least one row from the person's own perspective"
};

struct SectionTemplate {
    std::string id;
    std::string title;
    std::string hint;  // the question the section answers, shown in editors
    SectionKind kind = SectionKind::List;
    int min = 1;                // items or qualifying rows that meet the minimum; text: not blank
    bool counts = true;         // whether the section counts towards completeness
    bool year_allowed = false;  // dated sections: a row's date may be a year alone
    // Dated sections: editors list the newest row first (a learning log); stored and exchanged order is the
    // order rows were added, whatever the editors show.
    bool newest_first = false;
    std::vector<Column> columns;  // table and dated sections
    std::vector<RowCondition> conditions;
    std::optional<SectionRole> role;  // what code reads this section for, when anything

    const Column* column(const std::string& id) const;
    const Column* column_with(ColumnRole role) const;  // nullptr when no column has the role
    bool has_rows() const { return kind == SectionKind::Table || kind == SectionKind::Dated; }
};

struct ToolTemplate {
    std::string id;
    std::string title;
    std::string description;
    std::vector<SubjectKind> scopes;
    std::optional<int> review_months;  // none: never goes stale
    int order = 1000;                  // where the tool is listed: lower first, then by file name
    // How many counted sections must meet their minimum for the record to be complete; none = all of them.
    // Completeness is then the share of that number met (capped at 100).
    std::optional<int> sections_needed;
    std::vector<ToolRole> roles;  // what code treats this tool as (the one-page profile, ...); often none
    std::vector<SectionTemplate> sections;
    std::string source_file;  // where it was loaded from, for messages
    int line = 0;             // the line of its <tool> element, for messages

    const SectionTemplate* section(const std::string& id) const;
    const SectionTemplate* section_with(SectionRole role) const;  // nullptr when no section has the role
    bool has_role(ToolRole role) const;
    bool applies_to(SubjectKind kind) const;
    bool dated() const;  // has a dated section
};

}  // namespace pcr::model
