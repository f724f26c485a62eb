// Which archived people are past the retention period, so a manager decides whether to erase or keep them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/core/date.h"
#include "model/store/erasure_store.h"
#include "model/store/store_admin.h"

namespace pcr::model {

// How long a person's record is kept after they are archived unless a manager decides otherwise: eight
// years, the period providers commonly keep adult social care records for.
inline constexpr int kDefaultRetentionYears = 8;

// The retention period the database sets (its setting retention.years, domain/database_settings.h), in
// years: kDefaultRetentionYears unless an administrator changed it.
int retention_years(const StoreAdmin& settings);

// An archived person and the day their record is due for a decision: `years` after they were archived, or
// after a manager last decided to keep them, whichever is later.
struct RetentionDue {
    ArchivedPerson archived;
    Date due;
};

// The archived people whose day is `today` or earlier, by the day they fell due, then id. Needs the role
// manager or above (Action::Erase). Throws pcr::UserError when `years` is not 1 or more.
std::vector<RetentionDue> retention_due(const ErasureStore& store, const Date& today,
                                        int years = kDefaultRetentionYears);

// Whether `typed` confirms erasing `person`: their full name as recorded, letter for letter (spaces around it
// do not count), so an erasure is never one click on the wrong person.
bool erasure_confirmed(const Subject& person, std::string_view typed);

}  // namespace pcr::model
