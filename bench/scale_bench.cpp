// Benchmark at provider scale (issue 13): times pcrecords-cli, the app's start-up and the caseload search on
// the 10,000-person demo beside hand-written sqlite3 queries on the same file, and prints a markdown table.
// Usage: scale_bench CACHE_DIR [--cli PATH] [--app PATH] [--sqlite3 PATH] [--runs N] [--heavy-runs N]
//                    [--no-app]
// The demo is generated into CACHE_DIR once and reused while its stamp (options and schema version) matches.
// The app rows need DISPLAY (an Xvfb display will do); see docs/performance.md.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "model/backends/open_store.h"
#include "model/core/date.h"
#include "model/domain/principal.h"
#include "model/domain/template_registry.h"
#include "model/rules/caseload_index.h"

namespace {

namespace fs = std::filesystem;
using namespace pcr::model;
using Clock = std::chrono::steady_clock;

// Fixed so that every rerun judges the same records complete and current, whatever the calendar says.
const char* const kToday = "2026-12-01";
// Raised when the way the cached demo is made changes, so an old cache is regenerated rather than reused.
const int kCacheVersion = 1;

struct DemoSize {
    const char* name;
    int people;
    int staff;
    long logs;
};
// The issue's caseload, and the same proportions at 40 people for the app's start-up baseline.
const DemoSize kLarge{"demo-10000", 10'000, 3'000, 1'000'000};
const DemoSize kSmall{"demo-40", 40, 12, 4'000};

struct Options {
    fs::path cache;
    fs::path cli;
    fs::path app;
    std::string sqlite3 = "sqlite3";
    int runs = 5;
    int heavy_runs = 3;  // export, import, profiles and .dump: each takes seconds to tens of seconds
    bool with_app = true;
};

// One run of a child process: wall time, the child's processor time (user and system; it varies less than
// wall time when the machine is busy), its peak resident memory, and whether it succeeded.
struct Run {
    double seconds = 0;
    double cpu_seconds = 0;
    long peak_kb = 0;
    bool ok = false;
};

// Runs `argv` with stdin from /dev/null, stdout to `out` (or /dev/null) and stderr to `err_file`. With
// `until_line`, the time taken is until the child writes that line to stdout rather than until it exits.
Run run_child(const std::vector<std::string>& argv, const fs::path& err_file,
              const std::vector<std::pair<std::string, std::string>>& env = {},
              const std::optional<std::string>& until_line = std::nullopt,
              const fs::path& out = "/dev/null") {
    int pipe_fds[2] = {-1, -1};
    if (until_line && pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int in = open("/dev/null", O_RDONLY);
        const int sink = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(in, 0);
        if (until_line) {
            dup2(pipe_fds[1], 1);
            close(pipe_fds[0]);
            close(pipe_fds[1]);
        } else {
            dup2(sink, 1);
        }
        dup2(err, 2);
        for (const auto& [name, value] : env) setenv(name.c_str(), value.c_str(), 1);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        std::fprintf(stderr, "cannot run %s: %s\n", args[0], std::strerror(errno));
        _exit(127);
    }
    Run run;
    std::optional<double> seen;
    if (until_line) {
        close(pipe_fds[1]);
        std::string buffer;
        char chunk[256];
        ssize_t n = 0;
        while (!seen && (n = read(pipe_fds[0], chunk, sizeof chunk)) > 0) {
            buffer.append(chunk, static_cast<std::size_t>(n));
            if (buffer.find(*until_line + "\n") != std::string::npos)
                seen = std::chrono::duration<double>(Clock::now() - start).count();
        }
        close(pipe_fds[0]);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = seen ? *seen : std::chrono::duration<double>(Clock::now() - start).count();
    run.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                      static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.peak_kb = usage.ru_maxrss;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && (!until_line || seen);
    return run;
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_text(const fs::path& file, const std::string& text) {
    std::ofstream(file) << text;
}

void remove_database(const fs::path& file) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file.string() + suffix);
}

std::vector<std::string> cli_args(const Options& o, const fs::path& db, std::vector<std::string> rest) {
    std::vector<std::string> argv{o.cli.string(), "--db", db.string(), "--today", kToday, "--as", "bench"};
    argv.insert(argv.end(), rest.begin(), rest.end());
    return argv;
}

// The schema version the CLI writes: PRAGMA user_version of a database it has just made.
std::string cli_schema_version(const Options& o) {
    const fs::path probe = o.cache / "schema-probe.pcrdb";
    remove_database(probe);
    const Run made = run_child(cli_args(o, probe, {"init"}), o.cache / "last.err");
    const fs::path version = o.cache / "schema-probe.txt";
    const Run read = run_child({o.sqlite3, probe.string(), "PRAGMA user_version"}, o.cache / "last.err", {},
                               std::nullopt, version);
    remove_database(probe);
    if (!made.ok || !read.ok)
        throw std::runtime_error("cannot tell the schema version of " + o.cli.string() + ": " +
                                 read_text(o.cache / "last.err"));
    const std::string text = read_text(version);
    fs::remove(version);
    return text.substr(0, text.find('\n'));
}

// The demo of `size` in the cache, generated when missing or made by another version of the schema or bench.
fs::path cached_demo(const Options& o, const DemoSize& size, const std::string& schema) {
    const fs::path file = o.cache / (std::string(size.name) + ".pcrdb");
    const fs::path stamp = o.cache / (std::string(size.name) + ".stamp");
    std::ostringstream expected;
    expected << "scale_bench cache " << kCacheVersion << "; demo --people " << size.people << " --staff "
             << size.staff << " --logs " << size.logs << " --seed 1 --today " << kToday << "; schema "
             << schema << "\n";
    if (fs::exists(file) && fs::exists(stamp) && read_text(stamp) == expected.str()) return file;

    const fs::path partial = o.cache / (std::string(size.name) + ".partial.pcrdb");
    remove_database(partial);
    fs::remove(stamp);
    std::fprintf(stderr, "Generating %s into %s (minutes at 10,000 people)...\n", size.name, file.c_str());
    const Run run =
        run_child(cli_args(o, partial,
                           {"demo", "--people", std::to_string(size.people), "--staff",
                            std::to_string(size.staff), "--logs", std::to_string(size.logs), "--seed", "1"}),
                  o.cache / "generate.err");
    if (!run.ok)
        throw std::runtime_error("generating the demo failed: " + read_text(o.cache / "generate.err"));
    std::fprintf(stderr, "  generated in %.0f s\n", run.seconds);
    remove_database(file);
    fs::rename(partial, file);
    write_text(stamp, expected.str());
    return file;
}

// A copy to run on, so the cached demo stays as generated (export, for one, adds to the audit trail).
fs::path working_copy(const Options& o, const fs::path& demo) {
    const fs::path copy = o.cache / ("run-" + demo.filename().string());
    remove_database(copy);
    fs::copy_file(demo, copy);
    fs::permissions(copy, fs::perms::owner_read | fs::perms::owner_write);
    return copy;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Measured {
    double seconds = NAN;
    double cpu_seconds = NAN;
    long peak_kb = 0;  // the highest of the runs
    int runs = 0;
};

// Runs `argv` `runs` times (after `before`, untimed, each time) and keeps the median time and the peak
// memory.
Measured measure(const std::string& what, const std::vector<std::string>& argv, int runs, const Options& o,
                 const std::function<void()>& before = {},
                 const std::vector<std::pair<std::string, std::string>>& env = {},
                 const std::optional<std::string>& until_line = std::nullopt) {
    std::vector<double> times;
    std::vector<double> cpu_times;
    Measured m;
    const fs::path err = o.cache / "last.err";
    for (int i = 0; i < runs; ++i) {
        if (before) before();
        const Run run = run_child(argv, err, env, until_line);
        if (!run.ok) {
            std::fprintf(stderr, "%s failed:\n%s\n", what.c_str(), read_text(err).c_str());
            return m;
        }
        times.push_back(run.seconds);
        cpu_times.push_back(run.cpu_seconds);
        m.peak_kb = std::max(m.peak_kb, run.peak_kb);
    }
    m.seconds = median(times);
    m.cpu_seconds = median(cpu_times);
    m.runs = runs;
    std::fprintf(stderr, "  %-34s %9.3f s  cpu %8.3f s  %7.0f MB  (median of %d)\n", what.c_str(), m.seconds,
                 m.cpu_seconds, m.peak_kb / 1024.0, runs);
    return m;
}

// The keystrokes of a search, as the caseload view sees them: every prefix of each word typed.
std::vector<std::string> keystrokes() {
    std::vector<std::string> typed;
    for (const std::string word : {"margaret", "smith", "zoe", "noel", "taylor", "patel"})
        for (std::size_t n = 1; n <= word.size(); ++n) typed.push_back(word.substr(0, n));
    return typed;
}

struct Keystroke {
    double median_ms = NAN;
    double worst_ms = NAN;
    int count = 0;
};

// What the app asks of the model at each change of the search text: the caseload, read once when it opens
// (CaseloadView), filtered in memory (CaseloadIndex::find). The page beside the list follows when typing
// pauses, not at every keystroke, so it is not timed here.
Keystroke time_keystrokes(const fs::path& db, int rounds) {
    auto store = open_store(db, Principal("bench"), OpenMode::Existing);
    SubjectQuery everyone;
    everyone.caseload = CaseloadScope::Everyone;
    const CaseloadIndex index = CaseloadIndex::load(*store, SubjectKind::Person, everyone);
    std::vector<double> ms;
    std::size_t found = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const std::string& text : keystrokes()) {
            const auto start = Clock::now();
            found += index.find(text).size();
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
    }
    if (found == 0) throw std::runtime_error("the search found nobody: is the demo empty?");
    Keystroke k;
    k.count = static_cast<int>(ms.size());
    k.worst_ms = *std::max_element(ms.begin(), ms.end());
    k.median_ms = median(ms);
    return k;
}

std::string seconds_text(double s) {
    if (std::isnan(s)) return "failed";
    char text[32];
    if (s < 0.1)
        std::snprintf(text, sizeof text, "%.1f ms", s * 1000);
    else
        std::snprintf(text, sizeof text, "%.2f s", s);
    return text;
}

// Wall time, and the processor time beside it.
std::string timed_text(const Measured& m) {
    if (std::isnan(m.seconds)) return "failed";
    return seconds_text(m.seconds) + " (CPU " + seconds_text(m.cpu_seconds) + ")";
}

std::string mb_text(long kb) {
    if (kb <= 0) return "—";
    char text[32];
    std::snprintf(text, sizeof text, "%.0f MB", kb / 1024.0);
    return text;
}

std::string ratio_text(double r) {
    if (std::isnan(r) || std::isinf(r)) return "—";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f×", r);
    return text;
}

struct Row {
    std::string work, measured, sqlite, ratio, memory, target;
    std::optional<bool> met;
};

void print_table(const std::vector<Row>& rows) {
    std::printf("| work | measured | sqlite3 equivalent | ratio | peak memory | target | met? |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (const Row& r : rows)
        std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", r.work.c_str(), r.measured.c_str(),
                    r.sqlite.c_str(), r.ratio.c_str(), r.memory.c_str(), r.target.c_str(),
                    !r.met   ? "—"
                    : *r.met ? "yes"
                             : "no");
}

std::string runs_note(const Measured& m, int wanted) {
    return m.runs && m.runs != wanted ? " (median of " + std::to_string(m.runs) + ")" : std::string();
}

// "Keep" in the issue's table: no more than a fifth slower than the figure measured when it was filed.
bool kept(double seconds, double issue_seconds) {
    return !std::isnan(seconds) && seconds <= issue_seconds * 1.2;
}

// Counts per tool and kind of subject the active subjects' records that hold any current entry.
const char* const kRecordsWithContent =
    "SELECT r.tool_id, s.kind, COUNT(*) FROM record r JOIN subject s ON s.subject_key = r.subject_key "
    "WHERE s.status = 'active' AND EXISTS (SELECT 1 FROM entry e WHERE e.record_key = r.record_key AND "
    "e.until_version IS NULL) GROUP BY r.tool_id, s.kind;";
// The rows `completeness` prints, straight from the stored judgements: person, tool, completeness, complete,
// current on the benchmark's day.
const char* const kPersonToolRows =
    "SELECT s.ext_id, st.tool_id, st.completeness, st.complete, st.current_until >= '2026-12-01' "
    "FROM subject s JOIN record_status st ON st.subject_key = s.subject_key "
    "WHERE s.kind = 'person' AND s.status = 'active' ORDER BY s.ext_id, st.tool_id;";
const char* const kPeopleSearch =
    "SELECT ext_id, full_name, preferred_name FROM subject WHERE kind = 'person' AND status = 'active' AND "
    "(full_name LIKE '%smith%' OR preferred_name LIKE '%smith%') ORDER BY full_name;";

// Other work on the machine slows every row; the table says how busy it was.
std::string load_average() {
    std::string text = read_text("/proc/loadavg");
    return text.substr(0, text.find(' '));
}

std::optional<std::string> option(int argc, char** argv, const std::string& name) {
    for (int i = 2; i + 1 < argc; ++i)
        if (argv[i] == name) return std::string(argv[i + 1]);
    return std::nullopt;
}

bool flag(int argc, char** argv, const std::string& name) {
    for (int i = 2; i < argc; ++i)
        if (argv[i] == name) return true;
    return false;
}

Options parse(int argc, char** argv) {
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr,
                     "usage: scale_bench CACHE_DIR [--cli PATH] [--app PATH] [--sqlite3 PATH] [--runs N] "
                     "[--heavy-runs N] [--no-app]\n");
        std::exit(2);
    }
    Options o;
    o.cache = fs::absolute(argv[1]);
    // Beside the bench in the build tree: build/bench/scale_bench, build/cli/pcrecords-cli,
    // build/app/pcrecords.
    const fs::path build = fs::canonical("/proc/self/exe").parent_path().parent_path();
    o.cli = option(argc, argv, "--cli").value_or((build / "cli" / "pcrecords-cli").string());
    o.app = option(argc, argv, "--app").value_or((build / "app" / "pcrecords").string());
    o.sqlite3 = option(argc, argv, "--sqlite3").value_or(o.sqlite3);
    if (auto n = option(argc, argv, "--runs")) o.runs = std::max(1, std::atoi(n->c_str()));
    if (auto n = option(argc, argv, "--heavy-runs")) o.heavy_runs = std::max(1, std::atoi(n->c_str()));
    o.with_app = !flag(argc, argv, "--no-app");
    if (o.with_app && !std::getenv("DISPLAY")) {
        std::fprintf(stderr, "No DISPLAY: the app's start-up is not timed (start Xvfb, or pass --no-app).\n");
        o.with_app = false;
    }
    return o;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const Options o = parse(argc, argv);
        fs::create_directories(o.cache);
        const std::string schema = cli_schema_version(o);
        const fs::path large = working_copy(o, cached_demo(o, kLarge, schema));
        const fs::path xml = o.cache / "export.xml";
        const fs::path imported = o.cache / "imported.pcrdb";
        const fs::path profiles = o.cache / "profiles";
        std::vector<Row> rows;
        const std::string load_before = load_average();
        std::fprintf(stderr, "Timing on %s (%.0f MB):\n", large.c_str(), fs::file_size(large) / 1e6);

