// Tests of assessment history: per-topic levels and coverage over time, section averages, ordering.
#include "model/rules/assessment_history.h"

#include <boost/test/unit_test.hpp>

#include "support/assessment_samples.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::full_assessment;
using pcr::test::snapshot;

namespace {

const std::string kWorkbook = "progress-for-providers-homecare";

WorkbookAssessment assessment(const char* date, std::vector<TopicScore> scores,
                              const std::string& workbook = kWorkbook) {
    WorkbookAssessment a;
    a.date = day(date);
    a.workbook = workbook;
    a.scores = std::move(scores);
    return a;
}

// Given newest first, with another workbook's assessment among them.
std::vector<WorkbookAssessment> three_rounds() {
    return {
        assessment("2027-10-01", {{"1.10", 4, "", snapshot("outcomes", 20, 25, 80, 4)},
                                  {"1.2", 3, "", snapshot("life-story", 10, 25, 40, 3)}}),
        assessment("2027-04-01", {{"1.2", std::nullopt, "", snapshot("life-story", 5, 25, 20, 3)},
                                  {"2.1", 4, "", std::nullopt}}),
        assessment("2027-06-01", {{"1.2", 5, "", std::nullopt}}, "another-workbook"),
        assessment("2026-10-01", {{"1.2", 2, "", snapshot("life-story", 0, 20, 0, 1)},
                                  {"1.10", 2, "", std::nullopt},
                                  {"2.1", 3, "", std::nullopt}}),
    };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_history_test)

BOOST_AUTO_TEST_CASE(dates_are_the_workbooks_assessments_oldest_first) {
    const auto h = assessment_history(three_rounds(), kWorkbook);
    BOOST_TEST_REQUIRE(h.dates.size() == 3u);
    BOOST_TEST(h.dates[0].iso() == "2026-10-01");
    BOOST_TEST(h.dates[1].iso() == "2027-04-01");
    BOOST_TEST(h.dates[2].iso() == "2027-10-01");
}

BOOST_AUTO_TEST_CASE(each_topic_has_its_levels_where_scored_and_coverage_where_measured) {
    const auto h = assessment_history(three_rounds(), kWorkbook);
    BOOST_TEST_REQUIRE(h.topics.size() == 3u);
    BOOST_TEST(h.topics[0].topic == "1.2");  // numbers in order: 1.2 before 1.10
    BOOST_TEST(h.topics[1].topic == "1.10");
    BOOST_TEST(h.topics[2].topic == "2.1");

    const auto& life = h.topics[0];
    BOOST_TEST((life.levels == std::vector<LevelPoint>{{day("2026-10-01"), 2}, {day("2027-10-01"), 3}}));
    BOOST_TEST_REQUIRE(life.coverage.size() == 3u);
    BOOST_TEST((life.coverage[0] == CoveragePoint{day("2026-10-01"), 0, 0, 20, 1}));
    BOOST_TEST((life.coverage[1] == CoveragePoint{day("2027-04-01"), 20, 5, 25, 3}));
    BOOST_TEST(life.coverage[2].coverage == 40);

    BOOST_TEST(h.topics[1].coverage.size() == 1u);
    BOOST_TEST(h.topics[2].coverage.empty());
    BOOST_TEST(h.topics[2].levels.size() == 2u);
}

BOOST_AUTO_TEST_CASE(section_averages_follow_the_scored_topics) {
    const auto h = assessment_history(three_rounds(), kWorkbook);
    BOOST_TEST_REQUIRE(h.sections.size() == 2u);
    BOOST_TEST(h.sections[0].section == "1");
    BOOST_TEST((h.sections[0].averages ==
                std::vector<AveragePoint>{{day("2026-10-01"), 2.0}, {day("2027-10-01"), 3.5}}));
    BOOST_TEST((h.sections[1].averages ==
                std::vector<AveragePoint>{{day("2026-10-01"), 3.0}, {day("2027-04-01"), 4.0}}));
}

BOOST_AUTO_TEST_CASE(no_assessments_is_an_empty_history) {
    const auto h = assessment_history({full_assessment()}, "another-workbook");
    BOOST_TEST(h.dates.empty());
    BOOST_TEST(h.topics.empty());
    BOOST_TEST(h.sections.empty());
}

BOOST_AUTO_TEST_CASE(topic_numbers_order_as_numbers) {
    BOOST_TEST(topic_before("1.2", "1.10"));
    BOOST_TEST(!topic_before("1.10", "1.2"));
    BOOST_TEST(topic_before("1.10", "2.1"));
    BOOST_TEST(topic_before("3.9", "3.14"));
    BOOST_TEST(!topic_before("1.3", "1.3"));
}

BOOST_AUTO_TEST_SUITE_END()
