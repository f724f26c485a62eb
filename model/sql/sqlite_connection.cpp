// SQLite statements and transactions behind the engine-neutral interface, with SQLite's errors sorted by
// kind.
#include "model/sql/sqlite_connection.h"

#include <sqlite3.h>

#include <cerrno>

namespace pcr::model::sql {

Error sqlite_error(const SQLite::Exception& e, sqlite3* handle) {
    const int system = handle ? sqlite3_system_errno(handle) : 0;
    switch (e.getErrorCode() & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return {Failure::Busy, e.what()};
        case SQLITE_FULL:
            return {Failure::Full, e.what()};
        case SQLITE_READONLY:
        case SQLITE_PERM:
            return {Failure::ReadOnly, e.what()};
        case SQLITE_CANTOPEN:
            return {Failure::CannotOpen, e.what()};
        case SQLITE_CORRUPT:
            return {Failure::Damaged, e.what()};
        case SQLITE_NOTADB:
            return {Failure::NotADatabase, e.what()};
        case SQLITE_IOERR:
            // A write refused outright (rather than cut short) comes as an I/O error with the system's
            // reason.
            if (e.getExtendedErrorCode() == SQLITE_IOERR_WRITE || system == ENOSPC || system == EFBIG)
                return {Failure::Full, e.what()};
            return {Failure::DiskError, e.what()};
        case SQLITE_CONSTRAINT:
            return {Failure::Constraint, e.what()};
        default:
            return {Failure::Other, e.what()};
    }
}

namespace {

// Runs `work`, turning SQLiteCpp's exception into an sql::Error.
template <class F>
auto guard(sqlite3* handle, F&& work) {
    try {
        return work();
    } catch (const SQLite::Exception& e) {
        throw sqlite_error(e, handle);
    }
}

class SqliteCursor final : public Cursor {
  public:
    SqliteCursor(SQLite::Database& db, const std::string& sql) : db_(db), statement_(db, sql) {}

    int index_of(std::string_view name) const override {
        return statement_.getIndex(std::string(name).c_str());
    }
    void bind_null(int index) override {
        guard(db_.getHandle(), [&] { statement_.bind(index); });
    }
    void bind_integer(int index, std::int64_t value) override {
        guard(db_.getHandle(), [&] { statement_.bind(index, value); });
    }
    void bind_real(int index, double value) override {
        guard(db_.getHandle(), [&] { statement_.bind(index, value); });
    }
    void bind_text(int index, std::string_view value) override {
        guard(db_.getHandle(), [&] { statement_.bind(index, std::string(value)); });
    }
    void bind_text_in_place(int index, const std::string& value) override {
        guard(db_.getHandle(), [&] { statement_.bindNoCopy(index, value); });
    }
    void bind_blob(int index, const void* bytes, std::size_t size) override {
        guard(db_.getHandle(), [&] { statement_.bind(index, bytes, static_cast<int>(size)); });
    }
    void clear_bindings() override { statement_.clearBindings(); }
    bool step() override {
        return guard(db_.getHandle(), [&] { return statement_.executeStep(); });
    }
    std::int64_t run() override {
        return guard(db_.getHandle(), [&] { return static_cast<std::int64_t>(statement_.exec()); });
    }
    bool has_row() const override { return statement_.hasRow(); }
    void reset() noexcept override {
        // A reset reports the last step's failure again, which was already thrown.
        statement_.tryReset();
    }
    int column_count() const override { return statement_.getColumnCount(); }
    std::string column_name(int column) const override { return statement_.getColumnName(column); }
    bool is_blob(int column) const override { return statement_.getColumn(column).isBlob(); }
    bool is_null(int column) const override { return statement_.isColumnNull(column); }
    std::int64_t integer(int column) const override { return statement_.getColumn(column).getInt64(); }
    double real(int column) const override { return statement_.getColumn(column).getDouble(); }
    std::string text(int column) const override { return statement_.getColumn(column).getString(); }
    std::string blob(int column) const override {
        const SQLite::Column value = statement_.getColumn(column);
        const auto* bytes = static_cast<const char*>(value.getBlob());
        return std::string(bytes, static_cast<std::size_t>(value.getBytes()));
    }

  private:
    SQLite::Database& db_;
    mutable SQLite::Statement statement_;
};

}  // namespace

std::unique_ptr<Cursor> SqliteConnection::prepare(const std::string& sql) {
    try {
        return std::make_unique<SqliteCursor>(*db_, sql);
    } catch (const SQLite::Exception& e) {
        throw sqlite_error(e, db_->getHandle());
    }
}

void SqliteConnection::exec(const std::string& sql) {
    try {
        db_->exec(sql);
    } catch (const SQLite::Exception& e) {
        throw sqlite_error(e, db_->getHandle());
    }
}

bool SqliteConnection::in_transaction() const {
    return sqlite3_get_autocommit(db_->getHandle()) == 0;
}

void SqliteConnection::begin_read() {
    exec("BEGIN");
}

void SqliteConnection::begin_write() {
    // IMMEDIATE takes the write lock now, waiting out another writer through the busy timeout, rather than
    // failing at the first write after reads.
    exec("BEGIN IMMEDIATE");
}

void SqliteConnection::commit() {
    exec("COMMIT");
}

void SqliteConnection::rollback() noexcept {
    sqlite3_exec(db_->getHandle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

}  // namespace pcr::model::sql
