// Putting a store back as it was in one of its backups.
#pragma once

#include <filesystem>

#include "model/domain/principal.h"
#include "model/store/store_location.h"

namespace pcr::model {

// Restores the store at `location` from the backup file `from`, for `acting`, who must be allowed to back up
// (an administrator, in a database with accounts). Every store of this program on `location` must be closed
// first. Refuses (pcr::StorageError, the store unchanged) when `from` is not a whole pcrecords database this
// program can open or another program has the store open; otherwise keeps a backup of the current file
// beside it, puts the backup in its place, and records the restore in the restored file's audit trail.
// Returns the backup of the file it replaced.
std::filesystem::path restore_store(const StoreLocation& location, const Principal& acting,
                                    const std::filesystem::path& from);

}  // namespace pcr::model
