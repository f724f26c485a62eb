// The one way into storage: open the store at a location for the person acting.
#pragma once

#include <memory>

#include "model/domain/principal.h"
#include "model/store/open_mode.h"
#include "model/store/store.h"
#include "model/store/store_location.h"

namespace pcr::model {

// Opens the store at `location` for `acting`, who every change it writes is recorded under. Throws
// pcr::StorageError naming the location and what to do when it cannot be opened, and pcr::UserError for a
// kind of location this program has no backend for.
std::unique_ptr<Store> open_store(const StoreLocation& location, const Principal& acting,
                                  OpenMode mode = OpenMode::Existing);

}  // namespace pcr::model
