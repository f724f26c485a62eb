// A change from the history in words: "1 entry added, 2 changed; reviewed 2026-11-20".
#pragma once

#include <string>
#include <vector>

#include "model/domain/change.h"

namespace pcr::model {

// Counts of entries share one group with the noun on the first ("2 entries added, 1 changed"); changes to a
// subject share another ("name changed, archived"); groups are separated by semicolons. Dates are written
// YYYY-MM-DD, which display_dates_in turns into the reader's form.
std::string change_words(const std::vector<ChangePart>& parts);

}  // namespace pcr::model