        if (o.with_app) {
            const fs::path small = working_copy(o, cached_demo(o, kSmall, schema));
            // The app's settings go to the cache, not to the home of whoever runs the bench.
            const std::string home = (o.cache / "home").string();
            const std::vector<std::pair<std::string, std::string>> env{
                {"HOME", home}, {"XDG_CONFIG_HOME", home + "/config"}, {"XDG_DATA_HOME", home + "/data"}};
            auto start_app = [&](const std::string& what, const fs::path& db, const std::string& line) {
                const std::vector<std::string> argv{o.app.string(), "--quit-when-shown", "--today", kToday,
                                                    db.string()};
                run_child(argv, o.cache / "last.err", env, line);  // warms the page cache
                return measure(what, argv, o.runs, o, {}, env, line);
            };
            const Measured few = start_app("app start, 40 people", small, "shown");
            const Measured many = start_app("app start, 10,000 people", large, "shown");
            // The dashboard is counted on another thread after the window is up: when its lines are on
            // screen.
            const Measured few_counted = start_app("dashboard on screen, 40 people", small, "counted");
            const Measured many_counted = start_app("dashboard on screen, 10,000 people", large, "counted");
            remove_database(small);
            const double ratio = many.seconds / few.seconds;
            rows.push_back({"app start to first window", timed_text(many) + "; 40 people: " + timed_text(few),
                            "—", ratio_text(ratio) + " of 40 people", mb_text(many.peak_kb),
                            "within 1.5× of the 40-person time", !std::isnan(ratio) && ratio <= 1.5});
            const double counted_ratio = many_counted.seconds / few_counted.seconds;
            rows.push_back({"app start to the dashboard's lines on screen",
                            timed_text(many_counted) + "; 40 people: " + timed_text(few_counted), "—",
                            ratio_text(counted_ratio) + " of 40 people", mb_text(many_counted.peak_kb),
                            "none (the window answers meanwhile)", std::nullopt});
        }

