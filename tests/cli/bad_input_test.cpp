// Every bad input the command line is given, from the corpus in tests/data/bad (MANIFEST says what each is
// and what must be said): refused with exit 1 and one line naming the file, the line and the problem, and the
// database left exactly as it was.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <regex>
#include <set>

#include "cli_runner.h"

using pcr::test::CliResult;
using pcr::test::kSmallCaseload;
using pcr::test::run_cli;
using pcr::test::shell_quote;
using pcr::test::slurp;
using pcr::test::TempFolder;
namespace fs = std::filesystem;

extern char** environ;

namespace {

const fs::path kCorpus = fs::path(PCR_TEST_SOURCE_DIR) / "data" / "bad";
const std::string kToday = "2026-12-01";

// One line of MANIFEST: a file of the corpus (or @NAME, one the test makes), how it is given, the exit code
// expected and a pattern the message must match.
struct Case {
    int line = 0;
    std::string file;
    std::string command;
    int exit = 1;
    std::string expect;
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t at = 0;
    while (at < line.size()) {
        const std::size_t end = std::min(line.find('\t', at), line.size());
        if (end > at) fields.push_back(line.substr(at, end - at));
        at = end + 1;
    }
    return fields;
}

std::vector<Case> manifest() {
    std::ifstream in(kCorpus / "MANIFEST");
    BOOST_REQUIRE_MESSAGE(in, "cannot read " << (kCorpus / "MANIFEST").string());
    std::vector<Case> cases;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.empty() || line[0] == '#') continue;
        const auto fields = split_tabs(line);
        BOOST_REQUIRE_MESSAGE(fields.size() == 4,
                              "MANIFEST line " << number << ": needs 4 tab-separated fields");
        cases.push_back({number, fields[0], fields[1], std::stoi(fields[2]), fields[3]});
    }
    return cases;
}

void write(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

// The database and the files beside it, byte for byte: what "unchanged" means.
std::string fingerprint(const fs::path& db) {
    std::string all;
    for (const char* suffix : {"", "-wal", "-journal"}) {
        const fs::path file = db.string() + suffix;
        all += std::string(suffix) + ":" + (fs::exists(file) ? slurp(file) : std::string("absent")) + "\n";
    }
    return all;
}

// Runs the command line without a shell and measures it: the exit code and the child's own peak memory.
struct Measured {
    CliResult result;
    long peak_kb = 0;
};

Measured run_measured(const std::vector<std::string>& args, const TempFolder& tmp) {
    // On a server run through common/cli_on_server.sh, which execs the command line in its own process.
    std::vector<std::string> argv_text{PCR_CLI_PATH};
    if (pcr::test::testing_on_server())
        argv_text = {"/bin/bash", PCR_TEST_SOURCE_DIR "/common/cli_on_server.sh", PCR_CLI_PATH};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_text) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    const std::string out = (tmp / "measured-out").string(), err = (tmp / "measured-err").string();
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    Measured m;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    BOOST_REQUIRE(spawned == 0);
    int status = 0;
    rusage usage{};
    BOOST_REQUIRE(wait4(pid, &status, 0, &usage) == pid);
    m.result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    m.result.out = slurp(out);
    m.result.err = slurp(err);
    m.peak_kb = usage.ru_maxrss;
    return m;
}

// A person whose name is `size` bytes of letters.
void write_big_field(const fs::path& file, std::size_t size) {
    std::ofstream out(file, std::ios::binary);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pcrecords format=\"1\">\n  <person id=\"P-9\" "
           "status=\"active\">\n    <name>";
    const std::string chunk(1 << 16, 'a');
    for (std::size_t written = 0; written < size; written += chunk.size())
        out.write(chunk.data(), static_cast<std::streamsize>(std::min(chunk.size(), size - written)));
    out << "</name>\n  </person>\n</pcrecords>\n";
}

// About `size` bytes of people with long notes, well formed and each one valid, with one person at the end
// naming a tool there is no template for: all of it must be read (and written, then rolled back) before the
// problem is found.
void write_big_file(const fs::path& file, std::size_t size) {
    std::ofstream out(file, std::ios::binary);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pcrecords format=\"1\">\n";
    const std::string note(2000, 'n');
    std::size_t written = 0;
    for (int i = 1; written < size; ++i) {
        std::string person =
            "  <person id=\"B-" + std::to_string(i) + "\" status=\"active\">\n    <name>Person " +
            std::to_string(i) +
            "</name>\n    <record tool=\"one-page-profile\">\n      <section id=\"appreciation\">\n";
        for (int item = 0; item < 20; ++item) person += "        <item>" + note + "</item>\n";
        person += "      </section>\n    </record>\n  </person>\n";
        out << person;
        written += person.size();
    }
    out << "  <person id=\"B-last\" status=\"active\">\n    <name>Last</name>\n    <record "
           "tool=\"no-such-tool\"/>\n  </person>\n</pcrecords>\n";
}

