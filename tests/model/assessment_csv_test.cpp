// Tests of reading score and action rows from CSV against a workbook: values, and each problem by line.
#include "model/exchange/assessment_csv.h"

#include <boost/test/unit_test.hpp>

#include "support/assessment_samples.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::sample_workbook;

namespace {

ScoreRows scores(const std::string& text) {
    return read_score_rows(read_csv_text(text), sample_workbook());
}
ActionRows actions(const std::string& text) {
    return read_action_rows(read_csv_text(text), sample_workbook());
}

template <class Result>
std::vector<std::string> problems(const Result& result) {
    std::vector<std::string> out;
    for (const auto& p : result.problems) out.push_back(p.to_string());
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_csv_test)

BOOST_AUTO_TEST_CASE(score_rows_give_levels_and_notes_and_empty_means_not_scored) {
    const auto r =
        scores("topic,level,note\n1.1,3,\"Better, but not there\"\n 1.10 , 4 ,\n2.1,,Not looked at\n");
    BOOST_TEST_REQUIRE(r.ok(), problems(r).front());
    BOOST_TEST_REQUIRE(r.scores.size() == 3u);
    BOOST_TEST((r.scores[0] == TopicScore{"1.1", 3, "Better, but not there", std::nullopt}));
    BOOST_TEST((r.scores[1] == TopicScore{"1.10", 4, "", std::nullopt}));
    BOOST_TEST((r.scores[2] == TopicScore{"2.1", std::nullopt, "Not looked at", std::nullopt}));
}

BOOST_AUTO_TEST_CASE(the_header_names_columns_in_any_order_and_note_may_be_left_out) {
    const auto r = scores("Level,TOPIC\n5,1.3\n");
    BOOST_TEST_REQUIRE(r.ok());
    BOOST_TEST((r.scores[0] == TopicScore{"1.3", 5, "", std::nullopt}));
    const auto short_row = scores("topic,level,note\n1.2,2\n");
    BOOST_TEST_REQUIRE(short_row.ok());
    BOOST_TEST(short_row.scores[0].note.empty());
}

BOOST_AUTO_TEST_CASE(each_bad_score_row_is_named_by_line) {
    const auto r = scores(
        "topic,level,note\n"
        "9.9,3,\n"
        "1.1,7,\n"
        "1.2,three,\n"
        "1.1,2,\n"
        "1.3,4,again\n"
        "1.3,4,twice\n"
        ",3,\n"
        "2.1,1,a,b\n"
        "2.2,1,\"bell\x07\"\n");
    const std::vector<std::string> expected = {
        "line 2: unknown topic '9.9'; the workbook's topics are 1.1-1.10, 2.1-2.2",
        "line 3: level '7' is not a whole number from 1 to 5; leave it empty for a topic not yet scored",
        "line 4: level 'three' is not a whole number from 1 to 5; leave it empty for a topic not yet scored",
        "line 5: topic 1.1 is given twice (first on line 3); keep one",
        "line 7: topic 1.3 is given twice (first on line 6); keep one",
        "line 8: no topic; give the workbook topic number, e.g. 1.3",
        "line 9: 4 fields, but the header names 3 columns; put a field holding commas in quotes",
        "line 10: the note holds the control character U+0007; remove it",
    };
    BOOST_TEST(problems(r) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_missing_or_wrong_header_is_the_first_problem) {
    BOOST_TEST(
        problems(scores("")) ==
            std::vector<std::string>{"the file is empty; its first row must be the header topic,level,note"},
        boost::test_tools::per_element());
    BOOST_TEST(problems(scores("1.1,3,Good\n")) ==
                   (std::vector<std::string>{
                       "line 1: unknown column '1.1' in the header; the columns are topic, level, note",
                       "line 1: unknown column '3' in the header; the columns are topic, level, note",
                       "line 1: unknown column 'Good' in the header; the columns are topic, level, note",
                       "line 1: the header has no 'topic' column; the first row must name the columns, e.g. "
                       "topic,level,note"}),
               boost::test_tools::per_element());
    BOOST_TEST(problems(scores("topic,level,level\n")) ==
                   std::vector<std::string>{"line 1: column 'level' is named twice in the header; keep one"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(csv_problems_come_through_unchanged) {
    const auto r = scores("topic,level\n1.1,\"3\n");
    BOOST_TEST(problems(r) ==
                   std::vector<std::string>{
                       "line 2: field 2 opens a quote that is never closed; add the closing quote (\")"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(action_rows_give_who_by_when_done_and_target) {
    const auto r = actions(
        "topic,action,who,by_when,done\n"
        "1.3,\"Review profiles, one a week\",Ayesha Khan,2026-12-01,\n"
        "1.1,Ask families,Łukasz,2026-09-01,2026-09-20\n");
    BOOST_TEST_REQUIRE(r.ok(), problems(r).front());
    BOOST_TEST_REQUIRE(r.actions.size() == 2u);
    BOOST_TEST((r.actions[0] == TopicAction{"1.3", std::nullopt, "Review profiles, one a week", "Ayesha Khan",
                                            day("2026-12-01"), std::nullopt}));
    BOOST_TEST(r.actions[1].done->iso() == "2026-09-20");

    const auto targeted = actions("Topic,Action,Target,By-When\n1.2,Life stories,5,2027-01-31\n");
    BOOST_TEST_REQUIRE(targeted.ok());
    BOOST_TEST(*targeted.actions[0].target_level == 5);
    BOOST_TEST(targeted.actions[0].by_when->iso() == "2027-01-31");
}

BOOST_AUTO_TEST_CASE(each_bad_action_row_is_named_by_line) {
    const auto r = actions(
        "topic,action,who,by_when,done,target\n"
        "4.1,Something,,,,\n"
        "1.1,,Sam,,,\n"
        "1.1,Ask,Sam,2026-13-01,,\n"
        "1.1,Ask again,Sam,,yes,\n"
        "1.2,Start,Sam,,,6\n"
        "1.3,Review,Sam,,,\n"
        "1.3,Review,Ann,,,\n");
    const std::vector<std::string> expected = {
        "line 2: unknown topic '4.1'; the workbook's topics are 1.1-1.10, 2.1-2.2",
        "line 3: no action; say what will be done for topic 1.1",
        "line 4: by_when '2026-13-01' is not a date as YYYY-MM-DD",
        "line 5: done 'yes' is not a date as YYYY-MM-DD; give the day it was done, or leave it empty",
        "line 6: target '6' is not a whole number from 1 to 5",
        "line 8: the action 'Review' for topic 1.3 is given twice (first on line 7); keep one",
    };
    BOOST_TEST(problems(r) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(topic_ranges_list_each_section) {
    BOOST_TEST(topic_ranges(sample_workbook()) == "1.1-1.10, 2.1-2.2");
}

BOOST_AUTO_TEST_SUITE_END()