        // `ratio_bound`: the target is a ratio to the query; otherwise it is to keep the issue's
        // `keep_seconds`.
        auto with_sqlite = [&](const std::string& work, const std::vector<std::string>& command,
                               const char* query, std::optional<double> ratio_bound, double keep_seconds,
                               const std::string& target) {
            const auto argv = cli_args(o, large, command);
            run_child(argv, o.cache / "last.err");
            const Measured m = measure(command.front(), argv, o.runs, o);
            const std::vector<std::string> shell{o.sqlite3, "-readonly", large.string(), query};
            run_child(shell, o.cache / "last.err");
            const Measured q = measure("sqlite3 for " + command.front(), shell, o.runs, o);
            const double ratio = m.seconds / q.seconds;
            rows.push_back(
                {work, timed_text(m), timed_text(q), ratio_text(ratio), mb_text(m.peak_kb), target,
                 ratio_bound ? !std::isnan(ratio) && ratio <= *ratio_bound : kept(m.seconds, keep_seconds)});
        };
        with_sqlite("`evidence`", {"evidence"}, kRecordsWithContent, 2.0, 0,
                    "within 2× of one aggregate over `record` and `entry`");
        with_sqlite("`coverage`", {"coverage"}, kRecordsWithContent, 2.0, 0, "same bound as evidence");
        with_sqlite("`completeness` (all people)", {"completeness"}, kPersonToolRows, 2.0, 0,
                    "within 2× of a `sqlite3` query producing the same rows");

