// Opening the database a command names, for the person running it (signed in when the database has accounts).
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <vector>

#include "cli/arguments.h"
#include "model/store/open_mode.h"
#include "model/store/store.h"

namespace pcr::cli {

// The store at --db. In an open database (no accounts) it acts for --as NAME or, without it, the login name.
// In a protected one it signs in as --user NAME with the password from PCRECORDS_PASSWORD or the terminal,
// on the real clock, and acts for that account. Throws pcr::AccessError (exit 3) saying why when sign-in is
// missing or refused.
// A command that only reads the database (people, completeness, the exports...) opens it with
// OpenMode::Reading, so an archived copy or read-only media serves it; a command that writes is refused on
// such a file, saying it is read-only.
std::unique_ptr<model::Store> open_database(const Arguments& args,
                                            model::OpenMode mode = model::OpenMode::Existing);

// True when the command only reads the database (it is then opened with OpenMode::Reading).
bool only_reads(const Arguments& args);

// Records `events` for the `files` an export wrote (model/export/export_audit.h: refused, the files removed,
// when the audit trail cannot take them); a read-only database cannot hold them, so then a line on `err` says
// so instead.
void record_exports(model::Store& store, const std::vector<model::AuditEvent>& events,
                    const std::vector<std::filesystem::path>& files, const Arguments& args,
                    std::ostream& err);

}  // namespace pcr::cli
