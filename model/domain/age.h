// A person's age in whole years on a given day, as the caseload and the person's header show it.
#pragma once

#include <optional>

#include "model/core/date.h"

namespace pcr::model {

// Whole years from `born` to `day`: a birthday counts from the day itself, and someone born on 29 February
// turns a year older on 1 March in years without one. None when `day` is before `born`.
std::optional<int> age_on(const Date& born, const Date& day);

}  // namespace pcr::model
