// What a command in its own file works with, as the command dispatcher hands it over.
#pragma once

#include <filesystem>
#include <iosfwd>

#include "cli/arguments.h"
#include "model/core/date.h"
#include "model/domain/template_registry.h"

namespace pcr::cli {

// The parsed arguments, the database file, the day judgements are made on, the templates in use, and where
// CSV output (out) and messages (err) go.
struct CommandContext {
    const Arguments& args;
    const std::filesystem::path& db;
    const model::Date& today;
    const model::TemplateRegistry& templates;
    std::ostream& out;
    std::ostream& err;
};

}  // namespace pcr::cli
