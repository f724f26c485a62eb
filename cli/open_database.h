// Opening the database a command names, for the person running it.
#pragma once

#include <memory>

#include "cli/arguments.h"
#include "model/store/open_mode.h"
#include "model/store/store.h"

namespace pcr::cli {

// The store at --db, acting for --as NAME or, without it, the login name.
std::unique_ptr<model::Store> open_database(const Arguments& args,
                                            model::OpenMode mode = model::OpenMode::Existing);

}  // namespace pcr::cli
