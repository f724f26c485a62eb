// Opening a pcrecords database safely, an SQLite file or a server: refuse what is not ours or too new, set
// the connection up, upgrade.
#include "model/sqlite/database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <system_error>
#include <thread>

#include "model/core/fill_in.h"
#include "model/core/presence_file.h"
#include "model/core/private_file.h"
#include "model/core/translate.h"
#include "model/sql/postgres_connection.h"
#include "model/sql/sqlite_connection.h"
#include "model/sqlite/backup_copy.h"
#include "model/sqlite/migrations.h"

namespace pcr::model {

Database::Database(const std::filesystem::path& file, OpenMode mode) {
    open_file(file, mode);
}

Database::Database(const StoreLocation& location, OpenMode mode) {
    if (location.is_server())
        open_server(location.text(), mode);
    else
        open_file(location.file(), mode);
}

void Database::open_server(const std::string& uri, OpenMode mode) {
    where_ = StoreLocation::parse(uri).shown();
    try {
        connection_ = std::make_unique<sql::PostgresConnection>(uri);
    } catch (const sql::Error& e) {
        throw error(tr("connect to the database"), e);
    }
    try {
        const int version = stored_schema_version(sql());
        const int application_id = stored_application_id(sql());
        if (version == 0) {
            const auto tables = sql::one_integer(
                sql(),
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
            if (tables > 0)
                throw StorageError(fill_in(
                    tr("The database {1} holds tables of another program, not pcrecords. pcrecords has not "
                       "changed it. Give the address of an empty database or of a pcrecords one."),
                    where_));
            if (mode != OpenMode::CreateIfMissing)
                throw StorageError(fill_in(
                    tr("There is no pcrecords database on {1} yet. Create one with `pcrecords-cli --db "
                       "{1} init`, or check the address."),
                    where_));
            created_ = true;
        } else if (application_id != kApplicationId) {
            throw StorageError(fill_in(tr("The database {1} holds tables of another program, not pcrecords. "
                                          "pcrecords has not changed it. Give the address of a pcrecords "
                                          "database."),
                                       where_));
        } else if (version > latest_schema_version()) {
            throw StorageError(
                // TRANSLATORS: {1} is the server's address, {2} and {3} the numbers of database layouts.
                fill_in(tr("{1} was written by a newer pcrecords (schema {2}; this program knows up to {3}). "
                           "Update pcrecords to open it."),
                        where_, version, latest_schema_version()));
        }
        migrate(sql(), latest_schema_version());
    } catch (const sql::Error& e) {
        throw error(tr("upgrade the database to the layout this program uses"), e);
    }
}

void Database::open_file(const std::filesystem::path& file, OpenMode mode) {
    file_ = file;
    where_ = file.string();
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
        connection_ = std::make_unique<sql::SqliteConnection>(
            std::make_unique<SQLite::Database>(file, flags, kBusyTimeoutMs));
        read_only_ = sqlite3_db_readonly(sqlite().getHandle(), "main") == 1;
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xff;
        if (mode != OpenMode::Reading ||
            (code != SQLITE_READONLY && code != SQLITE_CANTOPEN && code != SQLITE_PERM))
            throw error(tr("open the database"), sql::sqlite_error(e, nullptr));
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
            sqlite().execAndGet("PRAGMA application_id");
        } catch (const SQLite::Exception& e) {
            const int code = e.getErrorCode() & 0xff, system = sqlite3_system_errno(sqlite().getHandle());
            read_only_ =
                code == SQLITE_FULL || (code == SQLITE_IOERR && (system == ENOSPC || system == EFBIG));
        }
    }
    if (read_only_) open_read_only();
    check_identity();
    configure();
    if (read_only_) {
        // An older layout would need upgrading, which is a change.
        if (stored_schema_version(sql()) < latest_schema_version())
            throw StorageError(fill_in(tr("{1} was written by an older pcrecords and must be upgraded, which "
                                          "cannot be done while it is read-only. Copy it somewhere you can "
                                          "write and open the copy."),
                                       shown));
        return;
    }
    // An upgrade changes the whole file: a copy in the old layout goes first, so a failed or unwanted upgrade
    // can be undone (and an older pcrecords can still open the copy). A damaged file is not upgraded.
    const int version = stored_schema_version(sql());
    if (version > 0 && version < latest_schema_version())
        upgrade_backup_problem_ = automatic_backup(sqlite(), file_, BackupReason::BeforeMigration);
    try {
        migrate(sql(), latest_schema_version());
    } catch (const sql::Error& e) {
        throw error(tr("upgrade the database to the layout this program uses"), e);
    }
}

