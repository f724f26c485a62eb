// The backups, restore and settings commands: the `when,file,size,ok` listing, restoring with a copy kept,
// refusals that leave the database as it was, settings and who may use them.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <regex>

#include "cli_runner.h"

using pcr::test::kSmallCaseload;
using pcr::test::lines;
using pcr::test::run_cli;
using pcr::test::TempFolder;

namespace {

const std::string kPassword = "a long enough password";

// A database with the small caseload imported into it, then a team added: one backup, made before the team
// (a database with nothing in it, as before the import, has nothing to back up).
struct Imported {
    Imported() {
        std::ofstream(tmp / "in.xml", std::ios::binary) << kSmallCaseload;
        BOOST_REQUIRE(run_cli({"--db", db, "init"}).code == 0);
        BOOST_REQUIRE(run_cli({"--db", db, "import", (tmp / "in.xml").string()}).code == 0);
        BOOST_REQUIRE(run_cli({"--db", db, "team", "add", "T-1", "--name", "Home"}).code == 0);
    }
    TempFolder tmp;
    std::string db = (tmp / "care.pcrdb").string();
};

}  // namespace

BOOST_AUTO_TEST_SUITE(backup_commands_test)

BOOST_AUTO_TEST_CASE(backups_lists_when_file_size_ok) {
    Imported d;
    const auto r = run_cli({"--db", d.db, "backups"});
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(r.err == "");
    const auto rows = lines(r.out);
    BOOST_TEST_REQUIRE(rows.size() == 2u, r.out);
    BOOST_TEST(rows[0] == "when,file,size,ok");
    const std::regex row(
        R"((\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ),(.*/care\.backups/care-\d{4}-\d\d-\d\dT\d{6}-daily\.pcrdb),(\d+),1)");
    std::smatch parts;
    BOOST_TEST_REQUIRE(std::regex_match(rows[1], parts, row), rows[1]);
    BOOST_TEST(std::stoull(parts[3]) == std::filesystem::file_size(parts[2].str()));
}

BOOST_AUTO_TEST_CASE(restore_from_a_backup_keeps_a_copy_of_the_current_file) {
    Imported d;
    const std::string earlier = (d.tmp / "earlier.pcrdb").string();
    BOOST_REQUIRE(run_cli({"--db", d.db, "backup", "--out", earlier}).code == 0);
    BOOST_REQUIRE(run_cli({"--db", d.db, "team", "add", "T-2", "--name", "Away"}).code == 0);

    const auto r = run_cli({"--db", d.db, "restore", "--from", earlier});
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(
        r.err.rfind("Restored " + d.db + " from " + earlier + ". The file it replaced is kept as ", 0) == 0u,
        r.err);
    const auto teams = run_cli({"--db", d.db, "teams"}).out;
    BOOST_TEST(teams.find("T-1,") != std::string::npos, teams);
    BOOST_TEST(teams.find("T-2,") == std::string::npos, teams);

    const auto listed = run_cli({"--db", d.db, "backups"}).out;
    BOOST_TEST(listed.find("-before-restore.pcrdb,") != std::string::npos, listed);
    const auto trail = lines(run_cli({"--db", d.db, "audit"}).out);
    BOOST_TEST_REQUIRE(!trail.empty());
    BOOST_TEST(trail.back().find(",restore,,earlier.pcrdb") != std::string::npos, trail.back());
    BOOST_TEST(run_cli({"--db", d.db, "check"}).out == "ok\n");
}

BOOST_AUTO_TEST_CASE(restore_refuses_a_file_that_is_no_pcrecords_database) {
    Imported d;
    const std::string notes = (d.tmp / "notes.pcrdb").string();
    std::ofstream(notes) << "These are notes, not a database; SQLite will not take them for one at all.";
    const auto before = run_cli({"--db", d.db, "people", "--all"}).out;
    const auto r = run_cli({"--db", d.db, "restore", "--from", notes});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err == "pcrecords-cli: Cannot restore " + d.db + " from " + notes +
                            ": it is not a pcrecords database. The database was not changed.\n");
    BOOST_TEST(run_cli({"--db", d.db, "people", "--all"}).out == before);
    BOOST_TEST(run_cli({"--db", d.db, "restore"}).code == 2);
}

