// Opening a pcrecords SQLite file safely: refuse what is not ours or too new, set the connection up, upgrade.
#include "model/sqlite/database.h"

#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <system_error>
#include <thread>

#include "model/core/fill_in.h"
#include "model/core/presence_file.h"
#include "model/core/private_file.h"
#include "model/core/translate.h"
#include "model/sqlite/backup_copy.h"
#include "model/sqlite/migrations.h"

namespace pcr::model {

namespace {}  // namespace

Database::Database(const std::filesystem::path& file, OpenMode mode) : file_(file) {
    const std::string shown = file.string();
    std::error_code ec;
    const bool existed = std::filesystem::exists(file, ec);
    created_ = !existed && mode == OpenMode::CreateIfMissing;
    if (!existed && mode == OpenMode::Existing)
        throw StorageError(fill_in(
            tr("No database at {1}. Create one with `pcrecords-cli --db {1} init`, or check the file name."),
            shown));
    if (existed && std::filesystem::is_directory(file, ec))
        throw StorageError(fill_in(
            tr("{1} is a folder, not a pcrecords database. Give the path of a database file."), shown));
    if (!existed) {
        const auto folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
        if (!std::filesystem::is_directory(folder, ec))
            throw StorageError(fill_in(tr("Cannot create a database at {1}: the folder {2} does not exist. "
                                          "Create the folder first or choose another place."),
                                       shown, folder.string()));
        // Created empty and private to its owner before SQLite opens it (SQLite would make it readable by
        // everyone under the usual umask); SQLite gives the -wal, -shm and journal files the database's mode.
        if (mode == OpenMode::CreateIfMissing)
            if (const std::error_code created = create_private_file(file))
                throw StorageError(
                    fill_in(tr("Cannot create a database at {1}: {2}. Check that you may write to "
                               "the folder, or choose another place."),
                            shown, created.message()));
    }

    // One connection serves one thread at a time (the Store is not shared between threads), so SQLite's own
    // locking around every call is only overhead.
    int flags = SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX;
    if (mode == OpenMode::CreateIfMissing) flags |= SQLite::OPEN_CREATE;
    try {
        db_ = std::make_unique<SQLite::Database>(file, flags, kBusyTimeoutMs);
        read_only_ = sqlite3_db_readonly(db_->getHandle(), "main") == 1;
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xff;
        if (mode != OpenMode::Reading ||
            (code != SQLITE_READONLY && code != SQLITE_CANTOPEN && code != SQLITE_PERM))
            throw error(tr("open the database"), e);
        read_only_ = true;
    }
    if (read_only_ && mode != OpenMode::Reading)
        throw StorageError(fill_in(
            tr("{1} is read-only: it can be read but not written (the file or its folder cannot be "
               "written, or it is on read-only media). Copy it somewhere you can write to change it."),
            shown));
    // A first read makes the write-ahead log's index beside the file, which a completely full disk refuses:
    // something only read is then read as from a read-only medium.
    if (!read_only_ && mode == OpenMode::Reading) {
        try {
            db_->execAndGet("PRAGMA application_id");
        } catch (const SQLite::Exception& e) {
            const int code = e.getErrorCode() & 0xff, system = sqlite3_system_errno(db_->getHandle());
            read_only_ =
                code == SQLITE_FULL || (code == SQLITE_IOERR && (system == ENOSPC || system == EFBIG));
        }
    }
    if (read_only_) open_read_only();
    check_identity();
    configure();
    if (read_only_) {
        // An older layout would need upgrading, which is a change.
        if (db_->execAndGet("PRAGMA user_version").getInt() < latest_schema_version())
            throw StorageError(fill_in(tr("{1} was written by an older pcrecords and must be upgraded, which "
                                          "cannot be done while it is read-only. Copy it somewhere you can "
                                          "write and open the copy."),
                                       shown));
        return;
    }
    // An upgrade changes the whole file: a copy in the old layout goes first, so a failed or unwanted upgrade
    // can be undone (and an older pcrecords can still open the copy). A damaged file is not upgraded.
    const int version = db_->execAndGet("PRAGMA user_version").getInt();
    if (version > 0 && version < latest_schema_version())
        upgrade_backup_problem_ = automatic_backup(*db_, file_, BackupReason::BeforeMigration);
    try {
        migrate(*db_, latest_schema_version());
    } catch (const SQLite::Exception& e) {
        throw error(tr("upgrade the database to the layout this program uses"), e);
    }
}

void Database::open_read_only() {
    const int flags = SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX;
    try {
        db_ = std::make_unique<SQLite::Database>(file_, flags, kBusyTimeoutMs);
        db_->execAndGet("PRAGMA application_id");
        return;
    } catch (const SQLite::Exception&) {
        // Its write-ahead log's index cannot be made beside it (a read-only folder or medium).
    }
    // Read as a file nothing changes, which is what a read-only medium is: no log, no locks.
    std::string uri = "file:";
    for (const unsigned char c : std::filesystem::absolute(file_).string()) {
        static const char* hex = "0123456789ABCDEF";
        if (c == '%' || c == '?' || c == '#' || c < 0x20) {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        } else {
            uri += static_cast<char>(c);
        }
    }
    uri += "?immutable=1";
    try {
        db_ = std::make_unique<SQLite::Database>(uri, flags | SQLITE_OPEN_URI, kBusyTimeoutMs);
    } catch (const SQLite::Exception& e) {
        throw error(tr("open the database"), e);
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
            throw StorageError(
                fill_in(tr("{1} is not a pcrecords database (it is not an SQLite database at all). "
                           "Check the file name, or create a new database with `pcrecords-cli "
                           "--db NEW-FILE init`."),
                        shown));
        throw error(tr("open the database"), e);
    }
    if (application_id == kApplicationId) {
        if (version > latest_schema_version())
            throw StorageError(
                // TRANSLATORS: {1} is the file, {2} and {3} the numbers of database layouts (schemas).
                fill_in(tr("{1} was written by a newer pcrecords (schema {2}; this program knows "
                           "up to {3}). Update pcrecords to open it."),
                        shown, version, latest_schema_version()));
        return;
    }
    // A file with nothing in it yet (just created, or zero bytes) becomes a new pcrecords database.
    if (application_id == 0 && version == 0 && tables == 0) return;
    throw StorageError(
        fill_in(tr("{1} is not a pcrecords database: it is an SQLite database of another program. "
                   "pcrecords has not changed it. Open a pcrecords database, or create a new one "
                   "with `pcrecords-cli --db NEW-FILE init`."),
                shown));
}

void Database::use_write_ahead_log() {
    // Changing the mode needs the file to itself: while another program writes through a rollback journal (an
    // import into an empty database), SQLite says "busy" at once rather than through the busy timeout, so
    // this waits as a write would, a bounded time.
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    for (;;) {
        try {
            db_->execAndGet("PRAGMA journal_mode = WAL");
            return;
        } catch (const SQLite::Exception& e) {
            if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= until) throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void Database::configure() {
    try {
        db_->exec("PRAGMA foreign_keys = ON");
        // WAL lets the app read while a long import or the command line writes; FULL makes each commit
        // durable.
        if (!read_only_) use_write_ahead_log();
        db_->exec("PRAGMA synchronous = FULL");
        // A small page cache (SQLite's default, 2 MB): the big reads here are single passes over a caseload
        // that use each page once, and a bigger cache only allocates and faults in pages it never reuses (a
        // pass over 200,000 cells took 2.5 times the processor time with 64 MB). Imports ask for more.
        db_->exec("PRAGMA cache_size = -2000");
        // A big import grows the write-ahead log to the size of everything it wrote; trim it back afterwards.
        db_->execAndGet("PRAGMA journal_size_limit = 67108864");
    } catch (const SQLite::Exception& e) {
        throw error(tr("set up the connection to the database"), e);
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

SQLite::Statement* Database::cached_if_free(const std::string& sql) {
    const auto found = statements_.find(sql);
    if (found != statements_.end() && found->second->hasRow()) return nullptr;
    return &cached(sql);
}

StorageError Database::error(const std::string& doing, const SQLite::Exception& e) const {
    std::string reason;
    switch (e.getErrorCode() & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            // Only after waiting kBusyTimeoutMs: a write of a moment never gets here.
            // The presence file names the first pcrecords to open the file, which may itself be waiting
            // (for an SQLite shell, say): it is named as a guess, never as the holder.
            if (const auto holder = PresenceFile::other(file_))
                // TRANSLATORS: {1} says who ("pcrecords on HOST by USER since TIME (process N)"), {2} a
                // number of seconds.
                reason = fill_in(tr("the database is in use by another program (perhaps {1}), which kept it "
                                    "busy for more than {2} seconds. Nothing was changed. Try again once it "
                                    "has finished, or close the other program first."),
                                 PresenceFile::describe(*holder), kBusyTimeoutMs / 1000);
            else
                // TRANSLATORS: {1} is a number of seconds.
                reason = fill_in(tr("the database is in use by another program (another pcrecords, the "
                                    "command line or an SQLite tool), which kept it busy for more than {1} "
                                    "seconds. Nothing was changed. Try again once it has finished, or close "
                                    "the other program first."),
                                 kBusyTimeoutMs / 1000);
            break;
        case SQLITE_FULL:
            reason = tr("the disk is full: nothing was changed. Free some space and try again.");
            break;
        case SQLITE_READONLY:
        case SQLITE_PERM:
            reason = read_only_
                         ? tr("it is read-only: it can be read but not changed. Copy it somewhere you can "
                              "write to change it.")
                         : tr("the file cannot be written. Check the permissions of the file and its "
                              "folder.");
            break;
        case SQLITE_CANTOPEN:
            reason =
                tr("the file cannot be opened. Check that it exists and that you may read and write it.");
            break;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            reason =
                tr("the file is damaged. Restore it from an earlier backup (`pcrecords-cli backups` lists "
                   "them).");
            break;
        case SQLITE_IOERR:
            // A write refused outright (rather than cut short) comes as an I/O error with the system's
            // reason.
            if (e.getExtendedErrorCode() == SQLITE_IOERR_WRITE ||
                (db_ && (sqlite3_system_errno(db_->getHandle()) == ENOSPC ||
                         sqlite3_system_errno(db_->getHandle()) == EFBIG))) {
                reason = tr("the disk is full: nothing was changed. Free some space and try again.");
                break;
            }
            // TRANSLATORS: {1} is SQLite's own description of the error, in English.
            reason = fill_in(tr("the disk reported an error ({1}). Check the disk and try again."), e.what());
            break;
        case SQLITE_CONSTRAINT:
            // TRANSLATORS: {1} is SQLite's own description of the rule, in English.
            reason = fill_in(tr("the change breaks a rule of the database ({1})."), e.what());
            break;
        default:
            // TRANSLATORS: {1} is SQLite's own description of the error, in English.
            reason = fill_in(tr("{1}."), e.what());
    }
    // TRANSLATORS: {1} is what was being done ("save the one-page-profile record of person P-1"), {2} the
    // database file, {3} why it failed ("the disk is full. Free some space and try again.").
    return StorageError(fill_in(tr("Could not {1} in {2}: {3}"), doing, file_.string(), reason));
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

WriteTransaction::WriteTransaction(SQLite::Database& db)
    : db_(db), nested_(sqlite3_get_autocommit(db.getHandle()) == 0) {
    db_.exec(nested_ ? "SAVEPOINT pcr_write" : "BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction() {
    if (done_) return;
    sqlite3_exec(db_.getHandle(), nested_ ? "ROLLBACK TO pcr_write; RELEASE pcr_write" : "ROLLBACK", nullptr,
                 nullptr, nullptr);
}

void WriteTransaction::commit() {
    db_.exec(nested_ ? "RELEASE pcr_write" : "COMMIT");
    done_ = true;
}

}  // namespace pcr::model
