// Copies of a pcrecords SQLite file through SQLite's online backup API: checked backups, the automatic ones
// kept beside the database, and putting a backup back in the database's place.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <string>

#include "model/store/backup_folder.h"

namespace pcr::model {

// The first damage SQLite's quick check finds in `db` (its b-trees and pages, without the slower comparison
// of every index with its table), or "" when there is none.
std::string first_damage(SQLite::Database& db);

// Throws pcr::StorageError naming `target` when it exists: a backup never overwrites a file.
void refuse_existing_backup(const std::filesystem::path& target);

// A consistent copy of `source` (the open database of the file `source_file`) at the new file `target`,
// created owner-only, read back whole before it is given its name. Refuses (pcr::StorageError, nothing
// written) when `source` is damaged, unless the caller has just checked it (`source_checked`), when `target`
// exists, or when its folder does not.
void copy_database(SQLite::Database& source, const std::filesystem::path& source_file,
                   const std::filesystem::path& target, bool source_checked = false);

// Makes an automatic backup of `source` in its backup folder (store/backup_folder.h) for `reason`, then
// removes the backups the rotation set in the database (backup.daily, .weekly, .monthly) no longer keeps. A
// database with no people, staff, team or accounts (one just made) has nothing to keep and gets none.
// Throws pcr::StorageError when `source` is damaged (a copy would be no backup); returns why no backup
// could be made for any other reason (a folder that cannot be made beside the file, a full disk), or ""
// when it was made.
std::string automatic_backup(SQLite::Database& source, const std::filesystem::path& source_file,
                             BackupReason reason, bool source_checked = false);

// True when the database `file` has no automatic backup of today (UTC) yet.
bool daily_backup_due(const std::filesystem::path& file);

// Makes today's automatic backup of the database `file` if it has none yet (automatic_backup, Daily), through
// a read-only connection of its own, so it may run on a thread of its own while the program works on the
// file. Returns why no backup could be made (damage included), or "" when one was made or none was due.
std::string make_daily_backup(const std::filesystem::path& file);

// Why the database could not be restored from `file`, in words to put after "because"; "" when `file` is a
// whole pcrecords database of a layout this program can open.
std::string restore_problem(const std::filesystem::path& file);

// True when another program has the database `file` open: each SQLite connection in write-ahead-log mode
// holds a shared lock on one byte of the -shm file for as long as it is open, which the kernel lists in
// /proc/locks. Connections of this program are not counted; its own may stay open while it asks.
bool open_elsewhere(const std::filesystem::path& file);

// Puts a copy of the pcrecords database `from` in the place of `database`, all at once: written to a
// temporary in the same folder, synced to the disk, the old -wal and -shm removed and the temporary renamed
// over the database. Throws pcr::StorageError (the database unchanged) on failure.
void replace_database(const std::filesystem::path& from, const std::filesystem::path& database);

// Puts the pcrecords database `from` in the place of `database`: refuses (pcr::StorageError, nothing changed)
// when `from` is not a whole pcrecords database this program can open or another program has `database`
// open; otherwise keeps a backup of `database` first (BackupReason::BeforeRestore; a damaged file is copied
// as it is) and replaces it (replace_database). Returns the backup of `database` it kept.
std::filesystem::path restore_database(const std::filesystem::path& from,
                                       const std::filesystem::path& database);

}  // namespace pcr::model
