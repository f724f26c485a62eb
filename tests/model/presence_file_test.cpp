// Tests of the file that names who has a database open: written private and whole, left to a program still
// running, taken over from one that was killed, removed by its writer, and never named to its own process.
#include "model/core/presence_file.h"

#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "common/file_modes.h"
#include "support/interchange_files.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::file_text;
using pcr::test::mode_of;
using pcr::test::TempFolder;
namespace fs = std::filesystem;

namespace {

std::string this_host() {
    char name[256] = {};
    gethostname(name, sizeof name - 1);
    return name;
}

// A presence file as another program on this computer wrote it.
void write_presence(const fs::path& database, long pid, const std::string& host = this_host()) {
    std::ofstream(PresenceFile::path_for(database))
        << "pid=" << pid << "\nprogram=pcrecords\nuser=ann\nhost=" << host
        << "\nsince=2026-12-06T09:30:00Z\n";
}

long ended_process() {
    const pid_t child = fork();
    if (child == 0) _exit(0);
    waitpid(child, nullptr, 0);
    return child;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(presence_file_test)

BOOST_AUTO_TEST_CASE(the_file_names_this_program_is_private_and_goes_with_it) {
    TempFolder tmp;
    const fs::path db = tmp.path() / "care.pcrdb";
    const fs::path file = PresenceFile::path_for(db);
    BOOST_TEST(file.filename() == "care.pcrdb.lock");
    {
        PresenceFile presence(db, "pcrecords-cli");
        const std::string text = file_text(file);
        BOOST_TEST(text.find("pid=" + std::to_string(getpid()) + "\n") != std::string::npos, text);
        BOOST_TEST(text.find("program=pcrecords-cli\n") != std::string::npos, text);
        BOOST_TEST(text.find("host=" + this_host() + "\n") != std::string::npos, text);
        BOOST_TEST(mode_of(file) == 0600u);
        // Its own process is never told that someone else has the file.
        BOOST_TEST(!PresenceFile::other(db));
    }
    BOOST_TEST(!fs::exists(file));
    // No temporary is left beside it.
    BOOST_TEST(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator()) == 0);
}

BOOST_AUTO_TEST_CASE(a_running_programs_file_is_left_to_it_and_named) {
    TempFolder tmp;
    const fs::path db = tmp.path() / "care.pcrdb";
    write_presence(db, getppid());
    {
        PresenceFile presence(db, "pcrecords-cli");
        const auto other = PresenceFile::other(db);
        BOOST_REQUIRE(other);
        BOOST_TEST(other->pid == getppid());
        BOOST_TEST(PresenceFile::describe(*other) == "pcrecords on " + this_host() +
                                                         " by ann since 2026-12-06T09:30:00Z (process " +
                                                         std::to_string(getppid()) + ")");
    }
    // Not ours, so not removed.
    BOOST_TEST(PresenceFile::other(db).has_value());
}

BOOST_AUTO_TEST_CASE(a_killed_programs_file_is_ignored_and_replaced) {
    TempFolder tmp;
    const fs::path db = tmp.path() / "care.pcrdb";
    write_presence(db, ended_process());
    BOOST_TEST(!PresenceFile::other(db));
    PresenceFile presence(db, "pcrecords");
    BOOST_TEST(file_text(PresenceFile::path_for(db)).find("pid=" + std::to_string(getpid())) !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_program_on_another_computer_is_taken_to_be_running) {
    TempFolder tmp;
    const fs::path db = tmp.path() / "care.pcrdb";
    write_presence(db, ended_process(), "elsewhere.example");
    const auto other = PresenceFile::other(db);
    BOOST_REQUIRE(other);
    BOOST_TEST(other->host == "elsewhere.example");
}

BOOST_AUTO_TEST_CASE(a_folder_that_cannot_be_written_only_means_nobody_is_told) {
    PresenceFile presence(fs::path("/nonexistent-folder/care.pcrdb"), "pcrecords");
    BOOST_TEST(!PresenceFile::other("/nonexistent-folder/care.pcrdb"));
}

BOOST_AUTO_TEST_SUITE_END()
