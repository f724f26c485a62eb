// Tests of the workbook report PDF: summary sheet with scores, action plan, chart, numbered pages.
#include "model/export/report_pdf.h"

#include <boost/test/unit_test.hpp>

#include "model/workbook/workbook_registry.h"
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
