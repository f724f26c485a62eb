// The one way into storage: open the store at a location for the person acting.
#pragma once

#include <memory>
#include <string>

#include "model/domain/principal.h"
#include "model/store/open_mode.h"
#include "model/store/store.h"
#include "model/store/store_location.h"

namespace pcr::model {

// Opens the store at `location` for `acting`, who every change it writes is recorded under. Throws
// pcr::StorageError naming the location and what to do when it cannot be opened, and pcr::UserError for a
// kind of location this program has no backend for.
// `daily` says whether the first writing open of a day makes its automatic backup before returning.
std::unique_ptr<Store> open_store(const StoreLocation& location, const Principal& acting,
                                  OpenMode mode = OpenMode::Existing,
                                  DailyBackup daily = DailyBackup::WhileOpening);

// Makes today's automatic backup of the store at `location` if it has none yet, for a store opened with
// DailyBackup::Later; safe on a thread of its own beside the program's store. Returns why none could be made,
// or "" when one was made or none was due.
std::string make_daily_backup(const StoreLocation& location);

}  // namespace pcr::model
