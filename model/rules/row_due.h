// Rows that fall due (review actions, outcomes): whether one is overdue on a day, row by row, for editors.
#pragma once

#include <optional>

#include "model/core/date.h"
#include "model/domain/record.h"
#include "model/domain/tool_template.h"

namespace pcr::model {

// Whether a section's rows fall due: it has a date column with role by-when and a column that closes a row
// (role done, a date filled in when done, or role status, whose closing choices are done and dropped). The
// same rule as the dashboard's overdue lines.
bool rows_fall_due(const SectionTemplate& section);

// The column that closes a row of such a section (role done, else role status); none when it has neither.
const Column* closing_column(const SectionTemplate& section);

// How many days past its by-when a row of such a section is on `day` while still not closed; none when the
// section's rows do not fall due, the row has no readable by-when, is closed, or is not yet past it.
std::optional<int> days_overdue(const SectionTemplate& section, const Entry& row, const Date& day);

// Whether setting a by-when day asks first: the day is new (not the one there before), before `today`, and
// the row or action is not closed. A deadline already gone is rarely meant (a mistyped year is the usual
// cause), while recording when a finished action was due is normal.
bool by_when_needs_confirming(const std::optional<Date>& before, const std::optional<Date>& after,
                              bool closed, const Date& today);
// The by-when day that setting `column` of `row` to `value` (as stored) would put in the past, when it needs
// confirming as above; none when `column` is not the by-when column (by role) of a section whose rows fall
// due.
std::optional<Date> past_by_when(const SectionTemplate& section, const Entry& row, const std::string& column,
                                 const std::string& value, const Date& today);
// "The by-when date 3 Mar 2026 is in the past. Keep it?"
std::string past_by_when_question(const Date& by_when);

}  // namespace pcr::model
