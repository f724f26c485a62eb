// The command line and whose words: from="..." through import and export, a bad value refused, and
// reviews-without-person listing the meetings the dashboard lists.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "cli_runner.h"

using pcr::test::run_cli;

namespace {

const char* const kWhoseWords = R"(<?xml version="1.0" encoding="UTF-8"?>
<pcrecords format="1" exported="2026-11-26T14:00:00Z">
  <person id="P-1" status="active">
    <name>Zoë Smith</name>
    <record tool="one-page-profile">
      <section id="appreciation">
        <item from="family">Kind to everyone</item>
        <item>Funny</item>
      </section>
    </record>
    <record tool="person-centred-review">
      <section id="meetings">
        <row date="2026-05-02" from="person">
          <cell column="attendees"><attendee role="family">Alan</attendee><attendee role="staff">Sam</attendee></cell>
          <cell column="working">Swimming</cell>
        </row>
        <row date="2026-01-10">
          <cell column="attendees"><attendee role="person">Zoë</attendee></cell>
        </row>
      </section>
    </record>
  </person>
  <person id="P-2" status="active">
    <name>Al Jones</name>
    <record tool="person-centred-review">
      <section id="meetings">
        <row date="2026-04-01">
          <cell column="attendees"><attendee role="person">Al</attendee></cell>
        </row>
      </section>
    </record>
  </person>
</pcrecords>
)";

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool holds(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(whose_words_test)

BOOST_AUTO_TEST_CASE(from_goes_through_import_and_export_unchanged) {
    pcr::test::CliDatabase c({kWhoseWords});
    const auto out = c.folder / "out.xml";
    BOOST_TEST_REQUIRE(c.cli({"export", "--out", out.string()}).code == 0);
    const std::string exported = read_file(out);
    BOOST_TEST(holds(exported, "<item from=\"family\">Kind to everyone</item>"), exported);
    BOOST_TEST(holds(exported, "<item>Funny</item>"), exported);
    BOOST_TEST(holds(exported, "<row date=\"2026-05-02\" from=\"person\">"), exported);

    // Into a second database and out again: the same file but for its stamp.
    pcr::test::CliDatabase again({});
    BOOST_TEST_REQUIRE(again.cli({"import", out.string()}).code == 0);
    const auto second = again.folder / "again.xml";
    BOOST_TEST_REQUIRE(again.cli({"export", "--out", second.string()}).code == 0);
    const auto unstamped = [](std::string text) {
        const auto at = text.find("exported=\"");
        return text.erase(at, text.find('"', at + 10) + 1 - at);
    };
    BOOST_TEST(unstamped(read_file(second)) == unstamped(exported));
}

BOOST_AUTO_TEST_CASE(an_unknown_from_is_refused_with_file_and_line_and_nothing_changes) {
    pcr::test::CliDatabase c({kWhoseWords});
    std::string bad = kWhoseWords;
    bad.replace(bad.find("from=\"family\""), 13, "from=\"uncle\"");
    bad.replace(bad.find("P-1"), 3, "P-7");
    const auto file = c.folder / "bad.xml";
    std::ofstream(file, std::ios::binary) << bad;
    const auto result = c.cli({"import", file.string()});
    BOOST_TEST(result.code == 1);
    BOOST_TEST(holds(result.err, "bad.xml: line 7: <item>: from='uncle' is not whose words an entry can be"),
               result.err);
    BOOST_TEST(c.cli({"people"}).out ==
               "id,name,preferred_name,status\nP-2,Al Jones,,active\nP-1,Zoë Smith,,active\n");
}

BOOST_AUTO_TEST_CASE(reviews_without_the_person_are_listed_with_date_and_team) {
    pcr::test::CliDatabase c({kWhoseWords});
    BOOST_TEST(c.cli({"team", "add", "T-1", "--name", "North"}).code == 0);
    BOOST_TEST(c.cli({"assign", "--person", "P-1", "--team", "T-1"}).code == 0);
    const auto listed = c.cli({"--today", "2026-06-30", "reviews-without-person"});
    BOOST_TEST(listed.code == 0, listed.err);
    BOOST_TEST(listed.out == "person_id,name,date,teams\nP-1,Zoë Smith,2026-05-02,North\n");
    // A year on, the meeting is past the review period.
    BOOST_TEST(c.cli({"--today", "2027-06-30", "reviews-without-person"}).out ==
               "person_id,name,date,teams\n");
}

BOOST_AUTO_TEST_SUITE_END()
