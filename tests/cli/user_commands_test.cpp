// The command line with accounts: the first administrator, sign-in with --user, exit 3, and user list.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "cli_runner.h"

using pcr::test::kSmallCaseload;
using pcr::test::lines;
using pcr::test::run_cli;
using pcr::test::TempFolder;

namespace {

const std::string kAnn = "PCRECORDS_PASSWORD=ann's password";

// A database with the small caseload and ann, its administrator.
struct Protected {
    Protected() {
        std::ofstream(folder / "in.xml", std::ios::binary) << kSmallCaseload;
        BOOST_REQUIRE(run_cli({"--db", db, "import", (folder / "in.xml").string()}).code == 0);
        const auto added = run_cli({"--db", db, "user", "add", "ann", "--role", "administrator",
                                    "--full-name", "Ann Admin", "--staff", "S-0001"},
                                   "ann's password\n");
        BOOST_REQUIRE(added.code == 0);
    }
    TempFolder folder;
    std::string db = (folder / "records.db").string();
};

}  // namespace

BOOST_AUTO_TEST_SUITE(user_commands_test)

BOOST_AUTO_TEST_CASE(an_open_database_works_as_before_and_refuses_a_sign_in) {
    TempFolder folder;
    const std::string db = (folder / "records.db").string();
    BOOST_TEST(run_cli({"--db", db, "init"}).code == 0);
    BOOST_TEST(run_cli({"--db", db, "people"}).code == 0);
    BOOST_TEST(run_cli({"--db", db, "user", "list"}).out ==
               "name,full_name,role,staff,expires,status,last_sign_in\n");
    const auto signed_in = run_cli({"--db", db, "--user", "ann", "people"}, "", {kAnn});
    BOOST_TEST(signed_in.code == 3);
    BOOST_TEST(signed_in.err.find("has no accounts") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_first_account_must_be_an_administrator) {
    TempFolder folder;
    const std::string db = (folder / "records.db").string();
    BOOST_TEST(run_cli({"--db", db, "init"}).code == 0);
    const auto refused = run_cli({"--db", db, "user", "add", "bob", "--role", "manager"}, "bob's password\n");
    BOOST_TEST(refused.code == 1);
    BOOST_TEST(refused.err.find("The first account must be an administrator") != std::string::npos);
    BOOST_TEST(run_cli({"--db", db, "people"}).code == 0);  // still open
    const auto added =
        run_cli({"--db", db, "user", "add", "ann", "--role", "administrator"}, "ann's password\n");
    BOOST_TEST(added.code == 0);
    BOOST_TEST(added.err.find("now has accounts") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_protected_database_needs_sign_in_for_every_command) {
    Protected p;
    const auto none = run_cli({"--db", p.db, "people"});
    BOOST_TEST(none.code == 3);
    BOOST_TEST(lines(none.err).size() == 1u);
    BOOST_TEST(none.err.find("sign in with --user NAME") != std::string::npos);

    const auto no_password = run_cli({"--db", p.db, "--user", "ann", "people"});
    BOOST_TEST(no_password.code == 3);
    BOOST_TEST(no_password.err.find("PCRECORDS_PASSWORD") != std::string::npos);

    const auto wrong = run_cli({"--db", p.db, "--user", "ann", "people"}, "", {"PCRECORDS_PASSWORD=guess"});
    BOOST_TEST(wrong.code == 3);
    BOOST_TEST(wrong.err.find("The user name or password is wrong") != std::string::npos);
    const auto unknown = run_cli({"--db", p.db, "--user", "zed", "people"}, "", {kAnn});
    BOOST_TEST(unknown.code == 3);
    BOOST_TEST(unknown.err == wrong.err);

    const auto as = run_cli({"--db", p.db, "--as", "ann", "people"}, "", {kAnn});
    BOOST_TEST(as.code == 3);
    BOOST_TEST(as.err.find("--as is only for a database without them") != std::string::npos);

    const auto right = run_cli({"--db", p.db, "--user", "ann", "people"}, "", {kAnn});
    BOOST_TEST(right.code == 0);
    BOOST_TEST(lines(right.out).size() == 3u);
}

BOOST_AUTO_TEST_CASE(changes_are_recorded_under_the_signed_in_account) {
    Protected p;
    std::string renamed = kSmallCaseload;
    renamed.replace(renamed.find("Zoë Williams"), std::string("Zoë Williams").size(), "Zoë Rhys");
    std::ofstream(p.folder / "again.xml", std::ios::binary) << renamed;
    BOOST_TEST(
        run_cli({"--db", p.db, "--user", "ann", "import", (p.folder / "again.xml").string()}, "", {kAnn})
            .code == 0);
    const auto history = run_cli({"--db", p.db, "--user", "ann", "history", "--person", "P-1"}, "", {kAnn});
    BOOST_TEST(history.code == 0);
    BOOST_TEST(lines(history.out).back().find(",ann,") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(user_list_shows_every_account_and_its_status) {
    Protected p;
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "add", "bob", "--role", "support-worker",
                        "--expires", "2001-01-31"},
                       "bob's password\n", {kAnn})
                   .code == 0);
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "add", "cy", "--role", "senior", "--full-name",
                        "Cy, Senior"},
                       "cy's password\n", {kAnn})
                   .code == 0);
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "disable", "cy"}, "", {kAnn}).code == 0);
    const auto list = run_cli({"--db", p.db, "--user", "ann", "user", "list"}, "", {kAnn});
    BOOST_TEST(list.code == 0);
    const auto rows = lines(list.out);
    BOOST_REQUIRE(rows.size() == 4u);
    BOOST_TEST(rows[0] == "name,full_name,role,staff,expires,status,last_sign_in");
    BOOST_TEST(rows[1].rfind("ann,Ann Admin,administrator,S-0001,,active,20", 0) ==
               0u);  // signed in just now
    BOOST_TEST(rows[2] == "bob,,support-worker,,2001-01-31,expired,");
    BOOST_TEST(rows[3] == "cy,\"Cy, Senior\",senior,,,disabled,");
    BOOST_TEST(list.out.find("password") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(only_an_administrator_runs_user_commands_exit_three_naming_the_role) {
    Protected p;
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "add", "bob", "--role", "manager"},
                       "bob's password\n", {kAnn})
                   .code == 0);
    const std::string bob = "PCRECORDS_PASSWORD=bob's password";
    const auto refused = run_cli({"--db", p.db, "--user", "bob", "user", "list"}, "", {bob});
    BOOST_TEST(refused.code == 3);
    BOOST_TEST(refused.err ==
               "pcrecords-cli: Managing accounts needs the role administrator; bob is a manager.\n");
    BOOST_TEST(run_cli({"--db", p.db, "--user", "bob", "user", "add", "cy", "--role", "manager"},
                       "cy's password\n", {bob})
                   .code == 3);
    BOOST_TEST(run_cli({"--db", p.db, "--user", "bob", "people"}, "", {bob}).code == 0);
}

