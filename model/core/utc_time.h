// The current moment as the records stamp it: UTC, "YYYY-MM-DDTHH:MM:SSZ".
#pragma once

#include <string>

namespace pcr::model {

std::string utc_stamp_now();

}  // namespace pcr::model
