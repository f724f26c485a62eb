// The commands of pcrecords-cli, each a thin layer over the model writing CSV to stdout.
#pragma once

#include <iosfwd>

#include "cli/arguments.h"

namespace pcr::cli {

// Runs the parsed command. Returns the exit code; throws pcr::Error for a user error (exit 1) and
// UsageError for a bad option value (exit 2).
int run_command(const Arguments& args, std::ostream& out, std::ostream& err);

}  // namespace pcr::cli