BOOST_AUTO_TEST_CASE(settings_list_and_change) {
    Imported d;
    auto r = run_cli({"--db", d.db, "settings"});
    BOOST_TEST(r.code == 0, r.err);
    auto rows = lines(r.out);
    BOOST_TEST_REQUIRE(rows.size() == 5u, r.out);
    BOOST_TEST(rows[0] == "name,value,default,description");
    BOOST_TEST(rows[1].rfind("backup.daily,7,7,", 0) == 0u, rows[1]);
    BOOST_TEST(rows[2].rfind("backup.weekly,4,4,", 0) == 0u, rows[2]);
    BOOST_TEST(rows[3].rfind("backup.monthly,12,12,", 0) == 0u, rows[3]);
    BOOST_TEST(rows[4].rfind("retention.years,8,8,", 0) == 0u, rows[4]);

    r = run_cli({"--db", d.db, "settings", "--set", "backup.daily=3"});
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(lines(run_cli({"--db", d.db, "settings"}).out)[1].rfind("backup.daily,3,7,", 0) == 0u);
    const auto trail = lines(run_cli({"--db", d.db, "audit"}).out);
    BOOST_TEST(trail.back().find(",setting,,backup.daily=3") != std::string::npos, trail.back());

    r = run_cli({"--db", d.db, "settings", "--set", "backup.hourly=3"});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.find("There is no setting \"backup.hourly\"") != std::string::npos, r.err);
    BOOST_TEST(run_cli({"--db", d.db, "settings", "--set", "backup.daily=lots"}).code == 1);
    BOOST_TEST(run_cli({"--db", d.db, "settings", "--set", "backup.daily"}).code == 2);
}

BOOST_AUTO_TEST_CASE(only_an_administrator_lists_restores_or_changes_settings) {
    Imported d;
    const std::vector<std::string> signed_in{"PCRECORDS_PASSWORD=" + kPassword};
    BOOST_REQUIRE(
        run_cli({"--db", d.db, "user", "add", "ann", "--role", "administrator"}, kPassword + "\n").code == 0);
    BOOST_REQUIRE(run_cli({"--db", d.db, "--user", "ann", "user", "add", "mo", "--role", "manager"},
                          kPassword + "\n", signed_in)
                      .code == 0);
    const std::string earlier = (d.tmp / "earlier.pcrdb").string();
    BOOST_REQUIRE(run_cli({"--db", d.db, "--user", "ann", "backup", "--out", earlier}, "", signed_in).code ==
                  0);

    for (const auto& command : std::vector<std::vector<std::string>>{
             {"backups"}, {"restore", "--from", earlier}, {"settings", "--set", "backup.daily=2"}}) {
        std::vector<std::string> args{"--db", d.db, "--user", "mo"};
        args.insert(args.end(), command.begin(), command.end());
        const auto r = run_cli(args, "", signed_in);
        BOOST_TEST(r.code == 3, command[0]);
        BOOST_TEST(r.err.find("needs the role administrator") != std::string::npos, r.err);
    }
    BOOST_TEST(run_cli({"--db", d.db, "--user", "mo", "settings"}, "", signed_in).code == 0);
    BOOST_TEST(run_cli({"--db", d.db, "--user", "ann", "backups"}, "", signed_in).code == 0);
    const auto r = run_cli({"--db", d.db, "--user", "ann", "restore", "--from", earlier}, "", signed_in);
    BOOST_TEST(r.code == 0, r.err);
}

BOOST_AUTO_TEST_CASE(a_backup_folder_that_cannot_be_made_is_one_warning) {
    TempFolder tmp;
    const std::string db = (tmp / "care.pcrdb").string();
    BOOST_REQUIRE(run_cli({"--db", db, "init"}).code == 0);
    BOOST_REQUIRE(run_cli({"--db", db, "team", "add", "T-1", "--name", "Home"}).code == 0);
    std::filesystem::remove_all(tmp / "care.backups");
    std::ofstream(tmp / "care.backups") << "in the way";
    const auto r = run_cli({"--db", db, "team", "add", "T-2", "--name", "Away"});
    BOOST_TEST(r.code == 0);
    BOOST_TEST(lines(r.err).size() == 2u, r.err);  // the warning, then what was done
    BOOST_TEST(r.err.rfind("Warning: No automatic backup of " + db + " was made: the folder ", 0) == 0u,
               r.err);
    // Reading commands make no backups, so say nothing.
    BOOST_TEST(run_cli({"--db", db, "teams"}).err == "");
}

BOOST_AUTO_TEST_SUITE_END()
