// The evidence command as scripts use it: one CSV row per workbook topic, the lacking list of one topic, exit
// codes.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "cli_runner.h"

using pcr::test::kSmallCaseload;
using pcr::test::lines;
using pcr::test::run_cli;
using pcr::test::TempFolder;

namespace {

// A database holding the small caseload above.
struct Imported {
    TempFolder tmp;
    std::string db = (tmp / "e.db").string();
    Imported() {
        std::ofstream(tmp / "in.xml", std::ios::binary) << kSmallCaseload;
        BOOST_REQUIRE(run_cli({"--db", db, "import", (tmp / "in.xml").string()}).code == 0);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(evidence_command_test)

BOOST_AUTO_TEST_CASE(one_row_per_topic_with_self_assessed_topics_left_empty) {
    Imported c;
    auto r = run_cli({"--db", c.db, "--today", "2026-06-30", "evidence"});
    BOOST_TEST(r.code == 0);
    BOOST_TEST(r.err.empty());
    const auto rows = lines(r.out);
    BOOST_REQUIRE(rows.size() == 28u);
    BOOST_TEST(rows[0] == "topic,measure,count,total,coverage,suggested");
    BOOST_TEST(rows[1] == "1.1,one-page-profile/appreciation,1,2,50,4");
    BOOST_TEST(rows[3] == "1.3,one-page-profile,0,2,0,3");
    BOOST_TEST(rows[4] == "1.4,outcomes,0,2,0,1");
    BOOST_TEST(rows[11] == "2.1,,,,,");
    BOOST_TEST(rows[14] == "3.1,one-page-profile,0,0,0,1");
    BOOST_TEST(rows[16] == "3.3,team-purpose,0,1,0,1");
    BOOST_TEST(rows[27] == "3.14,,,,,");
}

BOOST_AUTO_TEST_CASE(the_day_judged_on_changes_the_evidence) {
    Imported c;
    auto later = run_cli({"--db", c.db, "--today", "2027-06-02", "evidence"});
    BOOST_TEST(later.code == 0);
    // Appreciation needs no currency: a year on it still counts.
    BOOST_TEST(lines(later.out)[1] == "1.1,one-page-profile/appreciation,1,2,50,4");
}

BOOST_AUTO_TEST_CASE(topic_lists_who_lacks_the_record_and_why) {
    Imported c;
    auto r = run_cli({"--db", c.db, "--today", "2026-06-30", "evidence", "--topic", "1.3"});
    BOOST_TEST(r.code == 0);
    BOOST_TEST(r.out ==
               "kind,id,name,reason\n"
               "person,P-1,Zo,incomplete: important-to-me needs 2 more items; how-to-support needs 3 more "
               "items\n"
               "person,P-2,Siân Rhys,no record\n");
    auto team = run_cli({"--db", c.db, "--today", "2026-06-30", "evidence", "--topic", "3.4"});
    BOOST_TEST(team.out == "kind,id,name,reason\nteam,team,the team,no record\n");
    auto self = run_cli({"--db", c.db, "--today", "2026-06-30", "evidence", "--topic", "2.1"});
    BOOST_TEST(self.code == 0);
    BOOST_TEST(self.out == "kind,id,name,reason\n");
    BOOST_TEST(self.err.find("self-assessed") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unknown_topic_or_database_is_a_user_error) {
    Imported c;
    auto r = run_cli({"--db", c.db, "evidence", "--topic", "9.9"});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.out.empty());
    BOOST_TEST(r.err.find("No topic '9.9'") != std::string::npos);
    BOOST_TEST(r.err.find("3.14") != std::string::npos);
    BOOST_TEST(run_cli({"--db", (c.tmp / "missing.db").string(), "evidence"}).code == 1);
    BOOST_TEST(run_cli({"--db", c.db, "evidence", "--topic"}).code == 2);
    BOOST_TEST(run_cli({"--db", c.db, "evidence", "extra"}).code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
