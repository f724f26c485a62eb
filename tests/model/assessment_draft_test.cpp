// Tests of starting an assessment: evidence beside every topic, no level chosen for the manager, carry-over.
#include "model/rules/assessment_draft.h"

#include <boost/test/unit_test.hpp>

#include "support/assessment_samples.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::full_assessment;
using pcr::test::sample_workbook;

namespace {

TopicEvidence measured(const std::string& topic, long count, long total, int coverage, int suggested) {
    TopicEvidence e;
    e.topic = topic;
    e.measured = true;
    e.measure = "one-page-profile";
    e.count = count;
    e.total = total;
    e.coverage = coverage;
    e.any_record = count > 0;
    e.suggested = suggested;
    return e;
}

TopicEvidence self_assessed(const std::string& topic) {
    TopicEvidence e;
    e.topic = topic;
    return e;
}

std::vector<TopicEvidence> day_evidence() {
    return {measured("1.1", 20, 25, 80, 4), measured("1.2", 0, 25, 0, 1), measured("1.3", 24, 25, 96, 5),
            measured("1.10", 5, 25, 20, 3), self_assessed("2.1"),         measured("2.2", 10, 25, 40, 3)};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_draft_test)

BOOST_AUTO_TEST_CASE(a_draft_has_every_topic_with_the_days_evidence_and_no_level) {
    const auto draft = new_assessment(day("2027-04-01"), sample_workbook(), day_evidence(), nullptr);
    BOOST_TEST(draft.date.iso() == "2027-04-01");
    BOOST_TEST(draft.workbook == "progress-for-providers-homecare");
    BOOST_TEST_REQUIRE(draft.scores.size() == 6u);
    std::vector<std::string> topics;
    for (const auto& score : draft.scores) {
        topics.push_back(score.topic);
        BOOST_TEST(!score.level.has_value(), score.topic << " was given a level");
        BOOST_TEST(score.note.empty());
    }
    BOOST_TEST(topics == (std::vector<std::string>{"1.1", "1.2", "1.3", "1.10", "2.1", "2.2"}),
               boost::test_tools::per_element());
    BOOST_TEST((draft.scores[2].evidence == EvidenceSnapshot{"one-page-profile", 24, 25, 96, 5}));
    BOOST_TEST(!draft.scores[4].evidence.has_value());  // 2.1 is self-assessed
    BOOST_TEST(draft.actions.empty());
    BOOST_TEST(draft.plans.empty());
}

BOOST_AUTO_TEST_CASE(only_unfinished_actions_are_carried_over_and_plans_are_not) {
    const WorkbookAssessment previous = full_assessment();
    const auto draft = new_assessment(day("2027-04-01"), sample_workbook(), day_evidence(), &previous);
    BOOST_TEST_REQUIRE(draft.actions.size() == 2u);
    BOOST_TEST((draft.actions[0] == previous.actions[0]));  // 1.3, not done
    BOOST_TEST((draft.actions[1] == previous.actions[2]));  // 2.1, not done; 1.1 was done on 2026-09-20
    BOOST_TEST(draft.plans.empty());
}

BOOST_AUTO_TEST_CASE(topics_without_evidence_that_day_have_no_snapshot) {
    const auto draft =
        new_assessment(day("2027-04-01"), sample_workbook(), {measured("1.3", 1, 2, 50, 4)}, nullptr);
    BOOST_TEST(!draft.scores[0].evidence.has_value());
    BOOST_TEST(draft.scores[2].evidence->coverage == 50);
}

BOOST_AUTO_TEST_CASE(the_previous_assessment_is_the_last_of_the_workbook_before_the_day) {
    std::vector<WorkbookAssessment> all(4);
    all[0].date = day("2026-10-01");
    all[1].date = day("2027-04-01");
    all[2].date = day("2026-04-01");
    all[3].date = day("2027-01-01");
    for (auto& a : all) a.workbook = "progress-for-providers-homecare";
    all[3].workbook = "another";
    BOOST_TEST(previous_assessment(all, "progress-for-providers-homecare", day("2027-04-01")) == &all[0]);
    BOOST_TEST(previous_assessment(all, "progress-for-providers-homecare", day("2027-04-02")) == &all[1]);
    BOOST_TEST(previous_assessment(all, "progress-for-providers-homecare", day("2026-04-01")) == nullptr);
    BOOST_TEST(previous_assessment(all, "another", day("2027-06-01")) == &all[3]);
}

BOOST_AUTO_TEST_CASE(scores_given_keep_the_evidence_snapshot) {
    auto draft = new_assessment(day("2027-04-01"), sample_workbook(), day_evidence(), nullptr);
    apply_scores(draft, {{"1.3", 4, "Nearly all current", std::nullopt}, {"2.1", 2, "", std::nullopt}});
    BOOST_TEST(*draft.scores[2].level == 4);
    BOOST_TEST(draft.scores[2].note == "Nearly all current");
    BOOST_TEST(draft.scores[2].evidence->coverage == 96);
    BOOST_TEST(*draft.scores[4].level == 2);
    BOOST_TEST(!draft.scores[0].level.has_value());
}

BOOST_AUTO_TEST_CASE(actions_given_replace_the_same_action_or_are_added_with_the_next_level_as_target) {
    const WorkbookAssessment previous = full_assessment();
    auto draft = new_assessment(day("2027-04-01"), sample_workbook(), day_evidence(), &previous);
    apply_scores(draft, {{"1.3", 4, "", std::nullopt}, {"1.1", 5, "", std::nullopt}});
    merge_actions(draft,
                  {
                      // The carried-over 1.3 action, now done (its text with extra spaces).
                      {"1.3", std::nullopt, " Review every profile, then\ncheck them at supervision ",
                       "Ayesha Khan", day("2026-12-01"), day("2027-03-15")},
                      {"1.1", std::nullopt, "Keep asking", "Sam", day("2027-06-01"), std::nullopt},
                      {"1.2", std::nullopt, "Start life stories", "Sam", std::nullopt, std::nullopt},
                      {"1.3", 5, "Profiles at every review", "Ayesha Khan", std::nullopt, std::nullopt},
                  });
    BOOST_TEST_REQUIRE(draft.actions.size() == 5u);
    BOOST_TEST(draft.actions[0].done->iso() == "2027-03-15");
    BOOST_TEST(*draft.actions[0].target_level == 4);  // kept from the action it replaces
    BOOST_TEST(draft.actions[1].topic == "2.1");
    BOOST_TEST(*draft.actions[2].target_level == 5);         // 1.1 scored 5: stay at 5
    BOOST_TEST(!draft.actions[3].target_level.has_value());  // 1.2 not scored
    BOOST_TEST(*draft.actions[4].target_level == 5);
}

BOOST_AUTO_TEST_SUITE_END()
