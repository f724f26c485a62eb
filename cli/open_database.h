// Opening the database a command names, for the person running it (signed in when the database has accounts).
#pragma once

#include <memory>

#include "cli/arguments.h"
#include "model/store/open_mode.h"
#include "model/store/store.h"

namespace pcr::cli {

// The store at --db. In an open database (no accounts) it acts for --as NAME or, without it, the login name.
// In a protected one it signs in as --user NAME with the password from PCRECORDS_PASSWORD or the terminal,
// on the real clock, and acts for that account. Throws pcr::AccessError (exit 3) saying why when sign-in is
// missing or refused.
std::unique_ptr<model::Store> open_database(const Arguments& args,
                                            model::OpenMode mode = model::OpenMode::Existing);

}  // namespace pcr::cli
