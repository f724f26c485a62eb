// Tests of the summary sheet: sections with averages, flags, and the next statement to work towards.
#include "model/rules/summary_sheet.h"

#include <boost/test/unit_test.hpp>

#include "support/assessment_samples.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::full_assessment;
using pcr::test::sample_workbook;

BOOST_AUTO_TEST_SUITE(summary_sheet_test)

BOOST_AUTO_TEST_CASE(scores_are_laid_out_by_section_with_averages_of_the_scored_topics) {
    const auto sheet = summary_sheet(full_assessment(), sample_workbook());
    BOOST_TEST(sheet.date.iso() == "2026-10-01");
    BOOST_TEST(sheet.topics == 6);
    BOOST_TEST(sheet.scored == 3);
    BOOST_TEST_REQUIRE(sheet.sections.size() == 2u);

    const auto& person = sheet.sections[0];
    BOOST_TEST(person.number == "1");
    BOOST_TEST(person.title == "The person");
    BOOST_TEST_REQUIRE(person.lines.size() == 4u);
    BOOST_TEST(person.scored == 2);
    BOOST_TEST(*person.average == 4.0);  // 1.1 at 3, 1.3 at 5; 1.2 and 1.10 not scored
    BOOST_TEST(person.lines[1].topic == "1.2");
    BOOST_TEST(!person.lines[1].level.has_value());
    BOOST_TEST(!person.lines[1].next_level.has_value());
    BOOST_TEST(person.lines[1].next_statement.empty());

    const auto& family = sheet.sections[1];
    BOOST_TEST(family.scored == 1);
    BOOST_TEST(*family.average == 2.0);
    BOOST_TEST(family.lines[1].evidence->measure == "person-centred-review/family");
}

BOOST_AUTO_TEST_CASE(the_next_statement_is_one_level_up_and_five_stays_five) {
    const auto sheet = summary_sheet(full_assessment(), sample_workbook());
    const auto& dignity = sheet.sections[0].lines[0];
    BOOST_TEST(*dignity.next_level == 4);
    BOOST_TEST(dignity.next_statement == "1.1 statement 4");
    const auto& matters = sheet.sections[0].lines[2];
    BOOST_TEST(*matters.next_level == 5);
    BOOST_TEST(matters.next_statement == "1.3 statement 5");
    BOOST_TEST(sheet.sections[1].lines[0].next_statement == "2.1 statement 3");
}

BOOST_AUTO_TEST_CASE(a_score_more_than_one_level_above_the_suggestion_is_flagged) {
    const auto sheet = summary_sheet(full_assessment(), sample_workbook());
    BOOST_TEST(sheet.flagged == (std::vector<std::string>{"1.3"}),
               boost::test_tools::per_element());  // 5 vs 3
    BOOST_TEST(sheet.sections[0].lines[2].flagged);
    BOOST_TEST(!sheet.sections[0].lines[0].flagged);  // 3 vs 3
    BOOST_TEST(!sheet.sections[1].lines[0].flagged);  // self-assessed: nothing to compare with
}

BOOST_AUTO_TEST_CASE(each_line_carries_its_topics_actions_and_note) {
    const auto sheet = summary_sheet(full_assessment(), sample_workbook());
    BOOST_TEST_REQUIRE(sheet.sections[0].lines[2].actions.size() == 1u);
    BOOST_TEST(sheet.sections[0].lines[2].actions[0].who == "Ayesha Khan");
    BOOST_TEST(sheet.sections[0].lines[0].note == "Getting there — Zoë's team");
    BOOST_TEST(sheet.sections[0].lines[1].actions.empty());
}

BOOST_AUTO_TEST_CASE(an_empty_assessment_has_no_averages) {
    WorkbookAssessment empty;
    empty.date = day("2026-10-01");
    const auto sheet = summary_sheet(empty, sample_workbook());
    BOOST_TEST(sheet.scored == 0);
    for (const auto& section : sheet.sections) BOOST_TEST(!section.average.has_value());
    BOOST_TEST(sheet.flagged.empty());
}

BOOST_AUTO_TEST_SUITE_END()
