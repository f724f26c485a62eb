// The Store kept in one SQLite file or on a PostgreSQL server: schema by numbered migrations, full history.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "model/store/copy_counts.h"
#include "model/store/open_mode.h"
#include "model/store/store.h"
#include "model/store/store_location.h"

namespace pcr::model {

// The schema version this program writes; a file with a higher PRAGMA user_version is refused.
int sqlite_schema_version();

// The database file and the files SQLite keeps beside it (-wal, -shm, -journal) that exist now.
std::vector<std::filesystem::path> sqlite_files(const std::filesystem::path& file);

// Puts the pcrecords database `from` in the place of `file` (sqlite/backup_copy.h: restore_database), after
// keeping a backup of `file` beside it; returns that backup. Every connection of this program to `file` must
// be closed first.
std::filesystem::path restore_sqlite_file(const std::filesystem::path& file,
                                          const std::filesystem::path& from);

// Opens a pcrecords database file for `acting`. Throws pcr::StorageError with a message naming the file and
// what to do when the file is missing (Existing), is not a pcrecords database, is newer than this program, or
// cannot be read. A store is used by one thread at a time; other threads or programs open their own on the
// same file. Programs open stores through open_store (backends/open_store.h), which picks the backend.
std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& file, const Principal& acting,
                                         OpenMode mode = OpenMode::Existing,
                                         DailyBackup daily = DailyBackup::WhileOpening);

// Opens the pcrecords database on the PostgreSQL server at `uri` (a libpq connection URI) for `acting`: the
// same store on the same schema as a file's, with writers taking turns and every change seen by the others.
// Throws pcr::StorageError naming the server and what to do when it cannot be reached, holds another
// program's tables, has no pcrecords database (Existing) or is newer than this program.
std::unique_ptr<Store> open_server_store(const std::string& uri, const Principal& acting,
                                         OpenMode mode = OpenMode::Existing);

}  // namespace pcr::model

namespace pcr::model {

// Copies everything in the store at `from` (history, sign-offs, accounts and the audit trail included) into
// the store at `to`, made when it does not exist and otherwise empty; see copy_contents (sqlite/store_copy.h)
// for the checks. Then records in `to`'s audit trail, under `who`, where it came from.
CopyCounts copy_store_contents(const StoreLocation& from, const StoreLocation& to, const std::string& who);

}  // namespace pcr::model
