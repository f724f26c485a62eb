// The audit command as scripts use it: the trail as CSV, filtered; imports and exports recorded; check
// finding an altered trail.
#include <SQLiteCpp/SQLiteCpp.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "cli_runner.h"

using pcr::test::kSmallCaseload;
using pcr::test::lines;
using pcr::test::run_cli;
using pcr::test::TempFolder;

namespace {

// A database with the small caseload imported by "importer".
struct Imported {
    Imported() {
        std::ofstream(tmp / "in.xml", std::ios::binary) << kSmallCaseload;
        BOOST_REQUIRE(run_cli({"--db", db, "--as", "importer", "import", (tmp / "in.xml").string()}).code ==
                      0);
    }
    std::string out(const std::string& name) const { return (tmp / name).string(); }
    TempFolder tmp;
    std::string db = (tmp / "a.db").string();
};

// The lines of CSV output after the header, with the stamp (the first field) cut off.
std::vector<std::string> rows_without_when(const std::string& csv) {
    std::vector<std::string> rows;
    const auto all = lines(csv);
    for (std::size_t i = 1; i < all.size(); ++i) rows.push_back(all[i].substr(all[i].find(',') + 1));
    return rows;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(audit_command_test)

BOOST_AUTO_TEST_CASE(the_trail_lists_changes_and_the_import_oldest_first) {
    Imported c;
    const auto r = run_cli({"--db", c.db, "audit"});
    BOOST_TEST(r.code == 0);
    BOOST_TEST(lines(r.out).at(0) == "when,user,action,subject,detail");
    const std::vector<std::string> expected{
        "importer,change,P-1,added",
        "importer,change,P-1,one-page-profile: added with 2 sections; reviewed 2026-06-01",
        "importer,change,P-2,added",
        "importer,change,P-3,added",
        "importer,import,," + c.out("in.xml"),
    };
    BOOST_TEST(rows_without_when(r.out) == expected, boost::test_tools::per_element());
    // When, in UTC: "2026-12-05T22:24:38Z".
    const std::string when = lines(r.out).at(1).substr(0, lines(r.out).at(1).find(','));
    BOOST_TEST(when.size() == 20u);
    BOOST_TEST(when[10] == 'T');
    BOOST_TEST(when.back() == 'Z');
}

BOOST_AUTO_TEST_CASE(exports_record_who_exported_whose_record_in_which_format) {
    Imported c;
    BOOST_TEST(run_cli({"--db", c.db, "--as", "ann", "profile", "P-1", "--out", c.out("p1.pdf")}).code == 0);
    BOOST_TEST(run_cli({"--db", c.db, "--as", "bob", "record", "P-2", "--out", c.out("p2.HTML")}).code == 0);
    BOOST_TEST(
        run_cli({"--db", c.db, "--as", "cy", "export", "--person", "P-1", "--out", c.out("p1.xml")}).code ==
        0);
    BOOST_TEST(
        run_cli({"--db", c.db, "--as", "dee", "profiles", "--out", c.out("all"), "--format", "html"}).code ==
        0);
    const auto r = run_cli({"--db", c.db, "audit", "--person", "P-1"});
    BOOST_TEST(r.code == 0);
    const std::vector<std::string> expected{
        "importer,change,P-1,added",
        "importer,change,P-1,one-page-profile: added with 2 sections; reviewed 2026-06-01",
        "ann,export,P-1,profile pdf",
        "cy,export,P-1,interchange xml",
        "dee,export,P-1,profile html",
    };
    BOOST_TEST(rows_without_when(r.out) == expected, boost::test_tools::per_element());
    // P-2 has no profile: the bulk export skipped them, so it recorded nothing of theirs.
    // `audit --user NAME` filters by who, as --by does.
    const auto bob = run_cli({"--db", c.db, "audit", "--user", "bob"});
    BOOST_TEST(rows_without_when(bob.out) == std::vector<std::string>{"bob,export,P-2,record html"},
               boost::test_tools::per_element());
    const auto dee = run_cli({"--db", c.db, "audit", "--by", "dee"});
    BOOST_TEST(rows_without_when(dee.out).size() == 1u);
    BOOST_TEST(run_cli({"--db", c.db, "audit", "--user=dee"}).out == dee.out);
}

BOOST_AUTO_TEST_CASE(since_a_day_and_a_bad_day) {
    Imported c;
    BOOST_TEST(lines(run_cli({"--db", c.db, "audit", "--since", "2999-01-01"}).out).size() == 1u);
    BOOST_TEST(lines(run_cli({"--db", c.db, "audit", "--since", "2000-01-01"}).out).size() == 6u);
    const auto bad = run_cli({"--db", c.db, "audit", "--since", "yesterday"});
    BOOST_TEST(bad.code == 2);
    BOOST_TEST(bad.err.find("--since needs a date as YYYY-MM-DD, not 'yesterday'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(check_names_the_entry_where_the_trail_was_altered) {
    Imported c;
    BOOST_TEST(run_cli({"--db", c.db, "check"}).out == "ok\n");
    {
        SQLite::Database db(c.db, SQLite::OPEN_READWRITE);
        db.exec("DROP TRIGGER audit_log_no_update");
        db.exec("UPDATE audit_log SET user_name = 'someone' WHERE audit_no = 2");
    }
    const auto r = run_cli({"--db", c.db, "check"});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(
        lines(r.err).at(0) ==
        "The audit trail was altered at entry 2: its content does not match its hash (it was changed, or "
        "inserted).");
}

BOOST_AUTO_TEST_CASE(signoff_signs_the_current_version_and_is_in_the_history_and_the_trail) {
    Imported c;
    const auto r = run_cli({"--db", c.db, "--as", "sam", "signoff", "--person", "P-1", "--tool",
                            "one-page-profile", "--comment", "Read with Ann"});
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    BOOST_TEST(r.err.find("Signed off by sam on ") == 0u, r.err);
    BOOST_TEST(r.err.find(": Read with Ann.") != std::string::npos, r.err);
    const auto history = run_cli({"--db", c.db, "history", "--person", "P-1"});
    BOOST_TEST(history.out.find(",sam,one-page-profile,signed off: Read with Ann") != std::string::npos,
               history.out);
    const auto trail = run_cli({"--db", c.db, "audit", "--by", "sam"});
    BOOST_TEST(rows_without_when(trail.out).size() == 1u, trail.out);
    BOOST_TEST(run_cli({"--db", c.db, "signoff", "--person", "P-1", "--tool", "no-such-tool"}).code == 1);
    BOOST_TEST(run_cli({"--db", c.db, "signoff", "--person", "P-404", "--tool", "one-page-profile"}).code ==
               1);
}

BOOST_AUTO_TEST_SUITE_END()