void Database::open_read_only() {
    const int flags = SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX;
    try {
        auto db = std::make_unique<SQLite::Database>(file_, flags, kBusyTimeoutMs);
        db->execAndGet("PRAGMA application_id");
        connection_ = std::make_unique<sql::SqliteConnection>(std::move(db));
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
        connection_ = std::make_unique<sql::SqliteConnection>(
            std::make_unique<SQLite::Database>(uri, flags | SQLITE_OPEN_URI, kBusyTimeoutMs));
    } catch (const SQLite::Exception& e) {
        throw error(tr("open the database"), sql::sqlite_error(e, nullptr));
    }
}

void Database::check_identity() {
    const std::string shown = file_.string();
    int application_id = 0, version = 0, tables = 0;
    try {
        application_id = sqlite().execAndGet("PRAGMA application_id").getInt();
        version = sqlite().execAndGet("PRAGMA user_version").getInt();
        tables = sqlite().execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xff) == SQLITE_NOTADB)
            throw StorageError(
                fill_in(tr("{1} is not a pcrecords database (it is not an SQLite database at all). "
                           "Check the file name, or create a new database with `pcrecords-cli "
                           "--db NEW-FILE init`."),
                        shown));
        throw error(tr("open the database"), sql::sqlite_error(e, sqlite().getHandle()));
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
            sqlite().execAndGet("PRAGMA journal_mode = WAL");
            return;
        } catch (const SQLite::Exception& e) {
            if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= until) throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void Database::configure() {
    try {
        sqlite().exec("PRAGMA foreign_keys = ON");
        // WAL lets the app read while a long import or the command line writes; FULL makes each commit
        // durable.
        if (!read_only_) use_write_ahead_log();
        sqlite().exec("PRAGMA synchronous = FULL");
        // A small page cache (SQLite's default, 2 MB): the big reads here are single passes over a caseload
        // that use each page once, and a bigger cache only allocates and faults in pages it never reuses (a
        // pass over 200,000 cells took 2.5 times the processor time with 64 MB). Imports ask for more.
        sqlite().exec("PRAGMA cache_size = -2000");
        // A big import grows the write-ahead log to the size of everything it wrote; trim it back afterwards.
        sqlite().execAndGet("PRAGMA journal_size_limit = 67108864");
        data_version_ = sqlite().execAndGet("PRAGMA data_version").getInt64();
    } catch (const SQLite::Exception& e) {
        throw error(tr("set up the connection to the database"), sql::sqlite_error(e, sqlite().getHandle()));
    }
}

sql::Statement& Database::cached(const std::string& sql) {
    auto& slot = statements_[sql];
    if (!slot) {
        slot = std::make_unique<sql::Statement>(connection_->prepare_kept(sql));
    } else {
        slot->reset();
        slot->clear_bindings();
    }
    return *slot;
}

sql::Statement* Database::cached_if_free(const std::string& sql) {
    const auto found = statements_.find(sql);
    if (found != statements_.end() && found->second->has_row()) return nullptr;
    return &cached(sql);
}

