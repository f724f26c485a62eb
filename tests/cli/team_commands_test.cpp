// The command line's teams and caseloads: team, teams, assign, people --caseload, and what a support worker
// may see.
#include <boost/test/unit_test.hpp>

#include "cli_runner.h"

using pcr::test::kSmallCaseload;
using pcr::test::lines;
using pcr::test::run_cli;

namespace {

const char* const kStaff = R"(<?xml version="1.0" encoding="UTF-8"?>
<pcrecords format="1" exported="2026-11-26T14:00:00Z">
  <staff id="S-1" status="active"><name>Sam Support</name></staff>
  <staff id="S-2" status="active"><name>Ann Admin</name></staff>
</pcrecords>
)";

// The small caseload (P-1, P-2 active, P-3 archived) with staff S-1 and S-2, and no teams yet.
struct Caseload : pcr::test::CliDatabase {
    Caseload() : CliDatabase({kSmallCaseload, kStaff}) {}
};

bool holds(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(team_commands_test)

BOOST_AUTO_TEST_CASE(teams_are_added_listed_and_people_and_staff_assigned) {
    Caseload c;
    BOOST_TEST(c.cli({"teams"}).out == "id,name,people,staff\n");
    BOOST_TEST(c.cli({"team", "add", "T-1", "--name", "North"}).code == 0);
    BOOST_TEST(c.cli({"team", "add", "T-2", "--name", "South"}).code == 0);
    const auto twice = c.cli({"team", "add", "T-1", "--name", "Again"});
    BOOST_TEST(twice.code == 1);
    BOOST_TEST(holds(twice.err, "There is already a team T-1 (North)"), twice.err);
    BOOST_TEST(c.cli({"team", "add", "T-3"}).code == 2);

    BOOST_TEST(c.cli({"assign", "--person", "P-1", "--team", "T-1"}).code == 0);
    BOOST_TEST(c.cli({"assign", "--person", "P-2", "--team", "T-2"}).code == 0);
    BOOST_TEST(c.cli({"assign", "--staff", "S-1", "--team", "T-1"}).code == 0);
    const auto keyed = c.cli({"assign", "--person", "P-1", "--key-worker", "S-1"});
    BOOST_TEST(keyed.code == 0);
    BOOST_TEST(keyed.err == "The key worker of person P-1 is S-1.\n");
    BOOST_TEST(c.cli({"team", "rename", "T-2", "--name", "South and West"}).code == 0);
    BOOST_TEST(c.cli({"teams"}).out == "id,name,people,staff\nT-1,North,1,1\nT-2,South and West,1,0\n");

    const auto unknown = c.cli({"assign", "--person", "P-1", "--team", "T-9"});
    BOOST_TEST(unknown.code == 1);
    BOOST_TEST(holds(unknown.err, "There is no team T-9 in"), unknown.err);
    BOOST_TEST(c.cli({"assign", "--person", "P-1", "--key-worker", "S-9"}).code == 1);
    BOOST_TEST(c.cli({"assign", "--staff", "S-1", "--key-worker", "S-2"}).code == 2);
    BOOST_TEST(c.cli({"assign", "--person", "P-1"}).code == 2);

    // An open database lists everyone, as before teams.
    BOOST_TEST(c.cli({"people"}).out ==
               "id,name,preferred_name,status\nP-2,Siân Rhys,,active\nP-1,Zoë Williams,Zo,active\n");
    BOOST_TEST(c.cli({"people", "--caseload", "mine"}).out == "id,name,preferred_name,status\n");
    BOOST_TEST(c.cli({"people", "--caseload", "nobody"}).code == 2);

    BOOST_TEST(c.cli({"assign", "--person", "P-1", "--key-worker", "S-1", "--remove"}).code == 0);
    BOOST_TEST(c.cli({"assign", "--person", "P-2", "--team", "T-2", "--remove"}).code == 0);
    BOOST_TEST(c.cli({"assign", "--person", "P-2", "--team", "T-2", "--remove"}).code == 1);
    const auto history = c.cli({"history", "--person", "P-1"}).out;
    BOOST_TEST(holds(history, "joined team T-1"), history);
    BOOST_TEST(holds(history, "key worker now S-1"), history);
    BOOST_TEST(holds(history, "key worker S-1 removed"), history);
    BOOST_TEST(holds(c.cli({"history", "--person", "P-2"}).out, "left team T-2"));

    // The teams travel in the interchange file.
    const std::string file = (c.folder / "out.xml").string();
    BOOST_TEST(c.cli({"export", "--out", file}).code == 0);
    const std::string xml = pcr::test::slurp(file);
    BOOST_TEST(holds(xml, "<person id=\"P-1\" status=\"active\" teams=\"T-1\">"), xml);
    BOOST_TEST(holds(xml, "<staff id=\"S-1\" status=\"active\" teams=\"T-1\">"), xml);
    BOOST_TEST(holds(xml, "<team id=\"T-1\" name=\"North\">"), xml);
}

BOOST_AUTO_TEST_CASE(a_support_worker_sees_the_people_of_their_teams_and_their_own_first) {
    Caseload c;
    c.cli({"team", "add", "T-1", "--name", "North"});
    c.cli({"team", "add", "T-2", "--name", "South"});
    c.cli({"assign", "--person", "P-1", "--team", "T-1"});
    c.cli({"assign", "--person", "P-2", "--team", "T-2"});
    c.cli({"assign", "--staff", "S-1", "--team", "T-1"});
    c.cli({"assign", "--person", "P-1", "--key-worker", "S-1"});
    const std::string ann = "PCRECORDS_PASSWORD=ann's password";
    const std::string sam = "PCRECORDS_PASSWORD=sam's password";
    BOOST_REQUIRE(run_cli({"--db", c.db, "user", "add", "ann", "--role", "administrator", "--staff", "S-2"},
                          "ann's password\n")
                      .code == 0);
    BOOST_REQUIRE(run_cli({"--db", c.db, "--user", "ann", "user", "add", "sam", "--role", "support-worker",
                           "--staff", "S-1"},
                          "sam's password\n", {ann})
                      .code == 0);
    const auto as_sam = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", c.db, "--user", "sam"});
        return run_cli(args, "", {sam});
    };
    const std::string only_p1 = "id,name,preferred_name,status\nP-1,Zoë Williams,Zo,active\n";
    BOOST_TEST(as_sam({"people"}).out == only_p1);
    BOOST_TEST(as_sam({"people", "--caseload", "teams"}).out == only_p1);
    BOOST_TEST(as_sam({"people", "--caseload", "all"}).out == only_p1);
    for (const auto& line : lines(as_sam({"completeness"}).out)) BOOST_TEST(!holds(line, "P-2"), line);
    const auto refused = as_sam({"history", "--person", "P-2"});
    BOOST_TEST(refused.code == 3);
    BOOST_TEST(holds(refused.err, "none of your teams"), refused.err);
    BOOST_TEST(as_sam({"teams"}).out == "id,name,people,staff\nT-1,North,1,1\nT-2,South,0,0\n");

    // The administrator is key worker of nobody: every team's people.
    const auto everyone = run_cli({"--db", c.db, "--user", "ann", "people"}, "", {ann});
    BOOST_TEST(everyone.out ==
               "id,name,preferred_name,status\nP-2,Siân Rhys,,active\nP-1,Zoë Williams,Zo,active\n");
}

BOOST_AUTO_TEST_SUITE_END()
