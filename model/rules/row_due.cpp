// Overdue rows: a by-when date in the past and nothing saying the row was done (or dropped).
#include "model/rules/row_due.h"

#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

// A row is closed by a date in its done column, or by a closing choice (done, dropped) in its status column.
bool closed(const Entry& row, const Column& closes) {
    const Cell* cell = row.cell(closes.id);
    if (!cell || cell->blank()) return false;
    if (closes.role != ColumnRole::Status) return true;
    const Choice* choice = closes.find_choice(trim(cell->text));
    return choice && choice->closes;
}

std::optional<Date> date_in(const Entry& row, const Column& column) {
    const Cell* cell = row.cell(column.id);
    return cell ? Date::parse(trim(cell->text)) : std::nullopt;
}

}  // namespace

const Column* closing_column(const SectionTemplate& section) {
    if (const Column* done = section.column_with(ColumnRole::Done)) return done;
    return section.column_with(ColumnRole::Status);
}

bool rows_fall_due(const SectionTemplate& section) {
    const Column* by_when = section.column_with(ColumnRole::ByWhen);
    return section.has_rows() && by_when && by_when->type == ColumnType::Date && closing_column(section);
}

std::optional<int> days_overdue(const SectionTemplate& section, const Entry& row, const Date& day) {
    if (!rows_fall_due(section)) return std::nullopt;
    const auto due = date_in(row, *section.column_with(ColumnRole::ByWhen));
    if (!due || *due >= day || closed(row, *closing_column(section))) return std::nullopt;
    return day.days_since(*due);
}

bool by_when_needs_confirming(const std::optional<Date>& before, const std::optional<Date>& after,
                              bool closed, const Date& today) {
    return after && *after < today && after != before && !closed;
}

std::optional<Date> past_by_when(const SectionTemplate& section, const Entry& row, const std::string& column,
                                 const std::string& value, const Date& today) {
    if (!rows_fall_due(section)) return std::nullopt;
    const Column& by_when = *section.column_with(ColumnRole::ByWhen);
    if (column != by_when.id) return std::nullopt;
    const auto before = date_in(row, by_when);
    const auto after = Date::parse(trim(value));
    if (!by_when_needs_confirming(before, after, closed(row, *closing_column(section)), today))
        return std::nullopt;
    return after;
}

std::string past_by_when_question(const Date& by_when) {
    return fill_in(tr("The by-when date {1} is in the past. Keep it?"), display_date(by_when));
}

}  // namespace pcr::model
