// Tests of the workbook report PDF: summary sheet with scores and notes, action plan, detailed plans, the
// charts of scores and of record coverage, numbered pages: what the HTML report holds.
#include "model/export/report_pdf.h"

#include <boost/test/unit_test.hpp>

#include "model/domain/workbook_registry.h"
#include "support/assessment_samples.h"
#include "support/pdf_tools.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::pdf_pages;
using pcr::test::pdf_text;
using pcr::test::TempFolder;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const Workbook& shipped_workbook() {
    static const WorkbookRegistry registry = WorkbookRegistry::load(
        std::filesystem::path(PCR_SOURCE_DATA) / "workbooks", pcr::test::shipped_templates());
    return *registry.find("progress-for-providers-homecare");
}

// The full sample assessment reported in `workbook`, with an earlier one so the chart has a line.
WorkbookReport sample_report(const Workbook& workbook) {
    WorkbookAssessment earlier = pcr::test::full_assessment();
    earlier.date = pcr::test::day("2026-04-01");
    earlier.scores[0].level = 2;
    WorkbookReport report;
    report.workbook = &workbook;
    report.assessment = pcr::test::full_assessment();
    report.sheet = summary_sheet(report.assessment, workbook);
    report.history = assessment_history({earlier, report.assessment}, workbook.id);
    report.regulator = regulator_view(workbook, report.assessment);
    return report;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(report_pdf_test)

BOOST_AUTO_TEST_CASE(the_shipped_workbooks_report_shows_scores_actions_and_the_chart_on_numbered_pages) {
    const Workbook& workbook = shipped_workbook();
    TempFolder folder;
    const auto file = folder.path() / "report.pdf";
    const int pages = write_report_pdf(sample_report(workbook), file);
    BOOST_TEST(pages > 1);
    BOOST_TEST(pdf_pages(file) == pages);
    const std::string text = pdf_text(file);
    BOOST_TEST(contains(text, workbook.title));
    BOOST_TEST(contains(text, "Self-assessment of 1 Oct 2026"));
    BOOST_TEST(contains(text, "Topics scored: 3 of " + std::to_string(workbook.topics().size())));
    BOOST_TEST(contains(text, "Summary sheet"));
    BOOST_TEST(contains(text, "Action plan"));
    BOOST_TEST(contains(text, "Review every profile, then check them at supervision"));
    BOOST_TEST(contains(text, "Done 20 Sep 2026"));
    BOOST_TEST(contains(text, "Scores over time"));
    BOOST_TEST(contains(text, "1 Apr 26"));
    for (const Topic* topic : workbook.topics()) BOOST_TEST(contains(text, topic->number), topic->number);
    BOOST_TEST(contains(text, workbook.topics().front()->title.substr(0, 20)));
    BOOST_TEST(contains(text, "Page 1 of " + std::to_string(pages)));
    BOOST_TEST(contains(text, "Page " + std::to_string(pages) + " of " + std::to_string(pages)));
}

BOOST_AUTO_TEST_CASE(the_report_holds_the_notes_the_detailed_plans_and_the_coverage_chart_as_the_html_does) {
    const Workbook& workbook = shipped_workbook();
    TempFolder folder;
    const auto file = folder.path() / "report.pdf";
    write_report_pdf(sample_report(workbook), file);
    const std::string text = pdf_text(file);

    // Topic notes, in every script, with their topic.
    BOOST_TEST(contains(text, "Notes"));
    BOOST_TEST(contains(text, "Getting there — Zoë's team"), text);
    BOOST_TEST(contains(text, "Leaflet \"in progress\" & <draft>"));
    // The action plan names the level worked towards, and leaves out an action with nothing written.
    BOOST_TEST(contains(text, "1.3 towards 4"), text);
    BOOST_TEST(!contains(text, "2.1 Open"));
    // Every written part of a detailed plan under its heading; the empty one is named by its topic alone.
    const auto plans = text.find("Detailed action plans");
    BOOST_TEST_REQUIRE(plans != std::string::npos);
    const std::string plan_text = text.substr(plans);
    for (const char* words :
         {"Who: Ayesha Khan", "Why this is a priority Profiles are out of date",
          "First steps List who needs one", "Who else needs to know Team leaders",
          "How we will get their help Team meeting", "Support from inside Time in rotas",
          "Support from outside Training from HSA",
          "How we will know we have succeeded Every profile current; people say staff know them"})
        BOOST_TEST(contains(plan_text, words), words);
    BOOST_TEST(contains(plan_text, "2.1 " + workbook.find_topic("2.1")->title.substr(0, 15)));
    // The record coverage over time, after the scores, for the topics with evidence rules.
    const auto scores = text.find("Scores over time");
    const auto coverage = text.find("Record coverage over time");
    BOOST_TEST_REQUIRE(coverage != std::string::npos);
    BOOST_TEST(scores < coverage);
    BOOST_TEST(contains(text, "share with the record complete and current"));
    BOOST_TEST(contains(text, "thresholds for suggesting 4 and 5"));
    BOOST_TEST(contains(text.substr(coverage), "100%"));
    BOOST_TEST(contains(text.substr(coverage), "no evidence kept"));  // topics without a snapshot
}

BOOST_AUTO_TEST_CASE(the_report_says_who_took_part_ranks_the_plans_and_gives_the_regulators_view) {
    const Workbook& workbook = shipped_workbook();
    TempFolder folder;
    const auto file = folder.path() / "report.pdf";
    write_report_pdf(sample_report(workbook), file);
    const std::string text = pdf_text(file);
    BOOST_TEST(contains(text, "Who took part: With the team, to agree team and individual goals"));
    const auto plans = text.find("Detailed action plans");
    BOOST_TEST_REQUIRE(plans != std::string::npos);
    const auto top = text.find("Top priority", plans);
    const auto next = text.find("Next priority", plans);
    BOOST_TEST_REQUIRE(top != std::string::npos);
    BOOST_TEST_REQUIRE(next != std::string::npos);
    BOOST_TEST(top < next);
    for (const char* words : {"What will have changed New staff read a profile before a first visit",
                              "What you will see Profiles on the fridge", "What you will feel Confident",
                              "What you will hear \"She knew I like my tea weak\""})
        BOOST_TEST(contains(text.substr(plans), words), words);

    const auto view = text.find("The regulator's view");
    BOOST_TEST_REQUIRE(view != std::string::npos);
    const std::string regulator = text.substr(view);
    for (const char* words :
         {"CQC essential standards (outcomes)", "Involvement and information",
          "Outcome 1: Respecting and involving people who use services", "Suitability of management",
          "Adult Social Care Outcomes Framework (ASCOF) domains", "Carers can balance their caring roles",
          "(section 2)", "Making it Real", "I have a clear line of communication",
          "Average level 3.3 (3 of 13 topics scored)", "40% (12/30)", "self-assessed"})
        BOOST_TEST(contains(regulator, words), words);
}

BOOST_AUTO_TEST_CASE(a_workbook_without_evidence_rules_has_no_coverage_chart) {
    const auto workbook = pcr::test::sample_workbook();
    TempFolder folder;
    const auto file = folder.path() / "small.pdf";
    write_report_pdf(sample_report(workbook), file);
    const std::string text = pdf_text(file);
    BOOST_TEST(contains(text, "Scores over time"));
    BOOST_TEST(!contains(text, "Record coverage over time"));
}

BOOST_AUTO_TEST_CASE(report_pages_draw_the_same_pages_on_any_cairo_context) {
    const auto workbook = pcr::test::sample_workbook();
    const ReportPages a4(sample_report(workbook), 595.276, 841.89);
    const ReportPages letter(sample_report(workbook), 612, 792);
    BOOST_TEST(a4.count() >= 2);
    BOOST_TEST(letter.count() >= a4.count());
    TempFolder folder;
    const auto file = folder.path() / "small.pdf";
    BOOST_TEST(write_report_pdf(sample_report(workbook), file) == a4.count());
    const std::string text = pdf_text(file);
    BOOST_TEST(contains(text, "Dignity and respect"));
    BOOST_TEST(contains(text, "flagged"));  // 1.3 scored 5 where the records suggest 3
    BOOST_TEST(contains(text, "Average level"));
}

BOOST_AUTO_TEST_SUITE_END()
