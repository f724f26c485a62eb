// Calendar dates (no time zone) as the records use them: parsing, printing, month arithmetic.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace pcr::model {

class Date {
  public:
    Date() = default;
    // Throws pcr::UserError if the day does not exist.
    Date(int year, int month, int day);

    // "YYYY-MM-DD" only; nullopt for anything else (including impossible days like 2026-02-30).
    static std::optional<Date> parse(std::string_view text);
    // Today in local time.
    static Date today();

    int year() const { return year_; }
    int month() const { return month_; }
    int day() const { return day_; }

    std::string iso() const;  // "YYYY-MM-DD"

    // The same day of the month n months earlier; the month's last day where that day does not exist.
    Date minus_months(int n) const;
    // The same day of the month n months later; the month's last day where that day does not exist.
    Date plus_months(int n) const;
    Date plus_days(int n) const;
    // Days from other to this (positive when this is later).
    int days_since(const Date& other) const;

    auto operator<=>(const Date&) const = default;

    static bool is_leap(int year);
    static int days_in_month(int year, int month);

  private:
    int year_ = 1970;
    int month_ = 1;
    int day_ = 1;
};

// A dated row's date: a full day, or a year alone where the tool allows it (life story).
// The earliest day of the period is what comparisons use.
std::optional<Date> parse_row_date(std::string_view text, bool year_allowed);

}  // namespace pcr::model
