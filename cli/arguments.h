// Parses pcrecords-cli's command line: global options, the command, its options and positional arguments.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pcr::cli {

// A malformed command line: exit code 2, the message and a pointer to --help.
class UsageError : public std::exception {
  public:
    explicit UsageError(std::string message) : message_(std::move(message)) {}
    const char* what() const noexcept override { return message_.c_str(); }

  private:
    std::string message_;
};

struct Arguments {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  // "--db" -> "x.db"; flags map to ""

    bool has(const std::string& option) const { return options.count(option) > 0; }
    std::optional<std::string> get(const std::string& option) const;
};

// What a command accepts: options that take a value, flags, and how many positional arguments.
struct CommandSpec {
    std::string name;
    std::set<std::string> valued;
    std::set<std::string> flags;
    int positional = 0;
    std::string usage;  // "import FILE.xml"
    std::string summary;
    int positional_max = -1;  // more positional arguments allowed, up to this many; -1: exactly `positional`
    // Global options that mean something else after this command's word: {"--user", "--by"} makes
    // `audit --user NAME` the filter (--by) while `--user NAME audit` still signs in.
    std::map<std::string, std::string> renamed = {};
};

const std::vector<CommandSpec>& command_specs();

// Options may come before or after the command. Throws UsageError.
Arguments parse_arguments(const std::vector<std::string>& argv);

std::string usage_text();

}  // namespace pcr::cli
