// Overdue rows: a by-when date in the past and nothing saying the row was done (or dropped).
#include "model/rules/row_due.h"

#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

constexpr const char* kByWhen = "by-when";
constexpr const char* kDone = "done";
constexpr const char* kStatus = "status";

bool closed(const Entry& row, const Column& closes) {
    const Cell* cell = row.cell(closes.id);
    if (!cell || cell->blank()) return false;
    if (closes.id != kStatus) return true;
    const std::string value = trim(cell->text);
    return value == "done" || value == "dropped";
}

}  // namespace

const Column* closing_column(const SectionTemplate& section) {
    if (const Column* done = section.column(kDone)) return done;
    return section.column(kStatus);
}

bool rows_fall_due(const SectionTemplate& section) {
    const Column* by_when = section.column(kByWhen);
    return section.has_rows() && by_when && by_when->type == ColumnType::Date && closing_column(section);
}

std::optional<int> days_overdue(const SectionTemplate& section, const Entry& row, const Date& day) {
    if (!rows_fall_due(section)) return std::nullopt;
    const Cell* by_when = row.cell(kByWhen);
    const auto due = by_when ? Date::parse(trim(by_when->text)) : std::nullopt;
    if (!due || *due >= day || closed(row, *closing_column(section))) return std::nullopt;
    return day.days_since(*due);
}

bool by_when_needs_confirming(const std::optional<Date>& before, const std::optional<Date>& after,
                              bool closed, const Date& today) {
    return after && *after < today && after != before && !closed;
}

std::optional<Date> past_by_when(const SectionTemplate& section, const Entry& row, const std::string& column,
                                 const std::string& value, const Date& today) {
    if (column != kByWhen || !rows_fall_due(section)) return std::nullopt;
    const Cell* old = row.cell(kByWhen);
    const auto before = old ? Date::parse(trim(old->text)) : std::nullopt;
    const auto after = Date::parse(trim(value));
    if (!by_when_needs_confirming(before, after, closed(row, *closing_column(section)), today))
        return std::nullopt;
    return after;
}

std::string past_by_when_question(const Date& by_when) {
    return fill_in(tr("The by-when date {1} is in the past. Keep it?"), display_date(by_when));
}

}  // namespace pcr::model
