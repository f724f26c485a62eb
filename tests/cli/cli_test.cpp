// The command line as scripts use it: exit codes, CSV output, and messages naming what and where.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "cli_runner.h"

using pcr::test::kSmallCaseload;
using pcr::test::lines;
using pcr::test::run_cli;
using pcr::test::run_cli_on_file;
using pcr::test::TempFolder;

namespace {

const std::string kDay = "2026-06-30";

void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_test)

BOOST_AUTO_TEST_CASE(help_and_version_exit_zero) {
    auto help = run_cli({"--help"});
    BOOST_TEST(help.code == 0);
    BOOST_TEST(help.out.find("completeness") != std::string::npos);
    auto version = run_cli({"--version"});
    BOOST_TEST(version.code == 0);
    BOOST_TEST(version.out.rfind("pcrecords-cli ", 0) == 0);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_two) {
    TempFolder tmp;
    const std::string db = (tmp / "a.db").string();
    BOOST_TEST(run_cli({"--db", db, "frobnicate"}).code == 2);
    BOOST_TEST(run_cli({"people"}).code == 2);  // no --db
    BOOST_TEST(run_cli({"--db", db, "people", "--colour", "red"}).code == 2);
    BOOST_TEST(run_cli({"--db", db, "--today", "2026-13-01", "people"}).code == 2);
    auto r = run_cli({"--db", db, "demo", "--people", "many"});
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err.find("--people") != std::string::npos);
}

// A server database a test names is made on first use, so only a file can be missing.
BOOST_AUTO_TEST_CASE(missing_database_is_a_user_error_naming_the_file,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    TempFolder tmp;
    const std::string db = (tmp / "missing.db").string();
    auto r = run_cli({"--db", db, "people"});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.find("missing.db") != std::string::npos);
    BOOST_TEST(lines(r.err).size() == 1u);
    BOOST_TEST(!std::filesystem::exists(db));
}

BOOST_AUTO_TEST_CASE(init_refuses_a_file_that_is_not_a_database,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    TempFolder tmp;
    const auto file = tmp / "notes.txt";
    write(file, "shopping list\n");
    auto r = run_cli({"--db", file.string(), "init"});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.find("notes.txt") != std::string::npos);
    BOOST_TEST(pcr::test::slurp(file) == "shopping list\n");
}

BOOST_AUTO_TEST_CASE(import_then_people_with_accent_insensitive_search) {
    TempFolder tmp;
    const std::string db = (tmp / "a.db").string();
    write(tmp / "in.xml", kSmallCaseload);
    BOOST_TEST(run_cli({"--db", db, "init"}).code == 0);
    auto imported = run_cli({"--db", db, "import", (tmp / "in.xml").string()});
    BOOST_TEST(imported.code == 0);
    BOOST_TEST(imported.out == "people,staff,records,assessments\n3,0,1,0\n");

    auto all_active = run_cli({"--db", db, "people"});
    BOOST_TEST(all_active.out ==
               "id,name,preferred_name,status\nP-2,Siân Rhys,,active\nP-1,Zoë Williams,Zo,active\n");
    auto zoe = run_cli({"--db", db, "people", "--search", "zoe"});
    BOOST_TEST(zoe.out == "id,name,preferred_name,status\nP-1,Zoë Williams,Zo,active\n");
    auto sian = run_cli({"--db", db, "people", "--search", "SIAN"});
    BOOST_TEST(lines(sian.out).size() == 2u);
    auto archived = run_cli({"--db", db, "people", "--search", "lukasz", "--all"});
    BOOST_TEST(archived.out == "id,name,preferred_name,status\nP-3,Łukasz Wójcik,,archived\n");
    BOOST_TEST(lines(run_cli({"--db", db, "people", "--search", "lukasz"}).out).size() == 1u);
}

BOOST_AUTO_TEST_CASE(completeness_and_coverage_on_a_fixed_day) {
    TempFolder tmp;
    const std::string db = (tmp / "a.db").string();
    write(tmp / "in.xml", kSmallCaseload);
    BOOST_TEST(run_cli({"--db", db, "import", (tmp / "in.xml").string()}).code == 0);
    auto c = run_cli({"--db", db, "--today", kDay, "completeness"});
    BOOST_TEST(c.code == 0);
    // appreciation meets its minimum of 3, important-to-me has 1 of 3, how-to-support nothing: 1 of 3
    // sections.
    BOOST_TEST(c.out == "person_id,tool,completeness,complete,current\nP-1,one-page-profile,33,0,1\n");
    auto later = run_cli({"--db", db, "--today", "2027-06-02", "completeness", "--person", "P-1"});
    BOOST_TEST(later.out == "person_id,tool,completeness,complete,current\nP-1,one-page-profile,33,0,0\n");
    auto cov = run_cli({"--db", db, "--today", kDay, "coverage"});
    BOOST_TEST(cov.code == 0);
    BOOST_TEST(cov.out.find("one-page-profile,person,0,2,0\n") != std::string::npos);
    BOOST_TEST(cov.out.rfind("tool,scope,complete_and_current,total,coverage\n", 0) == 0);
}

