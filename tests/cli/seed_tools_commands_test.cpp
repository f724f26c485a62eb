// The tools added from the seeds on the command line: their completeness and coverage, the whole record with
// the ratings chart as HTML and PDF, and the interchange file exported, imported and exported again
// unchanged.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "cli_runner.h"

using pcr::test::CliDatabase;
using pcr::test::lines;
using pcr::test::slurp;

namespace {

const char* const kSeedTools = R"(<?xml version="1.0" encoding="UTF-8"?>
<pcrecords format="1" exported="2026-06-30T10:00:00Z">
  <person id="P-R" status="active">
    <name>Rhoda Ratings</name>
    <record tool="outcome-ratings">
      <section id="ratings">
        <row date="2026-01-10"><cell column="domain">control</cell><cell column="rating">some-needs</cell></row>
        <row date="2026-01-10"><cell column="domain">personal-care</cell><cell column="rating">no-needs</cell></row>
        <row date="2026-01-10"><cell column="domain">food-drink</cell><cell column="rating">no-needs</cell></row>
        <row date="2026-01-10"><cell column="domain">accommodation</cell><cell column="rating">ideal</cell></row>
        <row date="2026-01-10"><cell column="domain">safety</cell><cell column="rating">high-needs</cell></row>
        <row date="2026-01-10"><cell column="domain">social</cell><cell column="rating">some-needs</cell></row>
        <row date="2026-01-10"><cell column="domain">occupation</cell><cell column="rating">some-needs</cell></row>
        <row date="2026-01-10"><cell column="domain">dignity</cell><cell column="rating">no-needs</cell></row>
        <row date="2026-06-01"><cell column="domain">control</cell><cell column="rating">ideal</cell><cell column="notes">I choose my own bedtime now</cell></row>
      </section>
    </record>
    <record tool="person-centred-risk" reviewed="2026-05-20">
      <section id="risks">
        <row><cell column="risk">Walking to the market</cell><cell column="what-matters">Choosing my own fruit</cell><cell column="agreed">On dry Fridays, with my pendant alarm</cell><cell column="who-decided">Me, with my son</cell><cell column="review-by">2026-08-20</cell><cell column="status">in-place</cell></row>
      </section>
    </record>
    <record tool="communication-chart" reviewed="2026-05-01">
      <section id="telling"><row><cell column="want-to-tell">I am tired</cell><cell column="to-do-this">put my glasses away</cell></row></section>
    </record>
  </person>
  <staff id="S-R" status="active">
    <name>Ruth Evans</name>
    <record tool="supervision">
      <section id="views"><row><cell column="from">person</cell><cell column="said">Never rushes me</cell></row></section>
      <section id="sessions"><row date="2026-06-10"><cell column="did-well">Market walk plan</cell><cell column="reflection">Letting Rhoda lead</cell></row></section>
      <section id="actions"><row><cell column="action">Dementia friends course</cell><cell column="who">Ruth</cell><cell column="by-when">2026-09-01</cell></row></section>
    </record>
    <record tool="staff-life-story"><section id="events"><row date="1988"><cell column="event">Born in Preston</cell></row></section></record>
  </staff>
</pcrecords>
)";

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The file without its exported="..." stamp, which differs from one export to the next.
std::string unstamped(std::string text) {
    const auto at = text.find("exported=\"");
    if (at != std::string::npos) text.erase(at, text.find('"', at + 10) + 1 - at);
    return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(seed_tools_commands_test)

BOOST_AUTO_TEST_CASE(completeness_and_coverage_list_the_new_tools) {
    CliDatabase c({kSeedTools});
    const auto done = c.cli({"--today", "2026-06-30", "completeness", "--person", "P-R"});
    BOOST_TEST(done.code == 0, done.err);
    const auto rows = lines(done.out);
    BOOST_TEST((std::find(rows.begin(), rows.end(), "P-R,outcome-ratings,100,1,1") != rows.end()), done.out);
    BOOST_TEST((std::find(rows.begin(), rows.end(), "P-R,person-centred-risk,100,1,1") != rows.end()),
               done.out);
    BOOST_TEST((std::find(rows.begin(), rows.end(), "P-R,communication-chart,0,0,1") != rows.end()),
               "the second grid does not count: " << done.out);
    const auto coverage = c.cli({"--today", "2026-06-30", "coverage"});
    BOOST_TEST(coverage.code == 0, coverage.err);
    BOOST_TEST(has(coverage.out, "outcome-ratings,person,1,1,100"), coverage.out);
    BOOST_TEST(has(coverage.out, "supervision,staff,1,1,100"), coverage.out);
    BOOST_TEST(has(coverage.out, "appraisal,staff,0,1,0"), coverage.out);
}

BOOST_AUTO_TEST_CASE(the_whole_record_draws_the_ratings_chart_in_html_and_pdf) {
    CliDatabase c({kSeedTools});
    const auto html_file = (c.folder / "r.html").string();
    const auto html = c.cli({"--today", "2026-06-30", "record", "P-R", "--out", html_file});
    BOOST_TEST(html.code == 0, html.err);
    const std::string page = slurp(html_file);
    BOOST_TEST(has(page, "<svg class=\"chart\""));
    BOOST_TEST(has(page, "Control over daily life"));
    BOOST_TEST(has(page, "<polyline class=\"rating\" points=\""));
    BOOST_TEST(has(page, "not rated yet") == false, "every area is rated");
    BOOST_TEST(has(page, "What matters to me about it"));
    BOOST_TEST(has(page, "We want to tell"));

    const auto pdf_file = (c.folder / "r.pdf").string();
    const auto pdf = c.cli({"--today", "2026-06-30", "record", "P-R", "--out", pdf_file});
    BOOST_TEST(pdf.code == 0, pdf.err);
    BOOST_TEST(slurp(pdf_file).rfind("%PDF-", 0) == 0u);
    const auto staff_file = (c.folder / "s.pdf").string();
    BOOST_TEST(c.cli({"--today", "2026-06-30", "record", "S-R", "--out", staff_file}).code == 0);
}

BOOST_AUTO_TEST_CASE(the_interchange_file_round_trips) {
    CliDatabase c({kSeedTools});
    const auto first = (c.folder / "first.xml").string();
    BOOST_REQUIRE(c.cli({"export", "--out", first}).code == 0);
    CliDatabase again({});
    BOOST_REQUIRE(again.cli({"import", first}).code == 0);
    const auto second = (again.folder / "second.xml").string();
    BOOST_REQUIRE(again.cli({"export", "--out", second}).code == 0);
    BOOST_TEST(unstamped(slurp(first)) == unstamped(slurp(second)));
    BOOST_TEST(has(slurp(first), "<section id=\"telling\">"));
    BOOST_TEST(has(slurp(first), "<record tool=\"supervision\">"));
}

BOOST_AUTO_TEST_SUITE_END()
