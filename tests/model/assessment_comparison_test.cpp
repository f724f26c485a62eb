// Tests of comparing two assessments: per-topic change, section averages and topics newly scored.
#include "model/rules/assessment_comparison.h"

#include <boost/test/unit_test.hpp>

#include "model/core/errors.h"
#include "support/assessment_samples.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::full_assessment;
using pcr::test::sample_workbook;

namespace {

// Half a year on: 1.1 up to 4, 1.3 down to 4, 1.2 scored for the first time, 2.1 no longer scored.
WorkbookAssessment later() {
    WorkbookAssessment b;
    b.date = day("2027-04-01");
    b.workbook = "progress-for-providers-homecare";
    b.scores = {{"1.1", 4, "", std::nullopt},
                {"1.2", 2, "", std::nullopt},
                {"1.3", 4, "", std::nullopt},
                {"2.1", std::nullopt, "", std::nullopt}};
    return b;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_comparison_test)

BOOST_AUTO_TEST_CASE(each_topic_shows_before_after_and_the_change) {
    const auto c = compare(full_assessment(), later(), sample_workbook());
    BOOST_TEST(c.before.iso() == "2026-10-01");
    BOOST_TEST(c.after.iso() == "2027-04-01");
    BOOST_TEST_REQUIRE(c.topics.size() == 6u);
    BOOST_TEST(c.topics[0].topic == "1.1");
    BOOST_TEST(c.topics[0].title == "Dignity and respect");
    BOOST_TEST(*c.topics[0].before == 3);
    BOOST_TEST(*c.topics[0].after == 4);
    BOOST_TEST(*c.topics[0].change == 1);
    BOOST_TEST(*c.topics[2].change == -1);  // 1.3: 5 to 4

    BOOST_TEST(c.topics[1].newly_scored);  // 1.2
    BOOST_TEST(!c.topics[1].change.has_value());
    BOOST_TEST(c.topics[4].no_longer_scored);     // 2.1
    BOOST_TEST(!c.topics[3].before.has_value());  // 1.10 in neither
    BOOST_TEST(!c.topics[3].newly_scored);
    BOOST_TEST(c.newly_scored == (std::vector<std::string>{"1.2"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(section_averages_of_each_and_their_change) {
    const auto c = compare(full_assessment(), later(), sample_workbook());
    BOOST_TEST_REQUIRE(c.sections.size() == 2u);
    BOOST_TEST(c.sections[0].number == "1");
    BOOST_TEST(*c.sections[0].before == 4.0);      // (3 + 5) / 2
    BOOST_TEST(*c.sections[0].after == 10.0 / 3);  // (4 + 2 + 4) / 3
    BOOST_TEST(*c.sections[0].change == 10.0 / 3 - 4.0);
    BOOST_TEST(*c.sections[1].before == 2.0);
    BOOST_TEST(!c.sections[1].after.has_value());
    BOOST_TEST(!c.sections[1].change.has_value());
}

BOOST_AUTO_TEST_CASE(assessments_of_another_workbook_are_refused) {
    auto other = later();
    other.workbook = "progress-for-providers-residential";
    BOOST_CHECK_EXCEPTION(
        compare(full_assessment(), other, sample_workbook()), pcr::UserError, [](const pcr::UserError& e) {
            return std::string(e.what()) ==
                   "The assessment of 1 Apr 2027 is of the workbook "
                   "progress-for-providers-residential, not progress-for-providers-homecare; compare "
                   "assessments of the same workbook.";
        });
}

BOOST_AUTO_TEST_SUITE_END()