// The database holding data that every case is run against, and a copy of the shipped templates to add a bad
// one to.
class Bench {
  public:
    Bench() {
        db_ = tmp_ / "care.db";
        write(tmp_ / "caseload.xml", kSmallCaseload);
        const auto imported =
            run_cli({"--db", db_.string(), "--today", kToday, "import", (tmp_ / "caseload.xml").string()});
        BOOST_REQUIRE_MESSAGE(imported.code == 0, imported.err);
        write(tmp_ / "scores.csv", "topic,level,note\n1.1,3,\n");
        const auto assessed = run_cli({"--db", db_.string(), "--today", kToday, "assess", "--date", kToday,
                                       "--scores", (tmp_ / "scores.csv").string()});
        BOOST_REQUIRE_MESSAGE(assessed.code == 0, assessed.err);
    }

    const fs::path& db() const { return db_; }
    const TempFolder& tmp() const { return tmp_; }

    // The database as a refused case must leave it: its files byte for byte, or on a server run all it holds
    // as an export says it (less the moment of the export).
    std::string state() const {
        if (!pcr::test::testing_on_server()) return fingerprint(db_);
        const fs::path out = tmp_ / "state.xml";
        fs::remove(out);
        const auto exported = run_cli({"--db", db_.string(), "export", "--out", out.string()});
        BOOST_REQUIRE_MESSAGE(exported.code == 0, exported.err);
        return std::regex_replace(slurp(out), std::regex("exported=\"[^\"]*\""), "");
    }

    // The file a case names: the corpus's, or one made here for @NAME.
    fs::path input(const Case& c) {
        if (c.file[0] != '@') return kCorpus / c.file;
        const fs::path made = tmp_ / c.file.substr(1);
        if (fs::exists(made)) return made;
        if (c.file == "@big-field.xml")
            write_big_field(made, 10u << 20);
        else if (c.file == "@big-file.xml")
            write_big_file(made, 200u << 20);
        else if (c.file == "@folder.pcrdb")
            fs::create_directory(made);
        else if (c.file == "@truncated.pcrdb") {
            fs::copy_file(db_, made);
            fs::resize_file(made, fs::file_size(made) / 2);
        } else if (c.file == "@newer-version.pcrdb") {
            fs::copy_file(db_, made);
            // The schema version is PRAGMA user_version, a big-endian number at byte 60 of the header.
            std::fstream f(made, std::ios::binary | std::ios::in | std::ios::out);
            f.seekp(60);
            f.write("\x00\x00\x03\xe7", 4);
        } else
            BOOST_FAIL("MANIFEST line " << c.line << ": no way to make " << c.file);
        return made;
    }

    // Runs one case: the arguments its command takes, against the database (or, for a database case, the
    // file itself as the database).
    std::pair<CliResult, fs::path> run(const Case& c, const fs::path& file) {
        std::vector<std::string> args{"--db", db_.string(), "--today", kToday};
        fs::path db = db_;
        if (c.command == "import") {
            args.insert(args.end(), {"import", file.string()});
        } else if (c.command == "scores") {
            args.insert(args.end(), {"assess", "--date", kToday, "--scores", file.string()});
        } else if (c.command == "actions") {
            args.insert(args.end(), {"assess", "--date", kToday, "--scores", (tmp_ / "scores.csv").string(),
                                     "--actions", file.string()});
        } else if (c.command == "template") {
            const fs::path templates = tmp_ / ("templates-" + std::to_string(c.line));
            fs::create_directories(templates / "tools");
            for (const auto& shipped : fs::directory_iterator(fs::path(PCR_SOURCE_TEMPLATES) / "tools"))
                fs::copy_file(shipped.path(), templates / "tools" / shipped.path().filename());
            fs::copy_file(file, templates / "tools" / file.filename());
            args.insert(args.begin(), {"--templates", templates.string()});
            args.push_back("people");
        } else if (c.command == "database" || c.command == "database-read" ||
                   c.command == "database-completeness") {
            db = file;
            args[1] = db.string();
            if (c.command == "database")
                args.insert(args.end(), {"import", (tmp_ / "caseload.xml").string()});
            else
                args.push_back(c.command == "database-read" ? "people" : "completeness");
        } else {
            BOOST_FAIL("MANIFEST line " << c.line << ": unknown command " << c.command);
        }
        return {run_cli(args), db};
    }

  private:
    TempFolder tmp_;
    fs::path db_;
};

std::size_t count_lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bad_input_test)

