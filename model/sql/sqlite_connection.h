// The SQLite engine behind sql::Connection: one connection to one database file, through SQLiteCpp.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>

#include "model/sql/connection.h"
#include "model/sql/sql_error.h"

namespace pcr::model::sql {

// An SQLite failure as an sql::Error of the right kind. `handle` gives the system's reason for an I/O error
// (a full disk comes as one); it may be null.
Error sqlite_error(const SQLite::Exception& e, sqlite3* handle);

class SqliteConnection final : public Connection {
  public:
    explicit SqliteConnection(std::unique_ptr<SQLite::Database> db) : db_(std::move(db)) {}

    Engine engine() const override { return Engine::Sqlite; }
    std::unique_ptr<Cursor> prepare(const std::string& sql) override;
    void exec(const std::string& sql) override;
    bool in_transaction() const override;
    void begin_read() override;
    void begin_write() override;
    void commit() override;
    void rollback() noexcept override;

    // The file's own connection, for what only SQLite has (its backup API, PRAGMAs).
    SQLite::Database& native() { return *db_; }

  private:
    std::unique_ptr<SQLite::Database> db_;
};

}  // namespace pcr::model::sql
