// Tests of the per-row overdue rule the review editor shows in red: by-when passed and not done (or dropped).
#include <boost/test/unit_test.hpp>

#include "model/tools/row_due.h"
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

const SectionTemplate& actions() { return *shipped_templates().get("person-centred-review").section("actions"); }

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

BOOST_AUTO_TEST_SUITE_END()
