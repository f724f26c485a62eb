// The writing commands killed with SIGKILL at random moments: the database stays whole and holds all of the
// work or none of it, and exports leave only whole files. PCR_CRASH_KILLS sets the kills per command (3 in
// the normal run, 50 for the stress run in docs/reliability.md), PCR_CRASH_PEOPLE the demo caseload's size
// (60) and PCR_CRASH_SEED the random seed (printed with --log_level=message).
#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <random>
#include <regex>
#include <thread>

#include "cli_runner.h"

namespace fs = std::filesystem;
using pcr::test::run_cli;
using pcr::test::slurp;
using pcr::test::TempFolder;

namespace {

const std::string kToday = "2026-11-30";

long setting(const char* name, long fallback) {
    const char* text = std::getenv(name);
    return text && *text ? std::strtol(text, nullptr, 10) : fallback;
}

std::mt19937_64& random_source() {
    static std::mt19937_64 source = [] {
        const auto seed = static_cast<std::uint64_t>(setting("PCR_CRASH_SEED", std::random_device{}()));
        BOOST_TEST_MESSAGE("crash_safety_test: PCR_CRASH_SEED=" << seed);
        return std::mt19937_64(seed);
    }();
    return source;
}

// The command line started as a child process with no input and its output thrown away.
pid_t start(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    std::string program = PCR_CLI_PATH;
    argv.push_back(program.data());
    std::vector<std::string> copies = args;
    for (auto& a : copies) argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_RDWR);
        dup2(null, 0);
        dup2(null, 1);
        dup2(null, 2);
        unsetenv("PCRECORDS_PASSWORD");
        execv(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

// The exit code, or -signal when a signal ended it.
int wait_for(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

void copy_database(const fs::path& from, const fs::path& to) {
    for (const char* suffix : {"", "-wal"}) {
        fs::path source = from, target = to;
        source += suffix;
        target += suffix;
        if (fs::exists(source)) fs::copy_file(source, target, fs::copy_options::overwrite_existing);
    }
}

// The interchange export of `db` without its stamp: the same content exports the same text.
std::string contents(const fs::path& db, const fs::path& scratch) {
    const fs::path file = scratch / "contents.xml";
    const auto r = run_cli({"--db", db.string(), "--today", kToday, "export", "--out", file.string()});
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    const std::string text = slurp(file);
    fs::remove(file);
    return std::regex_replace(text, std::regex(R"( exported="[^"]*")"), "");
}

std::string integrity(const fs::path& db) {
    SQLite::Database sql(db.string(), SQLite::OPEN_READWRITE);
    return sql.execAndGet("PRAGMA integrity_check").getString();
}

bool whole_pdf(const fs::path& file) {
    const std::string text = slurp(file);
    if (text.rfind("%PDF-", 0) != 0) return false;
    const auto end = text.find_last_not_of(" \r\n");
    return end != std::string::npos && end >= 4 && text.compare(end - 4, 5, "%%EOF") == 0;
}

// What a killed run may leave in a folder until the next run clears it: `.NAME.pcr-PID-RANDOM.part`.
bool temporary(const fs::path& file) {
    const std::string name = file.filename().string();
    return name.find(".pcr-") != std::string::npos;
}

// One writing command: the database it starts from, how it runs in a folder of its own, and what else must
// hold after a kill (its output files whole), which returns false when it does not.
struct Scenario {
    std::string name;
    fs::path base;
    std::function<std::vector<std::string>(const fs::path& work)> command;
    bool changes_database = true;
    std::function<bool(const fs::path& work)> outputs_whole = [](const fs::path&) { return true; };
};

struct Tally {
    long runs = 0, killed = 0, none = 0, all = 0, failures = 0;
};

// Runs the scenario unkilled (for its duration and its "all"), then kills it PCR_CRASH_KILLS times at moments
// drawn uniformly over that duration, checking after each that the database is whole and holds all or none.
void kill_repeatedly(const Scenario& s) {
    TempFolder tmp;
    const long kills = setting("PCR_CRASH_KILLS", 3);
    const std::string before = contents(s.base, tmp.path());

    const fs::path reference = tmp / "reference";
    fs::create_directories(reference);
    copy_database(s.base, reference / "care.pcrdb");
    const auto began = std::chrono::steady_clock::now();
    const int code = wait_for(start(s.command(reference)));
    const auto duration = std::chrono::steady_clock::now() - began;
    BOOST_TEST_REQUIRE(code == 0, s.name << " failed unkilled");
    const std::string after = contents(reference / "care.pcrdb", tmp.path());
    BOOST_TEST_REQUIRE((after != before) == s.changes_database, s.name << ": unexpected change");
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(duration).count();

    Tally tally;
    std::uniform_int_distribution<long> moment(0, micros);
    for (long i = 0; i < kills; ++i) {
        const fs::path work = tmp / std::to_string(i);
        fs::create_directories(work);
        const fs::path db = work / "care.pcrdb";
        copy_database(s.base, db);
        const long delay = moment(random_source());
        const pid_t pid = start(s.command(work));
        std::this_thread::sleep_for(std::chrono::microseconds(delay));
        kill(pid, SIGKILL);
        const int ended = wait_for(pid);
        ++tally.runs;
        tally.killed += ended == -SIGKILL;

        const auto check = run_cli({"--db", db.string(), "check"});
        const std::string damage = integrity(db);
        const std::string now = contents(db, tmp.path());
        const bool whole = s.outputs_whole(work);
        const bool ok = (ended == 0 || ended == -SIGKILL) && check.code == 0 && damage == "ok" &&
                        (now == before || now == after) && whole;
        BOOST_TEST(ok, s.name << " killed after " << delay << " us (ended " << ended << "): check "
                              << check.code << " " << check.err << ", integrity_check " << damage
                              << ", holds "
                              << (now == before  ? "none of the work"
                                  : now == after ? "all of the work"
                                                 : "PART of the work")
                              << ", outputs " << (whole ? "whole" : "NOT whole"));
        tally.failures += !ok;
        tally.none += now == before;
        tally.all += now == after && s.changes_database;
        fs::remove_all(work);
    }
    // The figures docs/reliability.md records, on standard output so a stress run shows them.
    std::cout << "crash_safety_test: " << s.name << ": " << tally.runs << " runs, " << tally.killed
              << " killed mid-run, " << tally.failures << " failures; the database held none of the work "
              << tally.none << " times, all of it " << tally.all << " times; an unkilled run takes "
              << micros / 1000 << " ms" << std::endl;
}

// Databases made once for every case: a demo caseload, and the interchange files imported.
struct Caseloads {
    TempFolder tmp;
    fs::path empty = tmp / "empty.pcrdb";
    fs::path demo = tmp / "demo.pcrdb";
    fs::path other_file = tmp / "other.xml";  // the demo's people with other records (another seed)
    fs::path scores = tmp / "scores.csv";
    std::string people = std::to_string(setting("PCR_CRASH_PEOPLE", 60));
    Caseloads() {
        BOOST_TEST_REQUIRE(run_cli({"--db", empty.string(), "init"}).code == 0);
        BOOST_TEST_REQUIRE(
            run_cli({"--db", demo.string(), "--today", kToday, "demo", "--people", people, "--seed", "1"})
                .code == 0);
        const fs::path other = tmp / "other.pcrdb";
        BOOST_TEST_REQUIRE(
            run_cli({"--db", other.string(), "--today", kToday, "demo", "--people", people, "--seed", "2"})
                .code == 0);
        BOOST_TEST_REQUIRE(run_cli({"--db", other.string(), "export", "--out", other_file.string()}).code ==
                           0);
        std::ofstream(scores) << "topic,level\n1.3,3\n2.1,2\n";
    }
};

Caseloads& caseloads() {
    static Caseloads made;
    return made;
}

std::vector<std::string> with_db(const fs::path& work, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", (work / "care.pcrdb").string(), "--today", kToday});
    return args;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(crash_safety_test)

BOOST_AUTO_TEST_CASE(an_import_into_an_empty_database_is_all_or_nothing) {
    kill_repeatedly({"import into an empty database", caseloads().empty, [](const fs::path& work) {
                         return with_db(work, {"import", caseloads().other_file.string()});
                     }});
}

BOOST_AUTO_TEST_CASE(an_import_over_data_is_all_or_nothing) {
    kill_repeatedly({"import over data", caseloads().demo, [](const fs::path& work) {
                         return with_db(work, {"import", caseloads().other_file.string()});
                     }});
}

BOOST_AUTO_TEST_CASE(the_demo_is_all_or_nothing) {
    kill_repeatedly({"demo", caseloads().empty, [](const fs::path& work) {
                         return with_db(work, {"demo", "--people", caseloads().people, "--seed", "3"});
                     }});
}

BOOST_AUTO_TEST_CASE(an_assessment_is_all_or_nothing) {
    kill_repeatedly({"assess", caseloads().demo, [](const fs::path& work) {
                         return with_db(work, {"assess", "--scores", caseloads().scores.string()});
                     }});
}

BOOST_AUTO_TEST_CASE(a_killed_backup_leaves_a_whole_backup_or_none_and_the_next_clears_its_temporary) {
    const auto backup = [](const fs::path& work, const std::string& name) {
        return with_db(work, {"backup", "--out", (work / name).string()});
    };
    kill_repeatedly(
        {"backup", caseloads().demo, [&](const fs::path& work) { return backup(work, "copy.pcrdb"); }, false,
         [&](const fs::path& work) {
             const fs::path copy = work / "copy.pcrdb";
             bool whole = !fs::exists(copy) || (integrity(copy) == "ok" &&
                                                contents(copy, work) == contents(work / "care.pcrdb", work));
             whole = run_cli(backup(work, "again.pcrdb")).code == 0 && whole;
             for (const auto& entry : fs::directory_iterator(work)) whole = whole && !temporary(entry.path());
             return whole;
         }});
}

BOOST_AUTO_TEST_CASE(a_killed_bulk_export_leaves_only_whole_pdfs_and_the_next_clears_its_temporaries) {
    const auto profiles = [](const fs::path& work) {
        return with_db(work, {"profiles", "--out", (work / "profiles").string(), "--format", "pdf"});
    };
    kill_repeatedly({"profiles --format pdf", caseloads().demo, profiles, false, [&](const fs::path& work) {
                         bool whole = true;
                         const fs::path folder = work / "profiles";
                         if (fs::exists(folder))
                             for (const auto& entry : fs::directory_iterator(folder))
                                 whole = whole && (temporary(entry.path()) || whole_pdf(entry.path()));
                         whole = run_cli(profiles(work)).code == 0 && whole;
                         for (const auto& entry : fs::directory_iterator(folder))
                             whole = whole && !temporary(entry.path()) && whole_pdf(entry.path());
                         return whole;
                     }});
}

BOOST_AUTO_TEST_CASE(a_killed_export_leaves_a_whole_file_or_none) {
    kill_repeatedly({"export", caseloads().demo,
                     [](const fs::path& work) {
                         return with_db(work, {"export", "--out", (work / "all.xml").string()});
                     },
                     false,
                     [](const fs::path& work) {
                         const fs::path file = work / "all.xml";
                         if (!fs::exists(file)) return true;
                         const std::string text = slurp(file);
                         return text.size() > 12 && text.compare(text.size() - 13, 13, "</pcrecords>\n") == 0;
                     }});
}

BOOST_AUTO_TEST_SUITE_END()
