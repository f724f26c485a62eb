// Lays a record out for reading once, so the app and every export order rows and word cells alike.
#include "model/rules/record_view.h"

#include <algorithm>
#include <optional>

#include "model/core/date.h"
#include "model/core/date_text.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/entry_origin.h"

namespace pcr::model {

namespace {

// A choice's label, or its value when the template gives no label; a value not among the choices as stored.
std::string choice_words(const Column& column, const std::string& value) {
    const Choice* choice = column.find_choice(value);
    if (!choice) return value;
    return choice->label.empty() ? choice->value : choice->label;
}

std::vector<AttendeeWords> attendee_words(const Column& column, const Cell& cell) {
    std::vector<AttendeeWords> out;
    for (const auto& attendee : cell.attendees)
        if (!is_blank(attendee.name))
            out.push_back(
                {attendee.name, attendee.role.empty() ? std::string() : choice_words(column, attendee.role)});
    return out;
}

std::string joined(const std::vector<AttendeeWords>& attendees) {
    std::string out;
    for (const auto& a : attendees) {
        if (!out.empty()) out += '\n';
        out += a.role.empty() ? a.name : a.name + " (" + a.role + ")";
    }
    return out;
}

CellView cell_view(const Column& column, const Cell* cell) {
    CellView view;
    view.words = cell_words(column, cell);
    if (column.type == ColumnType::Attendees && cell) view.attendees = attendee_words(column, *cell);
    return view;
}

// Lines holding only spaces end a paragraph; a paragraph keeps its other line breaks.
std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (is_blank(line)) {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            current += current.empty() ? line : "\n" + line;
        }
        start = end + 1;
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

// Dated rows newest first; a row whose date cannot be read goes last. The sort is stable, so rows of one day,
// and unreadable ones, stay in the order they were added.
std::vector<const Entry*> rows_in_display_order(const SectionTemplate& section, const Section& content) {
    std::vector<std::pair<const Entry*, std::optional<Date>>> rows;
    for (const auto& entry : content.entries)
        if (entry.has_content())
            rows.emplace_back(&entry, section.kind == SectionKind::Dated
                                          ? parse_row_date(entry.date, section.year_allowed)
                                          : std::nullopt);
    if (section.kind == SectionKind::Dated)
        std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
            if (a.second && b.second) return *a.second > *b.second;
            return a.second.has_value() && !b.second.has_value();
        });
    std::vector<const Entry*> out;
    for (const auto& row : rows) out.push_back(row.first);
    return out;
}

SectionView section_view(const SectionTemplate& section, const Section* content) {
    SectionView view;
    view.section = &section;
    if (section.has_rows()) {
        if (section.kind == SectionKind::Dated) view.column_titles.push_back(tr("Date"));
        for (const auto& column : section.columns) view.column_titles.push_back(column.title);
    }
    if (!content) return view;
    switch (section.kind) {
        case SectionKind::List:
            for (const auto& item : content->entries)
                if (item.has_content())
                    view.items.push_back(item.origin.empty() ? item.text
                                                             : item.text + " " + origin_note(item.origin));
            break;
        case SectionKind::Text:
            view.paragraphs = paragraphs(content->text);
            break;
        case SectionKind::Table:
        case SectionKind::Dated: {
            const std::vector<const Entry*> shown = rows_in_display_order(section, *content);
            view.whose_words = std::any_of(shown.begin(), shown.end(),
                                           [](const Entry* entry) { return !entry->origin.empty(); });
            if (view.whose_words) view.column_titles.push_back(tr("Whose words"));
            for (const Entry* entry : shown) {
                RowView row;
                if (section.kind == SectionKind::Dated) row.date = display_stored_date(entry->date);
                for (const auto& column : section.columns)
                    row.cells.push_back(cell_view(column, entry->cell(column.id)));
                if (view.whose_words) row.cells.push_back(CellView{origin_label(entry->origin), {}});
                view.rows.push_back(std::move(row));
            }
            break;
        }
    }
    return view;
}

}  // namespace

std::string cell_words(const Column& column, const Cell* cell) {
    if (!cell || cell->blank()) return {};
    switch (column.type) {
        case ColumnType::Choice:
            return choice_words(column, cell->text);
        case ColumnType::Date:
            return display_stored_date(cell->text);
        case ColumnType::Attendees:
            return joined(attendee_words(column, *cell));
        case ColumnType::Text:
            break;
    }
    return cell->text;
}

RecordView record_view(const ToolTemplate& tool, const Record& record) {
    RecordView view;
    for (const auto& section : tool.sections)
        view.sections.push_back(section_view(section, record.section(section.id)));
    return view;
}

}  // namespace pcr::model
