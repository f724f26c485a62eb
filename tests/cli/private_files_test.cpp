// The command line keeps care data private: what it creates is 0600 under the usual umask, a database others
// can read is named on stderr once a run, and fix-permissions mends it.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "cli_runner.h"
#include "common/file_modes.h"

using pcr::test::kSmallCaseload;
using pcr::test::mode_of;
using pcr::test::run_cli;
using pcr::test::TempFolder;
using pcr::test::UsualUmask;
namespace fs = std::filesystem;

namespace {}  // namespace

BOOST_AUTO_TEST_SUITE(private_files_test)

BOOST_AUTO_TEST_CASE(what_the_commands_create_only_its_owner_can_read) {
    UsualUmask umask;
    TempFolder tmp;
    const std::string db = (tmp / "a.db").string();
    std::ofstream(tmp / "in.xml", std::ios::binary) << kSmallCaseload;
    BOOST_TEST(run_cli({"--db", db, "init"}).code == 0);
    BOOST_TEST(run_cli({"--db", db, "import", (tmp / "in.xml").string()}).code == 0);
    BOOST_TEST(run_cli({"--db", db, "export", "--out", (tmp / "all.xml").string()}).code == 0);
    BOOST_TEST(run_cli({"--db", db, "backup", "--out", (tmp / "copy.db").string()}).code == 0);
    BOOST_TEST(run_cli({"--db", db, "profile", "P-1", "--out", (tmp / "p1.html").string()}).code == 0);
    for (const char* name : {"a.db", "all.xml", "copy.db", "p1.html"}) {
        // On a server run the database is on the server, and everything else still a file here.
        if (pcr::test::testing_on_server() && name == std::string("a.db")) continue;
        BOOST_TEST_INFO(name);
        BOOST_TEST(mode_of(tmp / name) == 0600u);
    }
}

// A file's permissions: a server decides who may read for itself.
BOOST_AUTO_TEST_CASE(a_database_others_can_read_is_named_once_and_fix_permissions_mends_it,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    TempFolder tmp;
    const std::string db = (tmp / "a.db").string();
    BOOST_TEST(run_cli({"--db", db, "init"}).code == 0);
    fs::permissions(db, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);

    const auto people = run_cli({"--db", db, "people"});
    BOOST_TEST(people.code == 0);
    BOOST_TEST(people.out == "id,name,preferred_name,status\n");
    BOOST_TEST(people.err == "Warning: other accounts on this computer can read " + db +
                                 ". Run `pcrecords-cli --db " + db +
                                 " fix-permissions` to make it readable by you only.\n");

    const auto fixed = run_cli({"--db", db, "fix-permissions"});
    BOOST_TEST(fixed.code == 0);
    BOOST_TEST(fixed.err == "Only you can read " + db + " now.\n");
    BOOST_TEST(mode_of(db) == 0600u);
    BOOST_TEST(run_cli({"--db", db, "people"}).err == "");

    const auto missing = run_cli({"--db", (tmp / "none.db").string(), "fix-permissions"});
    BOOST_TEST(missing.code == 1);
    BOOST_TEST(!fs::exists(tmp / "none.db"));
}

BOOST_AUTO_TEST_SUITE_END()
