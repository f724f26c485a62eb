// Moments in time as accounts keep them: the clock's time point, stored as UTC text, shown in local time.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "model/core/date.h"

namespace pcr::model {

using TimePoint = std::chrono::system_clock::time_point;

// "YYYY-MM-DDTHH:MM:SSZ" in UTC, the form every stored stamp takes (utc_time.h).
std::string utc_stamp(TimePoint moment);
// The moment a stamp in that form names; nullopt for any other text.
std::optional<TimePoint> parse_utc_stamp(std::string_view text);
// The local calendar day the moment falls on.
Date local_day(TimePoint moment);
// The moment as a person reads it in local time: "5 Dec 2026 14:05".
std::string local_time_words(TimePoint moment);

}  // namespace pcr::model