BOOST_AUTO_TEST_CASE(five_wrong_passwords_lock_and_an_administrator_unlocks) {
    Protected p;
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "add", "bob", "--role", "senior"},
                       "bob's password\n", {kAnn})
                   .code == 0);
    for (int i = 0; i < 5; ++i)
        BOOST_TEST(
            run_cli({"--db", p.db, "--user", "bob", "people"}, "", {"PCRECORDS_PASSWORD=guess"}).code == 3);
    const std::string bob = "PCRECORDS_PASSWORD=bob's password";
    const auto locked = run_cli({"--db", p.db, "--user", "bob", "people"}, "", {bob});
    BOOST_TEST(locked.code == 3);
    BOOST_TEST(locked.err.find("is locked after too many wrong passwords until") != std::string::npos);
    BOOST_TEST(lines(run_cli({"--db", p.db, "--user", "ann", "user", "list"}, "", {kAnn}).out)
                   .at(2)
                   .find(",locked,") != std::string::npos);
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "unlock", "bob"}, "", {kAnn}).code == 0);
    BOOST_TEST(run_cli({"--db", p.db, "--user", "bob", "people"}, "", {bob}).code == 0);
}

BOOST_AUTO_TEST_CASE(a_new_password_comes_from_standard_input) {
    Protected p;
    BOOST_TEST(
        run_cli({"--db", p.db, "--user", "ann", "user", "password", "ann"}, "ann's new password\n", {kAnn})
            .code == 0);
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "people"}, "", {kAnn}).code == 3);
    BOOST_TEST(
        run_cli({"--db", p.db, "--user", "ann", "people"}, "", {"PCRECORDS_PASSWORD=ann's new password"})
            .code == 0);
    const auto short_one = run_cli({"--db", p.db, "--user", "ann", "user", "password", "ann"}, "short\n",
                                   {"PCRECORDS_PASSWORD=ann's new password"});
    BOOST_TEST(short_one.code == 1);
    BOOST_TEST(short_one.err.find("at least 8 characters") != std::string::npos);
    const auto none = run_cli({"--db", p.db, "--user", "ann", "user", "add", "dee", "--role", "senior"}, "",
                              {"PCRECORDS_PASSWORD=ann's new password"});
    BOOST_TEST(none.code == 1);
    BOOST_TEST(none.err.find("standard input") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(user_command_mistakes_are_usage_errors) {
    Protected p;
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "add", "bob", "--role", "boss"}, "x\n", {kAnn})
                   .code == 2);
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "add", "bob"}, "x\n", {kAnn}).code == 2);
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "add"}, "x\n", {kAnn}).code == 2);
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "remove", "bob"}, "", {kAnn}).code == 2);
    BOOST_TEST(run_cli({"--db", p.db, "--user", "ann", "user", "add", "bob", "--role", "senior", "--expires",
                        "31/01/2027"},
                       "bob's password\n", {kAnn})
                   .code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
