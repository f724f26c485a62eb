// Tests of which actions are overdue on a day.
#include "model/rules/overdue_actions.h"

#include <boost/test/unit_test.hpp>

#include "support/assessment_samples.h"

using namespace pcr::model;
using pcr::test::day;

BOOST_AUTO_TEST_SUITE(overdue_actions_test)

BOOST_AUTO_TEST_CASE(overdue_means_by_when_before_today_and_not_done) {
    WorkbookAssessment a;
    a.actions = {
        {"1.1", 4, "Due yesterday", "Sam", day("2026-11-30"), std::nullopt},
        {"1.2", 4, "Due today", "Sam", day("2026-12-01"), std::nullopt},
        {"1.3", 4, "Done late", "Sam", day("2026-10-01"), day("2026-11-15")},
        {"2.1", 4, "No day set", "Sam", std::nullopt, std::nullopt},
        {"2.2", 4, "Long overdue", "Ann", day("2025-01-31"), std::nullopt},
    };
    const auto overdue = overdue_actions(a, day("2026-12-01"));
    BOOST_TEST_REQUIRE(overdue.size() == 2u);
    BOOST_TEST(overdue[0].action == "Due yesterday");
    BOOST_TEST(overdue[1].action == "Long overdue");
    BOOST_TEST(!action_overdue(a.actions[1], day("2026-12-01")));
    BOOST_TEST(action_overdue(a.actions[1], day("2026-12-02")));
    BOOST_TEST(overdue_actions(a, day("2025-01-31")).empty());
}

BOOST_AUTO_TEST_SUITE_END()
