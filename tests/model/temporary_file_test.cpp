// Tests of the temporaries every export and backup writes through: created anew with a name no one can guess,
// never through a link, and what killed runs left behind tidied away on the next run into the folder.
#include "model/core/temporary_file.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <fstream>
#include <sstream>

#include "model/core/errors.h"
#include "model/export/exporter.h"
#include "support/interchange_files.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::file_text;
using pcr::test::FreshStore;
using pcr::test::sample_caseload;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;
namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

// The id of a process that has ended: what a killed run's temporaries carry.
std::string ended_process() {
    const pid_t child = fork();
    if (child == 0) _exit(0);
    waitpid(child, nullptr, 0);
    return std::to_string(child);
}

void age_by_two_hours(const fs::path& file) {
    fs::last_write_time(file, fs::last_write_time(file) - std::chrono::hours(2));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(temporary_file_test)

BOOST_AUTO_TEST_CASE(a_temporary_is_private_hidden_and_named_unpredictably) {
    TempFolder folder;
    const fs::path target = folder.path() / "p.html";
    TemporaryFile a(target), b(target);
    BOOST_TEST(a.path() != b.path());
    BOOST_TEST(a.path().parent_path() == folder.path());
    const std::string name = a.path().filename().string();
    BOOST_TEST(name.rfind(".p.html.pcr-" + std::to_string(getpid()) + "-", 0) == 0, name);
    BOOST_TEST(name.size() > std::string(".p.html.pcr--.part").size() + 16);
    struct stat info {};
    BOOST_REQUIRE(lstat(a.path().c_str(), &info) == 0);
    BOOST_TEST(S_ISREG(info.st_mode));
    BOOST_TEST((info.st_mode & 0777) == 0600u);
}

BOOST_AUTO_TEST_CASE(an_export_never_writes_through_a_link_left_where_the_temporary_used_to_be) {
    FreshStore fresh;
    fresh.store->import(sample_caseload());
    const fs::path victim = fresh.folder.path() / "victim.txt";
    write_file(victim, "not yours\n");
    // The name earlier versions used for p.html's temporary, and a guess at the new one.
    fs::create_symlink(victim, fresh.folder.path() / ".p.html.part");
    fs::create_symlink(victim, fresh.folder.path() / (".p.html.pcr-" + std::to_string(getpid()) + "-0.part"));
    export_profile(*fresh.store, shipped_templates(), SubjectKind::Person, "P-0001",
                   fresh.folder.path() / "p.html");
    BOOST_TEST(file_text(victim) == "not yours\n");
    BOOST_TEST(!fs::is_symlink(fresh.folder.path() / "p.html"));
    BOOST_TEST(file_text(fresh.folder.path() / "p.html").find("Zoë") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_leftovers_of_killed_runs_are_removed_on_the_next_run_into_the_folder) {
    TempFolder folder;
    const fs::path f = folder.path();
    const std::string dead = ended_process();
    const std::string alive = std::to_string(getpid());
    const std::vector<std::string> stale = {
        ".zoe.pdf.pcr-" + dead + "-0123456789abcdef.part",  // a killed export
        ".care.backup.pcr-" + dead + "-00ff.part",          // a killed backup and SQLite's journal beside it
        ".care.backup.pcr-" + dead + "-00ff.part-journal",
        "care.backup.partial-" + dead,  // the names earlier versions used
        "care.backup.partial-" + dead + "-journal",
        ".old.pdf.part",
        "all.xml.tmp-12345",
    };
    for (const auto& name : stale) write_file(f / name, "personal data");
    age_by_two_hours(f / ".old.pdf.part");
    age_by_two_hours(f / "all.xml.tmp-12345");
    const std::vector<std::string> kept = {
        "care.backup.pcr-" + dead + "-00ff.part-journal",     // not hidden: not our name
        ".busy.pdf.pcr-" + alive + "-0123456789abcdef.part",  // a run still going
        "care.backup.partial-" + alive,
        ".recent.pdf.part",  // an earlier version's, maybe still being written
        "list.tmp-1",        // young
        "notes.part",
        "report.pdf",
    };
    for (const auto& name : kept) write_file(f / name, "keep");

    {
        TemporaryFile next(f / "next.pdf");
        next.write("whole");
        next.commit();
    }
    for (const auto& name : stale) BOOST_TEST(!fs::exists(f / name), name);
    for (const auto& name : kept) BOOST_TEST(fs::exists(f / name), name);
    BOOST_TEST(file_text(f / "next.pdf") == "whole");
}

BOOST_AUTO_TEST_CASE(a_backup_leaves_no_temporary_and_tidies_a_killed_ones) {
    FreshStore fresh;
    fresh.store->import(sample_caseload());
    TempFolder out;
    const std::string leftover = "." + std::string("copy.db") + ".pcr-" + ended_process() + "-abc.part";
    write_file(out.path() / leftover, "personal data");
    fresh.store->backup(out.path() / "copy.db");
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(out.path()))
        names.push_back(entry.path().filename().string());
    BOOST_TEST(names == std::vector<std::string>{"copy.db"});
}

BOOST_AUTO_TEST_SUITE_END()