BOOST_AUTO_TEST_CASE(bad_import_exits_one_and_changes_nothing) {
    TempFolder tmp;
    const std::string db = (tmp / "a.db").string();
    write(tmp / "in.xml", kSmallCaseload);
    BOOST_TEST(run_cli({"--db", db, "import", (tmp / "in.xml").string()}).code == 0);
    std::string bad = kSmallCaseload;
    bad.replace(bad.find("Siân Rhys"), 9, "Siân Rhys Updated");
    bad.replace(bad.find("tool=\"one-page-profile\""), 23, "tool=\"one-page-profiel\"");
    write(tmp / "bad.xml", bad);
    auto r = run_cli({"--db", db, "import", (tmp / "bad.xml").string()});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.find("one-page-profiel") != std::string::npos);
    BOOST_TEST(r.err.find("line 7") != std::string::npos);
    BOOST_TEST(run_cli({"--db", db, "people", "--search", "updated"}).out ==
               "id,name,preferred_name,status\n");
}

BOOST_AUTO_TEST_CASE(export_round_trip_history_check_and_backup) {
    TempFolder tmp;
    const std::string db = (tmp / "a.db").string();
    write(tmp / "in.xml", kSmallCaseload);
    BOOST_TEST(run_cli({"--db", db, "import", (tmp / "in.xml").string()}).code == 0);
    BOOST_TEST(run_cli({"--db", db, "export", "--out", (tmp / "out1.xml").string()}).code == 0);
    const std::string db2 = (tmp / "b.db").string();
    BOOST_TEST(run_cli({"--db", db2, "import", (tmp / "out1.xml").string()}).code == 0);
    BOOST_TEST(run_cli({"--db", db2, "export", "--out", (tmp / "out2.xml").string()}).code == 0);
    auto strip_stamp = [](std::string s) {
        auto at = s.find("exported=\"");
        return s.erase(at, s.find('"', at + 10) - at);
    };
    BOOST_TEST(strip_stamp(pcr::test::slurp(tmp / "out1.xml")) ==
               strip_stamp(pcr::test::slurp(tmp / "out2.xml")));

    auto one = run_cli({"--db", db, "export", "--out", (tmp / "p1.xml").string(), "--person", "P-1"});
    BOOST_TEST(one.code == 0);
    const std::string p1 = pcr::test::slurp(tmp / "p1.xml");
    BOOST_TEST(p1.find("Zoë Williams") != std::string::npos);
    BOOST_TEST(p1.find("Siân") == std::string::npos);
    BOOST_TEST(run_cli({"--db", db, "export", "--out", (tmp / "x.xml").string(), "--person", "P-404"}).code ==
               1);

    auto history = run_cli({"--db", db, "history", "--person", "P-1"});
    BOOST_TEST(history.code == 0);
    const auto rows = lines(history.out);
    BOOST_REQUIRE(rows.size() >= 3u);
    BOOST_TEST(rows[0] == "when,who,tool,change");
    BOOST_TEST(history.out.find(",one-page-profile,") != std::string::npos);

    auto check = run_cli({"--db", db, "check"});
    BOOST_TEST(check.code == 0);
    BOOST_TEST(check.out == "ok\n");

    BOOST_TEST(run_cli({"--db", db, "backup", "--out", (tmp / "copy.db").string()}).code == 0);
    BOOST_TEST(run_cli_on_file(tmp / "copy.db", {"people"}).out == run_cli({"--db", db, "people"}).out);
}

BOOST_AUTO_TEST_CASE(demo_is_deterministic) {
    TempFolder tmp;
    const std::string a = (tmp / "a.db").string(), b = (tmp / "b.db").string();
    const std::vector<std::string> opts = {"--today", kDay,     "demo", "--people", "40", "--staff",
                                           "5",       "--logs", "300",  "--seed",   "7"};
    std::vector<std::string> args_a = {"--db", a}, args_b = {"--db", b};
    args_a.insert(args_a.end(), opts.begin(), opts.end());
    args_b.insert(args_b.end(), opts.begin(), opts.end());
    auto r = run_cli(args_a);
    BOOST_TEST(r.code == 0);
    BOOST_TEST(lines(r.out).at(1).rfind("40,5,", 0) == 0);
    BOOST_TEST(run_cli(args_b).code == 0);
    BOOST_TEST(run_cli({"--db", a, "people", "--all"}).out == run_cli({"--db", b, "people", "--all"}).out);
    BOOST_TEST(run_cli({"--db", a, "--today", kDay, "completeness"}).out ==
               run_cli({"--db", b, "--today", kDay, "completeness"}).out);
}

BOOST_AUTO_TEST_CASE(demo_refuses_a_database_holding_people_unless_told_to_overwrite) {
    TempFolder tmp;
    const std::string db = (tmp / "care.db").string();
    write(tmp / "in.xml", kSmallCaseload);
    BOOST_TEST(run_cli({"--db", db, "import", (tmp / "in.xml").string()}).code == 0);
    const std::string before = run_cli({"--db", db, "people", "--all"}).out;

    auto refused = run_cli({"--db", db, "--today", kDay, "demo", "--people", "5", "--staff", "2"});
    BOOST_TEST(refused.code == 1);
    BOOST_TEST(lines(refused.err).size() == 1u, refused.err);
    BOOST_TEST(refused.err.find(pcr::test::shown(db)) != std::string::npos, refused.err);
    BOOST_TEST(refused.err.find("3 people") != std::string::npos, refused.err);
    BOOST_TEST(refused.err.find("--overwrite") != std::string::npos, refused.err);
    BOOST_TEST(run_cli({"--db", db, "people", "--all"}).out == before);

    auto overwritten =
        run_cli({"--db", db, "--today", kDay, "demo", "--people", "5", "--staff", "2", "--overwrite"});
    BOOST_TEST(overwritten.code == 0, overwritten.err);
    BOOST_TEST(lines(run_cli({"--db", db, "people", "--all"}).out).size() == 1u + 3u + 5u);
}

BOOST_AUTO_TEST_SUITE_END()
