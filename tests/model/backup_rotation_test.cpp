// Tests of which automatic backups the rotation keeps: days, weeks and months, their ends, and gaps.
#include "model/domain/backup_rotation.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "model/core/date.h"

using namespace pcr::model;

namespace {

// One backup at noon of each day from `first` for `days` days.
std::vector<std::string> daily_from(const Date& first, int days) {
    std::vector<std::string> stamps;
    for (int i = 0; i < days; ++i) stamps.push_back(first.plus_days(i).iso() + "T12:00:00Z");
    return stamps;
}

std::vector<std::string> kept(const std::vector<std::string>& stamps, const BackupRotation& rotation) {
    std::vector<std::string> days;
    for (const auto index : backups_to_keep(stamps, rotation)) days.push_back(stamps[index].substr(0, 10));
    return days;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(backup_rotation_test)

BOOST_AUTO_TEST_CASE(keeps_everything_while_there_are_few) {
    const auto stamps = daily_from(Date(2026, 12, 1), 5);
    BOOST_TEST(backups_to_keep(stamps, {}).size() == 5u);
    BOOST_TEST(backups_to_keep({}, {}).empty());
}

BOOST_AUTO_TEST_CASE(keeps_the_newest_of_each_day) {
    const std::vector<std::string> stamps{"2026-12-06T08:00:00Z", "2026-12-06T09:30:00Z",
                                          "2026-12-06T14:05:01Z", "2026-12-05T23:59:59Z"};
    const BackupRotation days_only{7, 0, 0};
    const auto keep = backups_to_keep(stamps, days_only);
    BOOST_TEST(keep == (std::vector<std::size_t>{2, 3}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_year_of_daily_backups_keeps_seven_days_four_weeks_and_twelve_months) {
    // 2026-01-01 to 2026-12-31; the last day is a Thursday.
    const auto stamps = daily_from(Date(2026, 1, 1), 365);
    const auto days = kept(stamps, {});
    const std::vector<std::string> expected{
        // the newest of each month, January to November (December's is the newest of all)
        "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31",
        "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30",
        // the newest of the weeks ending Sunday 13, 20 and 27 December (the fourth is the last, unfinished)
        "2026-12-13", "2026-12-20", "2026-12-27",
        // the rest of the last seven days (27 December is above)
        "2026-12-25", "2026-12-26", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31"};
    std::vector<std::string> sorted_expected = expected;
    std::sort(sorted_expected.begin(), sorted_expected.end());
    BOOST_TEST(days == sorted_expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(months_are_calendar_months_across_a_year_end) {
    const auto stamps = daily_from(Date(2025, 11, 20), 60);  // to 2026-01-18
    const auto days = kept(stamps, {0, 0, 3});
    BOOST_TEST(days == (std::vector<std::string>{"2025-11-30", "2025-12-31", "2026-01-18"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(weeks_run_monday_to_sunday_across_a_year_end) {
    // 2026-12-28 is a Monday; the week it starts runs into 2027.
    const auto stamps = daily_from(Date(2026, 12, 14), 24);  // to 2027-01-06, a Wednesday
    const auto days = kept(stamps, {0, 3, 0});
    BOOST_TEST(days == (std::vector<std::string>{"2026-12-27", "2027-01-03", "2027-01-06"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(leap_day_and_month_ends_are_days_like_any_other) {
    const auto stamps = daily_from(Date(2028, 2, 27), 4);  // 27, 28, 29 February, 1 March
    BOOST_TEST(kept(stamps, {2, 0, 0}) == (std::vector<std::string>{"2028-02-29", "2028-03-01"}),
               boost::test_tools::per_element());
    BOOST_TEST(kept(stamps, {0, 0, 2}) == (std::vector<std::string>{"2028-02-29", "2028-03-01"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_gap_does_not_empty_the_folder) {
    // Three days of backups, then a month away: the days counted are the days that have a backup.
    const std::vector<std::string> stamps{"2026-10-01T09:00:00Z", "2026-10-02T09:00:00Z",
                                          "2026-10-03T09:00:00Z", "2026-11-05T09:00:00Z"};
    BOOST_TEST(
        kept(stamps, {3, 0, 0}) == (std::vector<std::string>{"2026-10-02", "2026-10-03", "2026-11-05"}),
        boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_newest_is_kept_even_with_every_count_at_nought) {
    const auto stamps = daily_from(Date(2026, 3, 1), 10);
    BOOST_TEST(kept(stamps, {0, 0, 0}) == (std::vector<std::string>{"2026-03-10"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(order_given_does_not_matter) {
    auto stamps = daily_from(Date(2026, 5, 1), 40);
    std::vector<std::string> reversed(stamps.rbegin(), stamps.rend());
    auto forward = kept(stamps, {});
    auto backward = kept(reversed, {});
    std::sort(backward.begin(), backward.end());
    BOOST_TEST(forward == backward, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
