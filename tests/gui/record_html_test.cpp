// Tests of the record page: every value escaped, dated rows newest first, choice labels, paragraphs, empty
// states.
#include "app/views/record_html.h"

#include <boost/test/unit_test.hpp>

#include "app/html_escape.h"
#include "app/wx_text.h"
#include "model/domain/completeness.h"

using namespace pcr::model;
using pcr::app::from_wx;

namespace {

const Date kToday(2026, 6, 30);

const TemplateRegistry& templates() {
    static const TemplateRegistry registry = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
    return registry;
}

ToolStanding standing(const std::string& tool_id, std::optional<Record> record) {
    ToolStanding s;
    s.tool = &templates().get(tool_id);
    if (record) s.status = assess(*s.tool, *record, kToday);
    s.record = std::move(record);
    return s;
}

Entry log_row(const std::string& date, const std::string& did) {
    Entry e;
    e.date = date;
    e.cell_for_update("what-they-did").text = did;
    e.cell_for_update("worked-well").text = "Going early";
    e.cell_for_update("did-not-work").text = "Rain";
    return e;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(record_html_test)

BOOST_AUTO_TEST_CASE(escapes_markup_in_any_value) {
    BOOST_TEST(pcr::app::escape_html("<b>Tom & \"Jerry\"</b> 'x'") ==
               "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; &#39;x&#39;");
    BOOST_TEST(pcr::app::escape_html("Zoë") == "Zoë");
    BOOST_TEST(pcr::app::html_lines("a<\nb") == "a&lt;<br>b");

    Record profile;
    profile.tool = "one-page-profile";
    profile.reviewed = Date(2026, 1, 5);
    profile.section_for_update("appreciation")
        .entries.push_back(Entry{0, "", "<script>alert(1)</script>", {}});
    const std::string page = from_wx(pcr::app::record_html(standing("one-page-profile", profile)));
    BOOST_TEST(page.find("<script>") == std::string::npos);
    BOOST_TEST(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(dated_rows_come_newest_first_under_the_templates_column_titles) {
    Record log;
    log.tool = "learning-log";
    auto& entries = log.section_for_update("entries").entries;
    entries.push_back(log_row("2026-01-10", "Walked to the market"));
    entries.push_back(log_row("2026-05-02", "Baked bread"));
    entries.push_back(log_row("2025-11-20", "Swimming"));
    const std::string page = from_wx(pcr::app::record_html(standing("learning-log", log)));

    const auto bread = page.find("Baked bread"), market = page.find("Walked to the market"),
               swim = page.find("Swimming");
    BOOST_TEST(bread < market);
    BOOST_TEST(market < swim);
    BOOST_TEST(page.find("2 May 2026") != std::string::npos);
    BOOST_TEST(page.find(templates().get("learning-log").sections.front().columns.front().title) !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(choice_cells_show_their_labels) {
    const ToolTemplate& circle = templates().get("relationship-circle");
    const Column* group = circle.sections.front().column("group");
    BOOST_REQUIRE(group);
    const Choice* paid = group->find_choice("paid-support");
    BOOST_REQUIRE(paid);
    BOOST_REQUIRE(paid->label != paid->value);

    Record record;
    record.tool = "relationship-circle";
    Entry row;
    row.cell_for_update("name").text = "Alan Jones";
    row.cell_for_update("circle").text = "1";
    row.cell_for_update("group").text = "paid-support";
    record.section_for_update("people").entries.push_back(row);
    const std::string page = from_wx(pcr::app::record_html(standing("relationship-circle", record)));
    BOOST_TEST(page.find(pcr::app::escape_html(paid->label)) != std::string::npos);
    BOOST_TEST(page.find(">paid-support<") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(text_reads_as_paragraphs_with_their_line_breaks_and_empty_rows_as_nothing_written) {
    Record agreement;
    agreement.tool = "decision-making-agreement";
    agreement.section_for_update("more-control").text = "one <b>\ntwo\n\nthree";
    // A row with nothing typed in it is not shown: its section reads as not written yet.
    agreement.section_for_update("decisions").entries.push_back(Entry{});
    const std::string page = from_wx(pcr::app::record_html(standing("decision-making-agreement", agreement)));
    BOOST_TEST(page.find("<p>one &lt;b&gt;<br>two</p><p>three</p>") != std::string::npos);
    BOOST_TEST(page.find("<i>Nothing written yet.</i>") != std::string::npos);
    BOOST_TEST(page.find("<td") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_tool_without_a_record_says_so_and_lists_what_it_asks) {
    const std::string page = from_wx(pcr::app::record_html(standing("one-page-profile", std::nullopt)));
    BOOST_TEST(page.find("No one-page profile yet.") != std::string::npos);
    for (const auto& section : templates().get("one-page-profile").sections)
        BOOST_TEST(page.find(pcr::app::escape_html(section.title)) != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
