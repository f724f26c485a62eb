// The Store kept in one SQLite file: schema by numbered migrations, WAL journal, full history.
#pragma once

#include <filesystem>
#include <memory>

#include "model/store/store.h"

namespace pcr::model {

// The schema version this program writes; a file with a higher PRAGMA user_version is refused.
int sqlite_schema_version();

enum class OpenMode {
    Existing,        // the file must exist and be a pcrecords database (older ones are upgraded)
    CreateIfMissing  // as Existing, but a missing file becomes a new empty database
};

// Opens a pcrecords database. Throws pcr::StorageError with a message naming the file and what to do when
// the file is missing (Existing), is not a pcrecords database, is newer than this program, or cannot be read.
// A store is used by one thread at a time; other threads or programs open their own on the same file.
std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& file,
                                         OpenMode mode = OpenMode::Existing);

}  // namespace pcr::model