BOOST_AUTO_TEST_CASE(every_bad_file_is_refused_in_one_line_naming_file_line_and_problem) {
    Bench bench;
    const auto cases = manifest();
    BOOST_TEST(cases.size() >= 50u);
    for (const Case& c : cases) {
        BOOST_TEST_CONTEXT("MANIFEST line " << c.line << ": " << c.file << " (" << c.command << ")") {
            // A database case is judged by its own file; every other by the database holding data. The
            // database cases are files that are no (usable) database: a server run has none.
            const bool database_case = c.command.rfind("database", 0) == 0;
            if (database_case && pcr::test::testing_on_server()) continue;
            const fs::path file = bench.input(c);
            const std::string before =
                database_case ? (fs::is_regular_file(file) ? fingerprint(file) : "") : bench.state();
            const auto [result, db] = bench.run(c, file);
            BOOST_TEST(result.code == c.exit, result.err);
            const std::regex expected(c.expect);
            if (c.exit == 0) {
                // Accepted: correct input in a form spreadsheets write.
                BOOST_TEST(std::regex_search(result.out + result.err, expected), result.out + result.err);
                continue;
            }
            BOOST_TEST(result.out.empty(), result.out);
            BOOST_TEST(count_lines(result.err) == 1u, result.err);
            BOOST_TEST(result.err.find(file.filename().string()) != std::string::npos, result.err);
            BOOST_TEST(std::regex_search(result.err, expected), result.err);
            if (!database_case)
                BOOST_TEST((bench.state() == before), "changed");
            else if (fs::is_regular_file(file))
                BOOST_TEST((fingerprint(file) == before), "changed");
        }
    }
}

BOOST_AUTO_TEST_CASE(the_manifest_names_every_file_of_the_corpus) {
    std::set<std::string> named;
    for (const Case& c : manifest()) named.insert(c.file);
    for (const auto& entry : fs::recursive_directory_iterator(kCorpus)) {
        if (!entry.is_regular_file() || entry.path().filename() == "MANIFEST") continue;
        const std::string name = fs::relative(entry.path(), kCorpus).string();
        BOOST_TEST(named.count(name) == 1u, name << " is in the corpus but not in MANIFEST");
    }
}

BOOST_AUTO_TEST_CASE(a_200_mb_file_is_refused_with_bounded_memory) {
    Bench bench;
    const fs::path big = bench.tmp() / "big.xml";
    write_big_file(big, 200u << 20);
    const std::string before = bench.state();
    const Measured m =
        run_measured({"--db", bench.db().string(), "--today", kToday, "import", big.string()}, bench.tmp());
    BOOST_TEST(m.result.code == 1, m.result.err);
    BOOST_TEST(count_lines(m.result.err) == 1u, m.result.err);
    BOOST_TEST(m.result.err.find("big.xml") != std::string::npos, m.result.err);
    BOOST_TEST(m.result.err.find("no-such-tool") != std::string::npos, m.result.err);
    BOOST_TEST(bench.state() == before);
    BOOST_TEST_MESSAGE("peak memory importing 200 MB: " << m.peak_kb / 1024 << " MB");
    BOOST_TEST(m.peak_kb < 300L * 1024, "peak memory " << m.peak_kb / 1024 << " MB");
}

// A file's permissions: a server decides who may write for itself.
BOOST_AUTO_TEST_CASE(a_database_that_cannot_be_written_is_refused_and_left_as_it_was,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    if (geteuid() != 0 || std::system("command -v setpriv >/dev/null") != 0) {
        BOOST_TEST_MESSAGE("needs root and setpriv to run a command as another account: not checked here");
        return;
    }
    Bench bench;
    fs::permissions(bench.tmp().path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                            fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(bench.db(), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                    fs::perms::others_read);
    const std::string before = fingerprint(bench.db());
    // Root may write anything: the account "nobody" sees the file as read-only.
    TempFolder out;
    fs::permissions(out.path(), fs::perms::all);
    const std::string command = "setpriv --reuid=65534 --regid=65534 --clear-groups " +
                                shell_quote(PCR_CLI_PATH) + " --db " + shell_quote(bench.db().string()) +
                                " import " + shell_quote((bench.tmp() / "caseload.xml").string()) +
                                " >/dev/null 2>" + shell_quote((out / "err").string()) + " </dev/null";
    const int status = std::system(command.c_str());
    const std::string err = slurp(out / "err");
    BOOST_TEST(WEXITSTATUS(status) == 1);
    BOOST_TEST(count_lines(err) == 1u, err);
    BOOST_TEST(err.find("care.db is read-only") != std::string::npos, err);
    BOOST_TEST(fingerprint(bench.db()) == before);
}

BOOST_AUTO_TEST_SUITE_END()
