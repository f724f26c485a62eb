// UTC time stamps for history rows and interchange files.
#include "model/core/utc_time.h"

#include <ctime>

namespace pcr::model {

std::string utc_stamp_now() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace pcr::model
