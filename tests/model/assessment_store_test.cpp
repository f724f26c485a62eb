// Tests of keeping assessments in the SQLite store: every part comes back, replacing and removing, refusals.
#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "support/assessment_samples.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::count_rows;
using pcr::test::day;
using pcr::test::full_assessment;
using pcr::test::TempFolder;

namespace {

using Fresh = pcr::test::FreshStore;

std::string thrown_message(const std::function<void()>& action) {
    try {
        action();
    } catch (const pcr::Error& e) {
        return e.what();
    }
    return "(nothing thrown)";
}

WorkbookAssessment dated(const char* date, const std::string& workbook = "progress-for-providers-homecare") {
    WorkbookAssessment a;
    a.date = day(date);
    a.workbook = workbook;
    return a;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_store_test)

BOOST_AUTO_TEST_CASE(every_part_of_an_assessment_comes_back_as_saved) {
    Fresh f;
    f.store->save_assessment(full_assessment());
    const auto all = f.store->assessments();
    BOOST_TEST_REQUIRE(all.size() == 1u);
    BOOST_TEST((all[0] == full_assessment()));
    const auto& first = all[0].scores[0];
    BOOST_TEST(first.evidence->measure == "one-page-profile/appreciation");
    BOOST_TEST(first.evidence->count == 12);
    BOOST_TEST(first.evidence->total == 30);
    BOOST_TEST(first.evidence->coverage == 40);
    BOOST_TEST(*first.evidence->suggested == 3);
    BOOST_TEST(!all[0].scores[2].evidence.has_value());
    BOOST_TEST(all[0].actions[0].action == "Review every profile, then\ncheck them at supervision");
    BOOST_TEST(all[0].actions[1].done->iso() == "2026-09-20");
    BOOST_TEST(all[0].plans[0].how_get_help == "Team meeting");
    BOOST_TEST(!all[0].plans[1].by_when.has_value());
    BOOST_TEST(f.store->check().ok());
}

BOOST_AUTO_TEST_CASE(assessments_come_oldest_first_and_a_second_workbook_is_separate) {
    Fresh f;
    f.store->save_assessment(dated("2026-10-01"));
    f.store->save_assessment(dated("2025-04-01"));
    f.store->save_assessment(dated("2026-10-01", "progress-for-providers-residential"));
    const auto all = f.store->assessments();
    BOOST_TEST_REQUIRE(all.size() == 3u);
    BOOST_TEST(all[0].date.iso() == "2025-04-01");
    BOOST_TEST(all[1].workbook == "progress-for-providers-homecare");
    BOOST_TEST(all[2].workbook == "progress-for-providers-residential");
}

BOOST_AUTO_TEST_CASE(replacing_an_assessment_replaces_every_part) {
    Fresh f;
    f.store->save_assessment(full_assessment());
    WorkbookAssessment again = dated("2026-10-01");
    again.scores = {{"1.2", 4, "New", std::nullopt}};
    again.actions = {{"1.2", 5, "Only this", "Sam", std::nullopt, std::nullopt}};
    f.store->save_assessment(again);
    const auto all = f.store->assessments();
    BOOST_TEST_REQUIRE(all.size() == 1u);
    BOOST_TEST((all[0] == again));
    BOOST_TEST(count_rows(f.file, "SELECT count(*) FROM score_evidence") == 0);
    BOOST_TEST(count_rows(f.file, "SELECT count(*) FROM assessment_plan") == 0);
}

BOOST_AUTO_TEST_CASE(removing_an_assessment_removes_its_parts_and_nothing_else) {
    Fresh f;
    f.store->save_assessment(full_assessment());
    f.store->save_assessment(dated("2026-04-01"));
    BOOST_TEST(!f.store->remove_assessment(day("2026-10-02"), "progress-for-providers-homecare"));
    BOOST_TEST(!f.store->remove_assessment(day("2026-10-01"), "another-workbook"));
    BOOST_TEST(f.store->remove_assessment(day("2026-10-01"), "progress-for-providers-homecare"));
    const auto all = f.store->assessments();
    BOOST_TEST_REQUIRE(all.size() == 1u);
    BOOST_TEST(all[0].date.iso() == "2026-04-01");
    for (const char* table : {"assessment_score", "score_evidence", "assessment_action", "assessment_plan"})
        BOOST_TEST(count_rows(f.file, std::string("SELECT count(*) FROM ") + table) == 0, table);
    BOOST_TEST(f.store->check().ok());
}

BOOST_AUTO_TEST_CASE(an_impossible_assessment_is_refused_and_nothing_changes) {
    Fresh f;
    f.store->save_assessment(full_assessment());

    auto twice = full_assessment();
    twice.scores.push_back({"1.1", 2, "", std::nullopt});
    BOOST_TEST(thrown_message([&] { f.store->save_assessment(twice); }) ==
               "Topic 1.1 is scored twice in the assessment of 1 Oct 2026; keep one score.");

    auto evidence = full_assessment();
    evidence.scores[0].evidence->coverage = 101;
    BOOST_TEST(
        thrown_message([&] {
            f.store->save_assessment(evidence);
        }).starts_with("The evidence kept for topic 1.1 of the assessment of 1 Oct 2026 is not possible"));

    auto target = full_assessment();
    target.actions[0].target_level = 6;
    BOOST_TEST(thrown_message([&] { f.store->save_assessment(target); }) ==
               "An action for topic 1.3 of the assessment of 1 Oct 2026 works towards level 6; levels go "
               "from 1 to 5.");

    auto plans = full_assessment();
    plans.plans[1].topic = "1.3";
    BOOST_TEST(
        thrown_message([&] { f.store->save_assessment(plans); }) ==
        "Topic 1.3 has two detailed action plans in the assessment of 1 Oct 2026; merge them into one.");

    BOOST_TEST((f.store->assessments().at(0) == full_assessment()));
}

BOOST_AUTO_TEST_CASE(import_and_export_carry_every_part) {
    Fresh f;
    Interchange data;
    data.assessments = {dated("2026-04-01"), full_assessment()};
    const auto counts = f.store->import(data);
    BOOST_TEST(counts.assessments == 2);
    BOOST_TEST((f.store->export_all().assessments == data.assessments));

    Fresh other;
    other.store->import(f.store->export_all());
    BOOST_TEST((other.store->assessments() == data.assessments));
}

BOOST_AUTO_TEST_SUITE_END()
