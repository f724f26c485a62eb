// The migrate command: a whole database copied into a new one (a server's, or a file), checked, all or
// nothing.
#include <boost/test/unit_test.hpp>

#include "cli_runner.h"

using pcr::test::CliDatabase;
using pcr::test::kSmallCaseload;
using pcr::test::run_cli;
using pcr::test::slurp;

BOOST_AUTO_TEST_SUITE(migrate_command_test)

BOOST_AUTO_TEST_CASE(a_copy_exports_as_the_original_and_reports_what_it_copied) {
    CliDatabase original({kSmallCaseload});
    const std::string copy = (original.folder / "copy.pcrdb").string();
    const auto moved = run_cli({"migrate", "--from", original.db, "--to", copy});
    BOOST_TEST_REQUIRE(moved.code == 0, moved.err);
    BOOST_TEST(moved.err.find("Every table's rows were counted on both sides and the audit trail checked") !=
               std::string::npos);
    BOOST_TEST(original.cli({"export", "--out", (original.folder / "a.xml").string()}).code == 0);
    BOOST_TEST(run_cli({"--db", copy, "export", "--out", (original.folder / "b.xml").string()}).code == 0);
    // The same file but for the moment each was written.
    const auto body = [](std::string text) { return text.substr(text.find('\n', text.find("exported="))); };
    BOOST_TEST(body(slurp(original.folder / "a.xml")) == body(slurp(original.folder / "b.xml")));
    BOOST_TEST(run_cli({"--db", copy, "check"}).code == 0);
}

BOOST_AUTO_TEST_CASE(a_database_that_holds_records_is_not_copied_into) {
    CliDatabase original({kSmallCaseload});
    CliDatabase other({kSmallCaseload});
    const auto refused = run_cli({"migrate", "--from", original.db, "--to", other.db});
    BOOST_TEST(refused.code == 1);
    BOOST_TEST(refused.err.find("it already holds records") != std::string::npos, refused.err);
}

BOOST_AUTO_TEST_CASE(migrate_needs_where_to) {
    CliDatabase original({kSmallCaseload});
    const auto refused = run_cli({"migrate", "--from", original.db});
    BOOST_TEST(refused.code == 2);
    BOOST_TEST(refused.err.find("migrate needs --to") != std::string::npos, refused.err);
}

BOOST_AUTO_TEST_SUITE_END()