StorageError Database::error(const std::string& doing, const sql::Error& e) const {
    // A server has no file, even before its connection is made.
    const bool server = file_.empty();
    std::string reason;
    switch (e.failure()) {
        case sql::Failure::Busy:
            // Only after waiting kBusyTimeoutMs: a write of a moment never gets here.
            if (server)
                // TRANSLATORS: {1} is a number of seconds.
                reason = fill_in(tr("another user's change kept the database busy for more than {1} seconds. "
                                    "Nothing was changed. Try again in a moment."),
                                 kBusyTimeoutMs / 1000);
            // The presence file names the first pcrecords to open the file, which may itself be waiting
            // (for an SQLite shell, say): it is named as a guess, never as the holder.
            else if (const auto holder = PresenceFile::other(file_))
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
        case sql::Failure::Full:
            reason = server ? tr("the server's disk is full: nothing was changed. Ask its administrator to "
                                 "free some space, then try again.")
                            : tr("the disk is full: nothing was changed. Free some space and try again.");
            break;
        case sql::Failure::ReadOnly:
            if (server)
                reason =
                    tr("the server accepts only reading now (a standby, or a read-only session). Ask its "
                       "administrator which server takes changes.");
            else
                reason = read_only_ ? tr("it is read-only: it can be read but not changed. Copy it somewhere "
                                         "you can write to change it.")
                                    : tr("the file cannot be written. Check the permissions of the file and "
                                         "its folder.");
            break;
        case sql::Failure::Denied:
            // TRANSLATORS: {1} is the server's own description, in English.
            reason = fill_in(tr("the server's account for pcrecords may not do this ({1}). Ask the server's "
                                "administrator to grant it as docs/server-roles.sql does."),
                             e.what());
            break;
        case sql::Failure::CannotOpen:
            if (server)
                // TRANSLATORS: {1} is the server's or the network library's own description, in English.
                reason =
                    fill_in(tr("the server could not be reached or refused the connection ({1}). Check the "
                               "address, the server account and the database's name, and that the server is "
                               "running."),
                            e.what());
            else
                reason =
                    tr("the file cannot be opened. Check that it exists and that you may read and write "
                       "it.");
            break;
        case sql::Failure::ConnectionLost:
            // TRANSLATORS: {1} is the server's or the network library's own description, in English.
            reason = fill_in(tr("the connection to the server was lost ({1}). Check the network and open the "
                                "database again; a change that was not saved has to be made again."),
                             e.what());
            break;
        case sql::Failure::Damaged:
        case sql::Failure::NotADatabase:
            reason = server ? tr("the server reports damaged data. Ask its administrator to check it.")
                            : tr("the file is damaged. Restore it from an earlier backup (`pcrecords-cli "
                                 "backups` lists them).");
            break;
        case sql::Failure::DiskError:
            // TRANSLATORS: {1} is the database's own description of the error, in English.
            reason = fill_in(tr("the disk reported an error ({1}). Check the disk and try again."), e.what());
            break;
        case sql::Failure::Constraint:
            // TRANSLATORS: {1} is the database's own description of the rule, in English.
            reason = fill_in(tr("the change breaks a rule of the database ({1})."), e.what());
            break;
        case sql::Failure::Other:
            // TRANSLATORS: {1} is the database's own description of the error, in English.
            reason = fill_in(tr("{1}."), e.what());
    }
    // TRANSLATORS: {1} is what was being done ("save the one-page-profile record of person P-1"), {2} the
    // database file or server, {3} why it failed ("the disk is full. Free some space and try again.").
    return StorageError(fill_in(tr("Could not {1} in {2}: {3}"), doing, where_, reason));
}

bool Database::changed_elsewhere() {
    if (connection_->engine() == sql::Engine::Postgresql)
        return static_cast<sql::PostgresConnection&>(*connection_).others_committed();
    // SQLite's count of the commits other connections made to the file, as this connection has seen them.
    auto& version = cached("PRAGMA data_version");
    const std::int64_t now = version.step() ? version.column(0).int64() : 0;
    version.reset();
    const bool changed = now != data_version_;
    data_version_ = now;
    return changed;
}

SQLite::Database& Database::sqlite() {
    return static_cast<sql::SqliteConnection&>(*connection_).native();
}

Database::~Database() = default;

ReadSnapshot::ReadSnapshot(sql::Connection& db) : db_(db) {
    if (!db_.in_transaction()) {
        db_.begin_read();
        owns_ = true;
    }
}

ReadSnapshot::~ReadSnapshot() {
    if (!owns_) return;
    try {
        db_.commit();
    } catch (const sql::Error&) {
        // Only reads: ending the transaction loses nothing.
        db_.rollback();
    }
}

WriteTransaction::WriteTransaction(sql::Connection& db) : db_(db), nested_(db.in_transaction()) {
    if (nested_)
        db_.exec("SAVEPOINT pcr_write");
    else
        db_.begin_write();
}

WriteTransaction::~WriteTransaction() {
    if (done_) return;
    if (!nested_) {
        db_.rollback();
        return;
    }
    try {
        db_.exec("ROLLBACK TO pcr_write; RELEASE pcr_write");
    } catch (const sql::Error&) {
        // The outer transaction fails with it and rolls back.
    }
}

void WriteTransaction::commit() {
    if (nested_)
        db_.exec("RELEASE pcr_write");
    else
        db_.commit();
    done_ = true;
}

}  // namespace pcr::model
