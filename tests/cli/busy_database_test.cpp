// A database another program is writing to: writing commands wait a bounded time, then fail (exit 1) saying
// who has it, if known, and what to do, having changed nothing; and `assess` reads its evidence only once it
// holds the write lock, so an import under way cannot leave it with stale totals.
#include <SQLiteCpp/SQLiteCpp.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <fstream>
#include <future>
#include <regex>
#include <thread>

#include "cli_runner.h"
#include "model/backends/open_store.h"
#include "model/core/presence_file.h"
#include "model/domain/template_registry.h"

using pcr::test::CliResult;
using pcr::test::run_cli;
using pcr::test::slurp;
using pcr::test::TempFolder;
namespace fs = std::filesystem;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A database holding the small caseload, with the files the writing commands are given.
struct Caseload {
    TempFolder tmp;
    std::string db = (tmp / "care.pcrdb").string();
    std::string xml = (tmp / "more.xml").string();
    std::string scores = (tmp / "scores.csv").string();
    Caseload() {
        std::ofstream(xml) << pcr::test::kSmallCaseload;
        std::ofstream(scores) << "topic,level\n1.3,3\n";
        BOOST_TEST_REQUIRE(run_cli({"--db", db, "import", xml}).code == 0);
    }
    std::string contents() const {
        const std::string file = (tmp / "contents.xml").string();
        BOOST_TEST_REQUIRE(run_cli({"--db", db, "export", "--out", file}).code == 0);
        return std::regex_replace(slurp(file), std::regex(R"( exported="[^"]*")"), "");
    }
    // The writing commands, started together: each waits the same bounded time.
    std::vector<std::future<CliResult>> write_all() const {
        const std::vector<std::vector<std::string>> commands = {
            {"import", xml},
            {"assess", "--scores", scores},
            {"signoff", "--person", "P-1", "--tool", "one-page-profile"},
            {"team", "add", "T-9", "--name", "North"},
        };
        std::vector<std::future<CliResult>> runs;
        for (auto args : commands) {
            args.insert(args.begin(), {"--db", db, "--today", "2026-11-30"});
            runs.push_back(std::async(std::launch::async, [args] { return run_cli(args); }));
        }
        return runs;
    }
};

std::string this_host() {
    char name[256] = {};
    gethostname(name, sizeof name - 1);
    return name;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(busy_database_test)

BOOST_AUTO_TEST_CASE(writes_wait_then_say_the_database_is_in_use_by_whom_and_change_nothing) {
    // One database held by an SQLite shell (nobody named), one by a pcrecords that left its presence file.
    Caseload shell, app;
    const std::string shell_before = shell.contents(), app_before = app.contents();
    SQLite::Database shell_lock(shell.db, SQLite::OPEN_READWRITE);
    SQLite::Database app_lock(app.db, SQLite::OPEN_READWRITE);
    shell_lock.exec("BEGIN IMMEDIATE");
    app_lock.exec("BEGIN IMMEDIATE");
    const pcr::model::PresenceFile presence(app.db, "pcrecords");

    const auto started = std::chrono::steady_clock::now();
    auto shell_runs = shell.write_all();
    auto app_runs = app.write_all();
    // Nobody named as the holder: the first waiting command writes its presence file, so the others may
    // name it, but only as a guess (it used to be blamed as the holder).
    for (auto& run : shell_runs) {
        const CliResult r = run.get();
        BOOST_TEST(r.code == 1, r.err);
        BOOST_TEST((has(r.err,
                        "is in use by another program (another pcrecords, the command line or an "
                        "SQLite tool), which kept it busy for more than 10 seconds. Nothing was "
                        "changed. Try again once it has finished, or close the other program first.") ||
                    has(r.err, "is in use by another program (perhaps pcrecords-cli on " + this_host())),
                   r.err);
        BOOST_TEST(!has(r.err, "is in use by pcrecords"), r.err);
        BOOST_TEST(!has(r.err, "locked"), r.err);
    }
    for (auto& run : app_runs) {
        const CliResult r = run.get();
        BOOST_TEST(r.code == 1, r.err);
        BOOST_TEST(has(r.err, "is in use by another program (perhaps pcrecords on " + this_host() + " by "),
                   r.err);
        BOOST_TEST(has(r.err, "(process " + std::to_string(getpid()) +
                                  ")), which kept it busy for more than 10 "
                                  "seconds. Nothing was changed. Try again once it has finished, or close "
                                  "the other program first."),
                   r.err);
    }
    // Bounded: they waited, and gave up.
    const auto waited = std::chrono::steady_clock::now() - started;
    BOOST_TEST(waited >= std::chrono::seconds(9));
    BOOST_TEST(waited < std::chrono::seconds(60));

    shell_lock.exec("ROLLBACK");
    app_lock.exec("ROLLBACK");
    BOOST_TEST(shell.contents() == shell_before);
    BOOST_TEST(app.contents() == app_before);
    // Let go, the same command goes through.
    BOOST_TEST(run_cli({"--db", shell.db, "team", "add", "T-9", "--name", "North"}).code == 0);
}

BOOST_AUTO_TEST_CASE(exports_wait_too_and_write_nothing_their_audit_trail_could_not_record) {
    Caseload held;
    const auto trail_before = run_cli({"--db", held.db, "audit"}).out;
    SQLite::Database lock(held.db, SQLite::OPEN_READWRITE);
    lock.exec("BEGIN IMMEDIATE");
    const fs::path out = held.tmp.path() / "out";
    fs::create_directories(out);
    const std::vector<std::vector<std::string>> commands = {
        {"export", "--out", (out / "all.xml").string()},
        {"profile", "P-1", "--out", (out / "p.pdf").string()},
        {"record", "P-1", "--out", (out / "r.html").string()},
        {"report", "--out", (out / "report.csv").string()},
        {"profiles", "--out", (out / "profiles").string()},
    };
    std::vector<std::future<CliResult>> runs;
    for (auto args : commands) {
        args.insert(args.begin(), {"--db", held.db, "--today", "2026-11-30"});
        runs.push_back(std::async(std::launch::async, [args] { return run_cli(args); }));
    }
    for (auto& run : runs) {
        const CliResult r = run.get();
        BOOST_TEST(r.code == 1, r.err);
        BOOST_TEST(has(r.err, "is in use by another program"), r.err);
    }
    lock.exec("ROLLBACK");
    // Not one file of records left that the trail does not show.
    std::vector<std::string> left;
    for (const auto& entry : fs::recursive_directory_iterator(out))
        if (entry.is_regular_file()) left.push_back(entry.path().string());
    BOOST_TEST(left.empty(), left.size() << " files left, the first " << (left.empty() ? "" : left[0]));
    BOOST_TEST(run_cli({"--db", held.db, "audit"}).out == trail_before);
}

BOOST_AUTO_TEST_CASE(an_assessment_started_during_an_import_reads_the_evidence_after_it) {
    TempFolder tmp;
    const std::string db = (tmp / "care.pcrdb").string(), side = (tmp / "side.pcrdb").string();
    const std::string scores = (tmp / "scores.csv").string();
    std::ofstream(scores) << "topic,level\n1.3,3\n";
    BOOST_TEST_REQUIRE(run_cli({"--db", db, "init"}).code == 0);
    BOOST_TEST_REQUIRE(
        run_cli({"--db", side, "--today", "2026-11-30", "demo", "--people", "20", "--staff", "4"}).code == 0);
    const auto caseload = pcr::model::open_store(fs::path(side), pcr::model::Principal("tester"),
                                                 pcr::model::OpenMode::Existing)
                              ->export_all();

    // An import under way in another program, holding the write lock while the assessment starts.
    const auto store =
        pcr::model::open_store(fs::path(db), pcr::model::Principal("tester"), pcr::model::OpenMode::Existing);
    // Records judged as they are written, as the app's are: the assessment then has nothing to judge (a
    // write, which would wait for the import) and reads the evidence as its transaction finds it.
    BOOST_TEST_REQUIRE(run_cli({"--db", db, "--today", "2026-11-30", "coverage"}).code == 0);
    store->judge_by(pcr::model::TemplateRegistry::load(PCR_SOURCE_TEMPLATES));
    auto import = store->begin_import();
    if (caseload.team) import->subject(*caseload.team);
    for (const auto& item : caseload.teams) import->subject(item);
    for (const auto& item : caseload.staff) import->subject(item);
    for (const auto& item : caseload.people) import->subject(item);
    const std::vector<std::string> assess = {"--db",   db,         "--today", "2026-11-30",
                                             "assess", "--scores", scores};
    auto during = std::async(std::launch::async, [&] { return run_cli(assess); });
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    import->commit();
    const CliResult first = during.get();
    BOOST_TEST_REQUIRE(first.code == 0, first.err);

    // The same day assessed again, nothing else running: the same evidence.
    const CliResult again = run_cli(assess);
    BOOST_TEST_REQUIRE(again.code == 0, again.err);
    BOOST_TEST(first.out == again.out);
}

BOOST_AUTO_TEST_SUITE_END()
