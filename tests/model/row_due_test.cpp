// Tests of the per-row overdue rule the review editor shows in red: by-when passed and not done (or dropped).
#include "model/rules/row_due.h"

#include <boost/test/unit_test.hpp>

#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::shipped_templates;

namespace {

const Date kDay(2026, 6, 30);

Entry row(const std::string& by_when, const std::string& closing_column, const std::string& closing_value) {
    Entry e;
    e.cells.push_back({"action", "Book the swimming lessons", {}});
    e.cells.push_back({"by-when", by_when, {}});
    if (!closing_value.empty()) e.cells.push_back({closing_column, closing_value, {}});
    return e;
}

const SectionTemplate& actions() {
    return *shipped_templates().get("person-centred-review").section("actions");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(row_due_test)

BOOST_AUTO_TEST_CASE(review_actions_fall_due_but_meetings_do_not) {
    const ToolTemplate& review = shipped_templates().get("person-centred-review");
    BOOST_TEST(rows_fall_due(*review.section("actions")));
    BOOST_TEST(!rows_fall_due(*review.section("meetings")));
    BOOST_TEST(!rows_fall_due(*shipped_templates().get("learning-log").section("entries")));
}

BOOST_AUTO_TEST_CASE(an_action_past_its_date_and_not_done_is_overdue_by_whole_days) {
    BOOST_TEST(days_overdue(actions(), row("2026-06-20", "done", ""), kDay).value_or(-1) == 10);
    BOOST_TEST(days_overdue(actions(), row("2026-06-29", "done", ""), kDay).value_or(-1) == 1);
}

BOOST_AUTO_TEST_CASE(an_action_due_today_or_later_done_or_undated_is_not_overdue) {
    BOOST_TEST(!days_overdue(actions(), row("2026-06-30", "done", ""), kDay));
    BOOST_TEST(!days_overdue(actions(), row("2026-07-15", "done", ""), kDay));
    BOOST_TEST(!days_overdue(actions(), row("2026-06-20", "done", "2026-06-25"), kDay));
    BOOST_TEST(!days_overdue(actions(), row("", "done", ""), kDay));
    BOOST_TEST(!days_overdue(actions(), row("soon", "done", ""), kDay));
}

BOOST_AUTO_TEST_CASE(outcomes_close_when_done_or_dropped_but_not_while_open) {
    const ToolTemplate& outcomes = shipped_templates().get("outcomes");
    const SectionTemplate* rows = nullptr;
    for (const auto& s : outcomes.sections)
        if (rows_fall_due(s)) rows = &s;
    BOOST_REQUIRE(rows != nullptr);
    BOOST_TEST(days_overdue(*rows, row("2026-06-01", "status", "open"), kDay).value_or(-1) == 29);
    BOOST_TEST(!days_overdue(*rows, row("2026-06-01", "status", "done"), kDay));
    BOOST_TEST(!days_overdue(*rows, row("2026-06-01", "status", "dropped"), kDay));
}

BOOST_AUTO_TEST_CASE(a_new_by_when_in_the_past_on_an_open_row_needs_confirming) {
    const Entry open = row("", "done", "");
    BOOST_TEST(past_by_when(actions(), open, "by-when", "2026-03-03", kDay).value_or(Date()).iso() ==
               "2026-03-03");
    BOOST_TEST(past_by_when_question(Date(2026, 3, 3)) ==
               "The by-when date 3 Mar 2026 is in the past. Keep it?");
    // Today or later, the day already there, a row already done, or another column: nothing to ask.
    BOOST_TEST(!past_by_when(actions(), open, "by-when", "2026-06-30", kDay));
    BOOST_TEST(!past_by_when(actions(), row("2026-03-03", "done", ""), "by-when", "2026-03-03", kDay));
    BOOST_TEST(!past_by_when(actions(), row("", "done", "2026-03-04"), "by-when", "2026-03-03", kDay));
    BOOST_TEST(!past_by_when(actions(), open, "done", "2026-03-03", kDay));
    BOOST_TEST(!past_by_when(actions(), open, "by-when", "", kDay));
    // Meetings have no by-when: their dates are never questioned.
    const SectionTemplate& meetings = *shipped_templates().get("person-centred-review").section("meetings");
    BOOST_TEST(!past_by_when(meetings, Entry{}, "by-when", "2026-03-03", kDay));
    // Outcomes close when done or dropped.
    const SectionTemplate* outcomes = nullptr;
    for (const auto& s : shipped_templates().get("outcomes").sections)
        if (rows_fall_due(s)) outcomes = &s;
    BOOST_REQUIRE(outcomes != nullptr);
    BOOST_TEST(past_by_when(*outcomes, row("", "status", "open"), "by-when", "2026-03-03", kDay).has_value());
    BOOST_TEST(!past_by_when(*outcomes, row("", "status", "dropped"), "by-when", "2026-03-03", kDay));
    // Workbook actions keep the same rule.
    BOOST_TEST(by_when_needs_confirming(std::nullopt, Date(2026, 3, 3), false, kDay));
    BOOST_TEST(!by_when_needs_confirming(Date(2026, 3, 3), Date(2026, 3, 3), false, kDay));
    BOOST_TEST(!by_when_needs_confirming(std::nullopt, Date(2026, 3, 3), true, kDay));
}

BOOST_AUTO_TEST_SUITE_END()
