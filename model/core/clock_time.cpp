// Converting clock moments to and from stored UTC text and local-time words.
#include "model/core/clock_time.h"

#include <cstdio>
#include <ctime>

#include "model/core/date_text.h"

namespace pcr::model {

std::string utc_stamp(TimePoint moment) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(moment);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::optional<TimePoint> parse_utc_stamp(std::string_view text) {
    // "YYYY-MM-DDTHH:MM:SSZ": the day as Date reads it, then two digits each for hour, minute and second.
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        return std::nullopt;
    const auto day = Date::parse(text.substr(0, 10));
    const auto two_digits = [&](std::size_t at) {
        const char tens = text[at], units = text[at + 1];
        if (tens < '0' || tens > '9' || units < '0' || units > '9') return -1;
        return (tens - '0') * 10 + (units - '0');
    };
    const int hour = two_digits(11), minute = two_digits(14), second = two_digits(17);
    if (!day || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    std::tm utc{};
    utc.tm_year = day->year() - 1900;
    utc.tm_mon = day->month() - 1;
    utc.tm_mday = day->day();
    utc.tm_hour = hour;
    utc.tm_min = minute;
    utc.tm_sec = second;
    return std::chrono::system_clock::from_time_t(timegm(&utc));
}

Date local_day(TimePoint moment) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(moment);
    std::tm local{};
    localtime_r(&seconds, &local);
    return Date(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::string local_time_words(TimePoint moment) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(moment);
    std::tm local{};
    localtime_r(&seconds, &local);
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", local.tm_hour, local.tm_min);
    return display_date(local_day(moment)) + " " + clock;
}

}  // namespace pcr::model
