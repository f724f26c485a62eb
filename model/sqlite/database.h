// One connection to a pcrecords database, an SQLite file or a PostgreSQL server: identity checks, connection
// settings, upgrades, cached statements, and failures worded for the user.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

#include "model/core/errors.h"
#include "model/sql/sql_error.h"
#include "model/sql/statement.h"
#include "model/store/open_mode.h"
#include "model/store/store_location.h"

namespace SQLite {
class Database;
}

namespace pcr::model {

class Database {
  public:
    // How long a write waits for another program's write to finish before giving up.
    static constexpr int kBusyTimeoutMs = 10000;

    // Opens (or, by mode, creates) the file and brings its schema up to date. Throws pcr::StorageError naming
    // the file when it is missing, not SQLite, another program's database, newer than this program, or
    // unreadable.
    Database(const std::filesystem::path& file, OpenMode mode);
    // The file, or for a server (a libpq connection URI) connects to the pcrecords database there and brings
    // its schema up to date, making it in an empty database when `mode` allows. Throws pcr::StorageError
    // naming the server when it cannot be reached, holds another program's tables, has no pcrecords
    // database (OpenMode::Existing), or is newer than this program.
    Database(const StoreLocation& location, OpenMode mode);
    ~Database();

    sql::Connection& sql() { return *connection_; }
    sql::Engine engine() const { return connection_->engine(); }
    // The SQLite file's own connection, for what only SQLite has (the backup API); only for Engine::Sqlite.
    SQLite::Database& sqlite();
    // The database file; empty on a server.
    const std::filesystem::path& file() const { return file_; }
    // Where the database is, as messages name it: the file, or the server's address without a password.
    const std::string& where() const { return where_; }
    // True when opened read-only (OpenMode::Reading on a file that cannot be written).
    bool read_only() const { return read_only_; }
    // True when this open made the file (OpenMode::CreateIfMissing on a missing file).
    bool created() const { return created_; }
    // Why the backup that goes before an upgrade of the file's layout could not be made; "" when it was made
    // or no upgrade was needed.
    const std::string& upgrade_backup_problem() const { return upgrade_backup_problem_; }

    // A prepared statement kept for the life of the connection, reset and with its parameters cleared.
    // Bulk writes use these so each statement is compiled once.
    sql::Statement& cached(const std::string& sql);
    // The cached statement as cached() gives it, for a reader that runs other code between its rows; null
    // while another such reader is still stepping through it (a scan started from inside a scan of the same
    // shape), which then compiles its own rather than reset the other's.
    sql::Statement* cached_if_free(const std::string& sql);

    // Turns a database failure while `doing` something into a StorageError a user can act on. `doing` is a
    // whole translated phrase ("save the photo of person P-1") that the message puts after "Could not".
    StorageError error(const std::string& doing, const sql::Error& e) const;

    // True when another program has committed a change since the last call (or the open); this
    // connection's own changes do not count.
    bool changed_elsewhere();

  private:
    void open_file(const std::filesystem::path& file, OpenMode mode);
    void open_server(const std::string& uri, OpenMode mode);
    // Puts the file in write-ahead-log mode, waiting (bounded) while another program has it to itself.
    void use_write_ahead_log();
    void open_read_only();
    void check_identity();
    void configure();

    std::filesystem::path file_;
    std::string where_;
    bool read_only_ = false;
    bool created_ = false;
    std::string upgrade_backup_problem_;
    std::unique_ptr<sql::Connection> connection_;
    std::int64_t data_version_ = 0;  // SQLite's PRAGMA data_version when changed_elsewhere() last looked
    std::unordered_map<std::string, std::unique_ptr<sql::Statement>> statements_;
};

// Runs `work`, turning a database failure into a StorageError that says what was being done (a translated
// phrase put after "Could not") and where.
template <class F>
auto guarded(const Database& db, const std::string& doing, F&& work) {
    try {
        return work();
    } catch (const sql::Error& e) {
        throw db.error(doing, e);
    }
}

// Holds a read transaction for its lifetime so several queries see one consistent state of the file;
// does nothing inside a transaction that is already open.
class ReadSnapshot {
  public:
    explicit ReadSnapshot(sql::Connection& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

  private:
    sql::Connection& db_;
    bool owns_ = false;
};

// A write that nests: outside a transaction it begins a writing one (sql::Connection::begin_write: taking
// the write lock, waiting for another program's as every write does), inside one (a held write,
// StoreAdmin::hold_writes) a savepoint of it. Either way nothing written through it is kept unless commit()
// is called.
class WriteTransaction {
  public:
    explicit WriteTransaction(sql::Connection& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

  private:
    sql::Connection& db_;
    bool nested_ = false;
    bool done_ = false;
};

}  // namespace pcr::model
