// The working-together and themes commands on a small caseload (tests/data/working_together.xml): the exact
// CSV, the filters, and themes made from suggestions by a manager only.
#include <boost/test/unit_test.hpp>

#include "cli_runner.h"

namespace {

const std::string kXml = pcr::test::slurp(PCR_TEST_SOURCE_DIR "/data/working_together.xml");

struct Caseload : pcr::test::CliDatabase {
    Caseload() : CliDatabase({kXml.c_str()}) {}
};

const std::string kHeader = "person_id,source,date,perspective,kind,text\n";
const std::string kP1 =
    "P-1,person-centred-review,2025-11-02,,working,Music group\n"
    "P-1,person-centred-review,2025-11-02,,not-working,Calls missed at weekends\n"
    "P-1,person-centred-review,2026-05-10,,working,Seeing Dai at the club\n";
const std::string kP1Rows =
    "P-1,working-not-working,2026-03-01,person,working,Music on Sundays\n"
    "P-1,working-not-working,2026-03-01,person,not-working,Evening calls come too late\n"
    "P-1,working-not-working,2026-03-01,family,not-working,\"Calls cut short, often\"\n";
const std::string kP2 =
    "P-2,working-not-working,,staff,working,Walks by the river\n"
    "P-2,working-not-working,,staff,not-working,Calls missed\n";
const std::string kTeam =
    "T-1,working-not-working,2026-02-22,staff,working,Handovers on Mondays\n"
    "T-1,working-not-working,2026-02-22,staff,not-working,Rotas sent out late\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(working_together_commands_test)

BOOST_AUTO_TEST_CASE(working_together_lists_every_statement_of_active_people_and_the_team) {
    Caseload c;
    const auto all = c.cli({"working-together"});
    BOOST_TEST(all.code == 0, all.err);
    BOOST_TEST(all.out == kHeader + kP1 + kP1Rows + kP2 + kTeam);
    BOOST_TEST(c.cli({"working-together", "--team", "T-1"}).out == kHeader + kP1 + kP1Rows + kTeam);
    // A date range leaves out what is undated (P-2's record was never reviewed).
    BOOST_TEST(c.cli({"working-together", "--since", "2026-01-01", "--until", "2026-03-31"}).out ==
               kHeader + kP1Rows + kTeam);
    BOOST_TEST(c.cli({"working-together", "--since", "2026-05-10"}).out ==
               kHeader + "P-1,person-centred-review,2026-05-10,,working,Seeing Dai at the club\n");
    BOOST_TEST(c.cli({"working-together", "--since", "last week"}).code == 2);
}

BOOST_AUTO_TEST_CASE(themes_counts_statements_and_people_of_themes_made_from_suggestions) {
    Caseload c;
    BOOST_TEST(c.cli({"themes"}).out == "theme,kind,statements,people\n");
    const auto made = c.cli({"themes", "--from-suggestions"});
    BOOST_TEST(made.code == 0, made.err);
    // Four statements of what is not working say "calls", from P-1 and P-2; no other word is shared by three.
    BOOST_TEST(made.out == "theme,kind,statements,people\nCalls,not-working,4,2\n");
    BOOST_TEST(made.err == "Made 1 theme from suggestions.\n");
    BOOST_TEST(c.cli({"themes", "--team", "T-1"}).out ==
               "theme,kind,statements,people\nCalls,not-working,3,1\n");
    BOOST_TEST(c.cli({"themes", "--until", "2025-12-31"}).out ==
               "theme,kind,statements,people\nCalls,not-working,1,1\n");
    // Made again, nothing is left to suggest.
    BOOST_TEST(c.cli({"themes", "--from-suggestions"}).err == "Made 0 themes from suggestions.\n");
    const auto audit = c.cli({"audit"}).out;
    BOOST_TEST(audit.find("theme,") != std::string::npos, audit);
}

BOOST_AUTO_TEST_SUITE_END()
