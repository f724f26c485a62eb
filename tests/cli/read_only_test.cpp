// A database that cannot be written (an archived copy, read-only media) is read by the commands that only
// read, and the commands that write say it is read-only.
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "cli_runner.h"

using pcr::test::kSmallCaseload;
using pcr::test::lines;
using pcr::test::run_cli;
using pcr::test::shell_quote;
using pcr::test::slurp;
using pcr::test::TempFolder;
namespace fs = std::filesystem;

namespace {

// Runs the command line as the account "nobody", for whom a file of root's with mode 0644 in a folder of
// root's is read-only whatever the file system (root may write anything, so the tests, which run as root,
// need another account to see a read-only file).
pcr::test::CliResult run_as_nobody(const std::vector<std::string>& args) {
    TempFolder tmp;
    fs::permissions(tmp.path(), fs::perms::all);
    std::string command = "env -u PCRECORDS_PASSWORD setpriv --reuid=65534 --regid=65534 --clear-groups " +
                          shell_quote(PCR_CLI_PATH);
    for (const auto& a : args) command += " " + shell_quote(a);
    command += " >" + shell_quote((tmp / "out").string()) + " 2>" + shell_quote((tmp / "err").string()) +
               " </dev/null";
    const int status = std::system(command.c_str());
    pcr::test::CliResult r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(tmp / "out");
    r.err = slurp(tmp / "err");
    return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(read_only_test)

BOOST_AUTO_TEST_CASE(a_read_only_database_is_read_and_a_change_is_refused_as_read_only) {
    if (geteuid() != 0 || std::system("command -v setpriv >/dev/null") != 0) {
        BOOST_TEST_MESSAGE("needs root and setpriv to run a command as another account: not checked here");
        return;
    }
    TempFolder tmp;
    fs::permissions(tmp.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    const std::string db = (tmp / "archive.db").string();
    std::ofstream(tmp / "in.xml", std::ios::binary) << kSmallCaseload;
    BOOST_REQUIRE(run_cli({"--db", db, "import", (tmp / "in.xml").string()}).code == 0);
    const std::string people = run_cli({"--db", db, "people", "--all"}).out;
    fs::permissions(
        db, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
    const fs::path out = tmp / "out";
    fs::create_directory(out);
    fs::permissions(out, fs::perms::all);

    const auto listed = run_as_nobody({"--db", db, "people", "--all"});
    BOOST_TEST(listed.code == 0, listed.err);
    BOOST_TEST(listed.out == people);
    const auto checked = run_as_nobody({"--db", db, "check"});
    BOOST_TEST(checked.code == 0, checked.err);
    const auto profile = run_as_nobody({"--db", db, "profile", "P-1", "--out", (out / "p.html").string()});
    BOOST_TEST(profile.code == 0, profile.err);
    BOOST_TEST(
        profile.err.find("is read-only, so its audit trail cannot record this export") != std::string::npos,
        profile.err);
    BOOST_TEST(fs::exists(out / "p.html"));

    const auto renamed = run_as_nobody({"--db", db, "team", "add", "T-9", "--name", "North"});
    BOOST_TEST(renamed.code == 1);
    BOOST_TEST(renamed.err.find("archive.db is read-only") != std::string::npos, renamed.err);
    const auto imported = run_as_nobody({"--db", db, "import", (tmp / "in.xml").string()});
    BOOST_TEST(imported.code == 1);
    BOOST_TEST(imported.err.find("archive.db is read-only") != std::string::npos, imported.err);
    BOOST_TEST(run_cli({"--db", db, "people", "--all"}).out == people);
}

BOOST_AUTO_TEST_SUITE_END()
