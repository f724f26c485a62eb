// Opening a pcrecords SQLite file safely: refuse what is not ours or too new, set the connection up, upgrade.
#include "model/sqlite/database.h"

#include <sqlite3.h>

#include <system_error>

#include "model/core/private_file.h"
#include "model/sqlite/migrations.h"

namespace pcr::model {

namespace {

// How long a write waits for another program's write to finish before giving up.
constexpr int kBusyTimeoutMs = 10000;

std::string create_hint(const std::filesystem::path& file) {
    return "Create one with `pcrecords-cli --db " + file.string() + " init`";
}

}  // namespace

Database::Database(const std::filesystem::path& file, OpenMode mode) : file_(file) {
    const std::string shown = file.string();
    std::error_code ec;
    const bool existed = std::filesystem::exists(file, ec);
    if (!existed && mode == OpenMode::Existing)
        throw StorageError("No database at " + shown + ". " + create_hint(file) +
                           ", or check the file name.");
    if (existed && std::filesystem::is_directory(file, ec))
        throw StorageError(shown +
                           " is a folder, not a pcrecords database. Give the path of a database file.");
    if (!existed) {
        const auto folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
        if (!std::filesystem::is_directory(folder, ec))
            throw StorageError("Cannot create a database at " + shown + ": the folder " + folder.string() +
                               " does not exist. Create the folder first or choose another place.");
        // Created empty and private to its owner before SQLite opens it (SQLite would make it readable by
        // everyone under the usual umask); SQLite gives the -wal, -shm and journal files the database's mode.
        if (mode == OpenMode::CreateIfMissing)
            if (const std::error_code created = create_private_file(file))
                throw StorageError("Cannot create a database at " + shown + ": " + created.message() +
                                   ". Check that you may write to the folder, or choose another place.");
    }

    // One connection serves one thread at a time (the Store is not shared between threads), so SQLite's own
    // locking around every call is only overhead.
    int flags = SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX;
    if (mode == OpenMode::CreateIfMissing) flags |= SQLite::OPEN_CREATE;
    try {
        db_ = std::make_unique<SQLite::Database>(file, flags, kBusyTimeoutMs);
    } catch (const SQLite::Exception& e) {
        throw error("open the database", e);
    }
    if (sqlite3_db_readonly(db_->getHandle(), "main") == 1)
        throw StorageError(shown +
                           " can be read but not written. Check the permissions of the file and its folder, "
                           "or copy it somewhere you can write.");
    check_identity();
    configure();
    try {
        migrate(*db_, latest_schema_version());
    } catch (const SQLite::Exception& e) {
        throw error("upgrade the database to the layout this program uses", e);
    }
}

void Database::check_identity() {
    const std::string shown = file_.string();
    int application_id = 0, version = 0, tables = 0;
    try {
        application_id = db_->execAndGet("PRAGMA application_id").getInt();
        version = db_->execAndGet("PRAGMA user_version").getInt();
        tables = db_->execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xff) == SQLITE_NOTADB)
            throw StorageError(shown +
                               " is not a pcrecords database (it is not an SQLite database at all). "
                               "Check the file name, or create a new database with `pcrecords-cli --db "
                               "NEW-FILE init`.");
        throw error("open the database", e);
    }
    if (application_id == kApplicationId) {
        if (version > latest_schema_version())
            throw StorageError(shown + " was written by a newer pcrecords (schema " +
                               std::to_string(version) + "; this program knows up to " +
                               std::to_string(latest_schema_version()) + "). Update pcrecords to open it.");
        return;
    }
    // A file with nothing in it yet (just created, or zero bytes) becomes a new pcrecords database.
    if (application_id == 0 && version == 0 && tables == 0) return;
    throw StorageError(shown +
                       " is not a pcrecords database: it is an SQLite database of another program. "
                       "pcrecords has not changed it. Open a pcrecords database, or create a new one with "
                       "`pcrecords-cli --db NEW-FILE init`.");
}

void Database::configure() {
    try {
        db_->exec("PRAGMA foreign_keys = ON");
        // WAL lets the app read while a long import or the command line writes; FULL makes each commit
        // durable.
        db_->execAndGet("PRAGMA journal_mode = WAL");
        db_->exec("PRAGMA synchronous = FULL");
        db_->exec("PRAGMA cache_size = -65536");
        // A big import grows the write-ahead log to the size of everything it wrote; trim it back afterwards.
        db_->execAndGet("PRAGMA journal_size_limit = 67108864");
    } catch (const SQLite::Exception& e) {
        throw error("set up the connection to the database", e);
    }
}

SQLite::Statement& Database::cached(const std::string& sql) {
    auto& slot = statements_[sql];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(*db_, sql);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

StorageError Database::error(const std::string& doing, const SQLite::Exception& e) const {
    std::string reason;
    switch (e.getErrorCode() & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            reason = "another program is writing to it. Try again in a moment.";
            break;
        case SQLITE_FULL:
            reason = "the disk is full. Free some space and try again.";
            break;
        case SQLITE_READONLY:
        case SQLITE_PERM:
            reason = "the file cannot be written. Check the permissions of the file and its folder.";
            break;
        case SQLITE_CANTOPEN:
            reason = "the file cannot be opened. Check that it exists and that you may read and write it.";
            break;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            reason = "the file is damaged. Restore it from a backup (`pcrecords-cli backup` makes one).";
            break;
        case SQLITE_IOERR:
            reason =
                std::string("the disk reported an error (") + e.what() + "). Check the disk and try again.";
            break;
        case SQLITE_CONSTRAINT:
            reason = std::string("the change breaks a rule of the database (") + e.what() + ").";
            break;
        default:
            reason = std::string(e.what()) + ".";
    }
    return StorageError("Could not " + doing + " in " + file_.string() + ": " + reason);
}

ReadSnapshot::ReadSnapshot(SQLite::Database& db) : db_(db) {
    if (sqlite3_get_autocommit(db_.getHandle()) != 0) {
        db_.exec("BEGIN");
        owns_ = true;
    }
}

ReadSnapshot::~ReadSnapshot() {
    if (owns_) sqlite3_exec(db_.getHandle(), "COMMIT", nullptr, nullptr, nullptr);
}

}  // namespace pcr::model