        const Measured exported =
            measure("export", cli_args(o, large, {"export", "--out", xml.string()}), o.heavy_runs, o);
        const std::vector<std::string> dump{o.sqlite3, "-readonly", large.string(), ".dump"};
        const Measured dumped = measure("sqlite3 .dump", dump, o.heavy_runs, o);
        rows.push_back({"`export` of everything" + runs_note(exported, o.runs), timed_text(exported),
                        timed_text(dumped) + ", `.dump`", ratio_text(exported.seconds / dumped.seconds),
                        mb_text(exported.peak_kb), "under 300 MB peak memory",
                        exported.runs > 0 && exported.peak_kb < 300 * 1024});

        const Measured import = measure("import", cli_args(o, imported, {"import", xml.string()}),
                                        o.heavy_runs, o, [&] { remove_database(imported); });
        remove_database(imported);
        rows.push_back({"`import` of that file into an empty database" + runs_note(import, o.runs),
                        timed_text(import), "—", "—", mb_text(import.peak_kb),
                        "under 10 s, under 300 MB peak memory",
                        import.runs > 0 && import.seconds < 10 && import.peak_kb < 300 * 1024});

        const auto clear_profiles = [&] {
            fs::remove_all(profiles);
            fs::create_directories(profiles);
        };
        const Measured pdfs = measure(
            "profiles", cli_args(o, large, {"profiles", "--out", profiles.string(), "--format", "pdf"}),
            o.heavy_runs, o, clear_profiles);
        std::size_t written = 0;
        for (const auto& file : fs::directory_iterator(profiles))
            written += file.path().extension() == ".pdf";
        fs::remove_all(profiles);
        Measured per_pdf = pdfs;
        per_pdf.seconds = written ? pdfs.seconds / static_cast<double>(written) : NAN;
        per_pdf.cpu_seconds = written ? pdfs.cpu_seconds / static_cast<double>(written) : NAN;
        rows.push_back(
            {"one-page profile PDFs (`profiles`)" + runs_note(pdfs, o.runs),
             timed_text(per_pdf) + " each; " + std::to_string(written) + " in " + seconds_text(pdfs.seconds),
             "—", "—", mb_text(pdfs.peak_kb), "keep (issue: 2.4 ms each)", kept(per_pdf.seconds, 0.0024)});

        with_sqlite("`people --search smith`", {"people", "--search", "smith"}, kPeopleSearch, std::nullopt,
                    0.03, "keep (issue: 0.03 s)");

        const Keystroke key = time_keystrokes(large, 10);
        std::fprintf(stderr, "  %-34s %9.2f ms median, %.2f ms worst of %d\n", "caseload search keystroke",
                     key.median_ms, key.worst_ms, key.count);
        char measured[96];
        std::snprintf(measured, sizeof measured, "%.1f ms (worst %.1f ms of %d)", key.median_ms, key.worst_ms,
                      key.count);
        rows.push_back({"a keystroke of the caseload search (model side)", measured, "—", "—", "—",
                        "under 16 ms at 10,000 people", key.median_ms < 16});

        fs::remove(xml);
        remove_database(large);
        std::printf(
            "\nMedians of %d runs (export, import and profiles: %d); --today %s; CPU is the child's user "
            "and system time, peak memory its ru_maxrss; load average %s at the start, %s at the "
            "end.\n\n",
            o.runs, o.heavy_runs, kToday, load_before.c_str(), load_average().c_str());
        print_table(rows);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "scale_bench: " << e.what() << "\n";
        return 1;
    }
}
