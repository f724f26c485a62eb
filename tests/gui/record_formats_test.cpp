// One record read three ways (the app's record page, the HTML export, the PDF export): the same rows in the
// same order, with the same date words, because all three read it through the record view.
#include <boost/test/unit_test.hpp>
#include <regex>

#include "../model/support/pdf_tools.h"
#include "../model/support/tool_records.h"
#include "app/views/record_html.h"
#include "app/wx_text.h"
#include "model/domain/completeness.h"
#include "model/export/html_exporter.h"
#include "model/export/record_pdf.h"

using namespace pcr::model;

namespace {

const Date kToday(2026, 6, 30);

const TemplateRegistry& templates() {
    static const TemplateRegistry registry = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
    return registry;
}

Entry meeting(const std::string& date, std::vector<Attendee> attendees, const std::string& working) {
    Entry e;
    e.date = date;
    if (!attendees.empty()) e.cell_for_update("attendees").attendees = std::move(attendees);
    if (!working.empty()) e.cell_for_update("working").text = working;
    return e;
}

// A review whose meetings were added out of date order, one of them dated and never written in, and whose
// actions have by-when dates.
WholeRecord review() {
    Record record;
    record.tool = "person-centred-review";
    auto& meetings = record.section_for_update("meetings").entries;
    meetings.push_back(meeting("2025-05-02", {{"person", "Zoë"}, {"family", "Alan Jones"}}, "Walks"));
    meetings.push_back(meeting("2026-05-14", {}, ""));
    meetings.push_back(meeting("2026-03-01", {{"staff", "Ayesha"}}, "Cooking"));
    meetings.push_back(meeting("2025-11-20", {{"other", "Mo"}}, "Swimming"));
    pcr::test::add_row(
        record, "actions",
        pcr::test::row({{"action", "Book the bus"}, {"who", "Alan"}, {"by-when", "2026-07-01"}}));
    pcr::test::add_row(
        record, "actions",
        pcr::test::row({{"action", "Call the GP"}, {"who", "Ayesha"}, {"by-when", "2026-02-03"}}));

    WholeRecord whole;
    whole.subject.kind = SubjectKind::Person;
    whole.subject.id = "P-0001";
    whole.subject.name = "Zoë Smith";
    whole.today = kToday;
    ToolStanding standing;
    standing.tool = &templates().get("person-centred-review");
    standing.status = assess(*standing.tool, record, kToday);
    standing.record = std::move(record);
    whole.tools.push_back(std::move(standing));
    return whole;
}

// Markup dropped and entities read, then whitespace collapsed, so a page compares with PDF text.
std::string page_text(const std::string& html) {
    std::string text = std::regex_replace(html, std::regex("<[^>]*>"), " ");
    text = std::regex_replace(text, std::regex("&nbsp;"), " ");
    text = std::regex_replace(text, std::regex("&middot;"), "·");
    return pcr::test::collapse_spaces(text);
}

// The text of the section titled `title`: from its heading (the last place the title is written, after any
// "still needed" list) to `next`, or to the end.
std::string section_text(const std::string& text, const std::string& title, const std::string& next = {}) {
    const auto start = text.rfind(title);
    if (start == std::string::npos) return {};
    const auto end = next.empty() ? std::string::npos : text.find(next, start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// `words` in the order they first appear in `text`; those missing from it are left out.
std::vector<std::string> shown_order(const std::string& text, std::vector<std::string> words) {
    std::erase_if(words, [&](const std::string& w) { return text.find(w) == std::string::npos; });
    std::stable_sort(words.begin(), words.end(),
                     [&](const std::string& a, const std::string& b) { return text.find(a) < text.find(b); });
    return words;
}

const std::vector<std::string> kMeetings = {"1 Mar 2026",  "Ayesha (Staff)",   "Cooking",
                                            "20 Nov 2025", "Mo (Other)",       "Swimming",
                                            "2 May 2025",  "Zoë (The person)", "Walks"};
const std::vector<std::string> kActions = {"Book the bus", "1 Jul 2026", "Call the GP", "3 Feb 2026"};

void check(const std::string& format, const std::string& text) {
    BOOST_TEST_CONTEXT(format) {
        const std::string meetings = section_text(text, "Review meetings", "Actions");
        // Newest meeting first, its date as the app words it; the one with only a date is not shown.
        BOOST_TEST(shown_order(meetings, kMeetings) == kMeetings, meetings);
        BOOST_TEST(meetings.find("Alan Jones (Family)") != std::string::npos);
        BOOST_TEST(meetings.find("14 May 2026") == std::string::npos);
        BOOST_TEST(meetings.find("2026-") == std::string::npos);
        // Table rows in the order they were written, by-when dates in words.
        const std::string actions = section_text(text, "Actions");
        BOOST_TEST(shown_order(actions, kActions) == kActions, actions);
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(record_formats_test)

BOOST_AUTO_TEST_CASE(the_app_the_html_and_the_pdf_show_the_same_rows_in_the_same_order_and_words) {
    const WholeRecord whole = review();
    check("app", page_text(pcr::app::from_wx(pcr::app::record_html(whole.tools.front()))));

    const HtmlExporter exporter = HtmlExporter::load(std::filesystem::path(PCR_SOURCE_TEMPLATES) / "export");
    check("html", page_text(exporter.record(whole)));

    pcr::test::TempFolder folder;
    const auto pdf = folder.path() / "record.pdf";
    write_record_pdf(whole, pdf);
    // -layout keeps a table row's cells on one line, so rows read in order as they do on the page.
    check("pdf", pcr::test::collapse_spaces(pcr::test::command_output(
                     "pdftotext -layout -enc UTF-8 " + pcr::test::quoted(pdf) + " - 2>/dev/null")));
}

BOOST_AUTO_TEST_SUITE_END()
