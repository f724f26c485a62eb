// Rows that fall due (review actions, outcomes): whether one is overdue on a day, row by row, for editors.
#pragma once

#include <optional>

#include "model/core/date.h"
#include "model/tools/record.h"
#include "model/tools/tool_template.h"

namespace pcr::model {

// Whether a section's rows fall due: it has a date column "by-when" and a column that closes a row ("done",
// a date filled in when done, or "status", done or dropped). The same rule as the dashboard's overdue lines.
bool rows_fall_due(const SectionTemplate& section);

// The column that closes a row of such a section ("done", else "status"); none when the section has neither.
const Column* closing_column(const SectionTemplate& section);

// How many days past its by-when a row of such a section is on `day` while still not closed; none when the
// section's rows do not fall due, the row has no readable by-when, is closed, or is not yet past it.
std::optional<int> days_overdue(const SectionTemplate& section, const Entry& row, const Date& day);

}  // namespace pcr::model
