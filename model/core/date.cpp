// Calendar dates: civil-day arithmetic without time zones.
#include "model/core/date.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

}  // namespace

bool Date::is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int Date::days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

Date::Date(int year, int month, int day) : year_(year), month_(month), day_(day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        throw UserError(fill_in(tr("Not a real date: {1}-{2}-{3}. Use a day that exists, as YYYY-MM-DD."),
                                year, month, day));
}

std::optional<Date> Date::parse(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    auto y = t.substr(0, 4), m = t.substr(5, 2), d = t.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    int yi = to_int(y), mi = to_int(m), di = to_int(d);
    if (yi < 1 || mi < 1 || mi > 12 || di < 1 || di > days_in_month(yi, mi)) return std::nullopt;
    return Date(yi, mi, di);
}

Date Date::today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
    return buf;
}

Date Date::minus_months(int n) const {
    const long total = year_ * 12L + (month_ - 1) - n;
    // Checked here because the month arithmetic below is only valid for years 1-9999.
    if (total < 12 || total >= 10000 * 12L)
        // TRANSLATORS: {2} is a signed number of months (-3 moves back), so the sentence has no plural forms.
        throw UserError(
            fill_in(tr("Cannot move {1} by {2} months: the result is outside the years 1-9999."), iso(), -n));

    const int y = static_cast<int>(total / 12), m = static_cast<int>(total % 12) + 1;
    int d = day_ > days_in_month(y, m) ? days_in_month(y, m) : day_;
    return Date(y, m, d);
}

Date Date::plus_months(int n) const {
    return minus_months(-n);
}

Date Date::plus_days(int n) const {
    // civil_from_days (Howard Hinnant).
    long z = days_from_civil(year_, month_, day_) + n + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + static_cast<int>(era) * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return Date(y + (m <= 2), m, d);
}

int Date::days_since(const Date& o) const {
    return static_cast<int>(days_from_civil(year_, month_, day_) -
                            days_from_civil(o.year_, o.month_, o.day_));
}

std::optional<Date> parse_row_date(std::string_view text, bool year_allowed) {
    if (year_allowed && text.size() == 4 && all_digits(text)) {
        int y = to_int(text);
        if (y < 1) return std::nullopt;
        return Date(y, 1, 1);
    }
    return Date::parse(text);
}

}  // namespace pcr::model
