// Tests of calendar dates: strict parsing, month arithmetic with month-end clamping, day arithmetic.
#include "model/core/date.h"

#include <boost/test/unit_test.hpp>

#include "model/core/errors.h"

using namespace pcr::model;

namespace {
std::string minus(const char* iso, int months) {
    return Date::parse(iso)->minus_months(months).iso();
}
std::string plus(const char* iso, int months) {
    return Date::parse(iso)->plus_months(months).iso();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(date_test)

BOOST_AUTO_TEST_CASE(parse_accepts_real_days_only) {
    BOOST_TEST(Date::parse("2024-02-29").has_value());
    BOOST_TEST(Date::parse("2024-02-29")->iso() == "2024-02-29");
    BOOST_TEST(!Date::parse("2026-02-29").has_value());
    BOOST_TEST(!Date::parse("2026-02-30").has_value());
    BOOST_TEST(!Date::parse("2026-04-31").has_value());
    BOOST_TEST(!Date::parse("2026-13-01").has_value());
    BOOST_TEST(!Date::parse("2026-00-10").has_value());
    BOOST_TEST(!Date::parse("2026-01-00").has_value());
    BOOST_TEST(Date::parse("2000-02-29").has_value());
    BOOST_TEST(!Date::parse("1900-02-29").has_value());
}

BOOST_AUTO_TEST_CASE(parse_rejects_other_shapes) {
    BOOST_TEST(!Date::parse("2026-2-01").has_value());
    BOOST_TEST(!Date::parse(" 2026-02-01").has_value());
    BOOST_TEST(!Date::parse("2026/02/01").has_value());
    BOOST_TEST(!Date::parse("01-02-2026").has_value());
    BOOST_TEST(!Date::parse("").has_value());
    BOOST_TEST(!Date::parse("2026-02-01T10:00").has_value());
}

BOOST_AUTO_TEST_CASE(constructor_refuses_impossible_days) {
    BOOST_CHECK_THROW(Date(2026, 2, 29), pcr::UserError);
    BOOST_CHECK_THROW(Date(2026, 13, 1), pcr::UserError);
    BOOST_CHECK_NO_THROW(Date(2024, 2, 29));
}

BOOST_AUTO_TEST_CASE(minus_months_keeps_the_day_or_clamps_to_month_end) {
    BOOST_TEST(minus("2026-06-30", 12) == "2025-06-30");
    BOOST_TEST(minus("2026-06-30", 3) == "2026-03-30");
    BOOST_TEST(minus("2026-03-31", 1) == "2026-02-28");
    BOOST_TEST(minus("2024-03-31", 1) == "2024-02-29");
    BOOST_TEST(minus("2026-03-31", 6) == "2025-09-30");
    BOOST_TEST(minus("2025-02-28", 12) == "2024-02-28");
    BOOST_TEST(minus("2024-02-29", 12) == "2023-02-28");
    BOOST_TEST(minus("2026-01-15", 1) == "2025-12-15");
    BOOST_TEST(minus("2026-01-15", 25) == "2023-12-15");
}

BOOST_AUTO_TEST_CASE(plus_months_mirrors_minus_months) {
    BOOST_TEST(plus("2025-06-30", 12) == "2026-06-30");
    BOOST_TEST(plus("2026-01-31", 1) == "2026-02-28");
    BOOST_TEST(plus("2023-12-31", 2) == "2024-02-29");
    BOOST_TEST(plus("2025-11-15", 3) == "2026-02-15");
}

BOOST_AUTO_TEST_CASE(month_arithmetic_outside_the_calendar_is_refused) {
    BOOST_CHECK_THROW(Date(1, 1, 15).minus_months(1), pcr::UserError);
    BOOST_CHECK_THROW(Date(9999, 12, 1).plus_months(1), pcr::UserError);
    BOOST_TEST(Date(1, 2, 15).minus_months(1).iso() == "0001-01-15");
}

BOOST_AUTO_TEST_CASE(day_arithmetic_crosses_months_and_years) {
    BOOST_TEST(Date(2024, 2, 28).plus_days(1).iso() == "2024-02-29");
    BOOST_TEST(Date(2026, 2, 28).plus_days(1).iso() == "2026-03-01");
    BOOST_TEST(Date(2025, 12, 31).plus_days(1).iso() == "2026-01-01");
    BOOST_TEST(Date(2026, 1, 1).plus_days(-1).iso() == "2025-12-31");
    BOOST_TEST(Date(2026, 6, 30).days_since(Date(2025, 6, 30)) == 365);
    BOOST_TEST(Date(2025, 6, 30).days_since(Date(2024, 6, 30)) == 365);
    BOOST_TEST(Date(2024, 6, 30).days_since(Date(2023, 6, 30)) == 366);
    BOOST_TEST(Date(2026, 1, 1).days_since(Date(2026, 1, 2)) == -1);
}

BOOST_AUTO_TEST_CASE(dates_order_by_day) {
    BOOST_TEST((Date(2026, 1, 31) < Date(2026, 2, 1)));
    BOOST_TEST((Date(2025, 12, 31) < Date(2026, 1, 1)));
    BOOST_TEST((Date(2026, 3, 5) == *Date::parse("2026-03-05")));
}

BOOST_AUTO_TEST_CASE(row_dates_allow_a_year_only_where_the_tool_does) {
    BOOST_TEST(parse_row_date("1962", true)->iso() == "1962-01-01");
    BOOST_TEST(!parse_row_date("1962", false).has_value());
    BOOST_TEST(parse_row_date("1962-07-14", true)->iso() == "1962-07-14");
    BOOST_TEST(!parse_row_date("62", true).has_value());
    BOOST_TEST(!parse_row_date("", true).has_value());
    BOOST_TEST(!parse_row_date("0000", true).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
