// Runs the built pcrecords-cli in a child process and captures its exit code, stdout and stderr.
#pragma once

#include <sys/wait.h>

#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "common/test_server.h"

namespace pcr::test {

struct CliResult {
    int code = -1;
    std::string out;
    std::string err;
};

inline std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

inline std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A fresh folder under the system temp folder, removed when the object goes.
class TempFolder {
  public:
    TempFolder() {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() /
                ("pcr-cli-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  private:
    std::filesystem::path path_;
};

// Runs the command line with `input` as its standard input (not a terminal) and `environment` set
// ("NAME=value" each) on top of this process's, less any PCRECORDS_PASSWORD of its own.
inline CliResult run_cli(const std::vector<std::string>& args, const std::string& input,
                         const std::vector<std::string>& environment = {}) {
    TempFolder tmp;
    std::ofstream(tmp / "in", std::ios::binary) << input;
    std::string command = "env -u PCRECORDS_PASSWORD";
    for (const auto& setting : environment) command += " " + shell_quote(setting);
    // On a server run, --db FILE stands for the server's database of that name (common/cli_on_server.sh).
    if (testing_on_server())
        command += " bash " + shell_quote(PCR_TEST_SOURCE_DIR "/common/cli_on_server.sh");
    command += " " + shell_quote(PCR_CLI_PATH);
    for (const auto& a : args) command += " " + shell_quote(a);
    command += " >" + shell_quote((tmp / "out").string()) + " 2>" + shell_quote((tmp / "err").string()) +
               " <" + shell_quote((tmp / "in").string());
    const int status = std::system(command.c_str());
    CliResult r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(tmp / "out");
    r.err = slurp(tmp / "err");
    return r;
}

inline CliResult run_cli(const std::vector<std::string>& args) {
    return run_cli(args, "");
}

// The command line on the database file `file`, a file even on a server run (a backup is one whichever engine
// keeps the store): named by PCRECORDS_DB, which common/cli_on_server.sh leaves as it is.
inline CliResult run_cli_on_file(const std::filesystem::path& file, const std::vector<std::string>& args) {
    return run_cli(args, "", {"PCRECORDS_DB=" + file.string()});
}

inline std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) result.push_back(line);
    return result;
}

// A small caseload the command tests import: two active people (one with a one-page profile) and one
// archived.
inline constexpr const char* kSmallCaseload = R"(<?xml version="1.0" encoding="UTF-8"?>
<pcrecords format="1" exported="2026-11-26T14:00:00Z">
  <person id="P-1" status="active">
    <name>Zoë Williams</name>
    <preferred-name>Zo</preferred-name>
    <born>1940-02-29</born>
    <record tool="one-page-profile" reviewed="2026-06-01">
      <section id="appreciation">
        <item>Quick to make people laugh</item>
        <item>Remembers everyone's birthday</item>
        <item>Kind to new staff</item>
      </section>
      <section id="important-to-me">
        <item>Tea in the blue mug</item>
      </section>
    </record>
  </person>
  <person id="P-2" status="active">
    <name>Siân Rhys</name>
  </person>
  <person id="P-3" status="archived">
    <name>Łukasz Wójcik</name>
  </person>
</pcrecords>
)";

// A database in a folder of its own, made by importing `files` (interchange texts) in turn, and the command
// line run on it.
struct CliDatabase {
    explicit CliDatabase(const std::vector<const char*>& files) {
        for (std::size_t i = 0; i < files.size(); ++i) {
            const auto file = folder / ("import-" + std::to_string(i) + ".xml");
            std::ofstream(file, std::ios::binary) << files[i];
            BOOST_REQUIRE(run_cli({"--db", db, "import", file.string()}).code == 0);
        }
    }
    // The command line with `args` after --db.
    CliResult cli(const std::vector<std::string>& args) const {
        std::vector<std::string> all{"--db", db};
        all.insert(all.end(), args.begin(), args.end());
        return run_cli(all);
    }
    TempFolder folder;
    std::string db = (folder / "records.db").string();
};

}  // namespace pcr::test
