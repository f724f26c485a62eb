// Dates as people type and read them: day-first typing ("31/01/2027", "31 Jan 2027") and "5 Dec 2026"
// display.
#pragma once

#include <array>
#include <locale>
#include <optional>
#include <string>
#include <string_view>

#include "model/core/date.h"

namespace pcr::model {

// The names of the months in one language: short ("Dec") for display, both short and long for reading.
struct MonthNames {
    std::array<std::string, 12> short_names;
    std::array<std::string, 12> long_names;
};

// English: "Jan" ... "Dec", "January" ... "December".
const MonthNames& english_month_names();
// The month names `locale` writes (strftime's %b and %B); English where the locale gives none, gives the same
// name twice or gives text that is not UTF-8.
MonthNames month_names_of(const std::locale& locale);
// The month names of the user's locale (LC_TIME and friends from the environment), read once.
const MonthNames& user_month_names();

// "5 Dec 2026": how every screen, PDF and HTML page shows a day. Stored and interchanged dates stay ISO.
std::string display_date(const Date& date, const MonthNames& names = user_month_names());
// "1 Oct 26": short enough for a chart's date axis, on screen and in every export alike.
std::string chart_date(const Date& date);
// A stored date string for display: "2026-12-05" as "5 Dec 2026"; a year alone ("1968", life story) and
// anything unreadable as stored.
std::string display_stored_date(std::string_view stored, const MonthNames& names = user_month_names());

// Text a version was saved with ("added with 3 sections; reviewed 2026-06-01") for display: each ISO day in
// it as display_date writes it. The stored text stays as it was written.
std::string display_dates_in(std::string_view text, const MonthNames& names = user_month_names());

// A day as people type it, day first as written in the UK: "31/01/2027", "31-01-2027", "31.1.2027",
// "31 Jan 2027", "31 January 2027" (English or the user's month names, any case) or "2027-01-31". Surrounding
// spaces are ignored. None for anything else, including days that do not exist (31/02/2027).
std::optional<Date> parse_typed_date(std::string_view text, const MonthNames& names = user_month_names());

// The forms a typed date may take, for messages: "31/01/2027, 31 Jan 2027 or 2027-01-31".
std::string typed_date_forms(bool year_allowed = false);
// "“31/02/2027” is not a date. Type the by-when date as 31/01/2027, 31 Jan 2027 or 2027-01-31." `what` names
// the field ("the by-when date"); says so when the day does not exist in its month.
std::string typed_date_problem(std::string_view text, std::string_view what, bool year_allowed = false);

// A typed day, or none when `text` is blank; throws UserError (typed_date_problem) when it is not a date.
std::optional<Date> read_optional_typed_date(std::string_view text, std::string_view what);

// A typed date as it is stored: "2027-01-31", or "1968" where a year alone is allowed; blank text as "". None
// when it is not a date.
std::optional<std::string> stored_typed_date(std::string_view text, bool year_allowed);

}  // namespace pcr::model
