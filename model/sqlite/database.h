// One connection to a pcrecords SQLite file: identity checks, connection settings, upgrades, cached
// statements.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

#include "model/core/errors.h"
#include "model/store/open_mode.h"

namespace pcr::model {

class Database {
  public:
    // How long a write waits for another program's write to finish before giving up.
    static constexpr int kBusyTimeoutMs = 10000;

    // Opens (or, by mode, creates) the file and brings its schema up to date. Throws pcr::StorageError naming
    // the file when it is missing, not SQLite, another program's database, newer than this program, or
    // unreadable.
    Database(const std::filesystem::path& file, OpenMode mode);

    SQLite::Database& sql() { return *db_; }
    const std::filesystem::path& file() const { return file_; }
    // True when opened read-only (OpenMode::Reading on a file that cannot be written).
    bool read_only() const { return read_only_; }
    // True when this open made the file (OpenMode::CreateIfMissing on a missing file).
    bool created() const { return created_; }
    // Why the backup that goes before an upgrade of the file's layout could not be made; "" when it was made
    // or no upgrade was needed.
    const std::string& upgrade_backup_problem() const { return upgrade_backup_problem_; }

    // A prepared statement kept for the life of the connection, reset and with its parameters cleared.
    // Bulk writes use these so each statement is compiled once.
    SQLite::Statement& cached(const std::string& sql);
    // The cached statement as cached() gives it, for a reader that runs other code between its rows; null
    // while another such reader is still stepping through it (a scan started from inside a scan of the same
    // shape), which then compiles its own rather than reset the other's.
    SQLite::Statement* cached_if_free(const std::string& sql);

    // Turns a SQLite failure while `doing` something into a StorageError a user can act on. `doing` is a
    // whole translated phrase ("save the photo of person P-1") that the message puts after "Could not".
    StorageError error(const std::string& doing, const SQLite::Exception& e) const;

  private:
    // Puts the file in write-ahead-log mode, waiting (bounded) while another program has it to itself.
    void use_write_ahead_log();
    void open_read_only();
    void check_identity();
    void configure();

    std::filesystem::path file_;
    bool read_only_ = false;
    bool created_ = false;
    std::string upgrade_backup_problem_;
    std::unique_ptr<SQLite::Database> db_;
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements_;
};

// Runs `work`, turning a SQLite failure into a StorageError that says what was being done (a translated
// phrase put after "Could not") and where.
template <class F>
auto guarded(const Database& db, const std::string& doing, F&& work) {
    try {
        return work();
    } catch (const SQLite::Exception& e) {
        throw db.error(doing, e);
    }
}

// Holds a read transaction for its lifetime so several queries see one consistent state of the file;
// does nothing inside a transaction that is already open.
class ReadSnapshot {
  public:
    explicit ReadSnapshot(SQLite::Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

  private:
    SQLite::Database& db_;
    bool owns_ = false;
};

// A write that nests: outside a transaction it is BEGIN IMMEDIATE (taking the write lock, waiting for
// another program's as every write does), inside one (a held write, StoreAdmin::hold_writes) a savepoint of
// it. Either way nothing written through it is kept unless commit() is called.
class WriteTransaction {
  public:
    explicit WriteTransaction(SQLite::Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

  private:
    SQLite::Database& db_;
    bool nested_ = false;
    bool done_ = false;
};

}  // namespace pcr::model
