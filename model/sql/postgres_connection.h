// The PostgreSQL engine behind sql::Connection: one session with a pcrecords server database, through
// libpqxx.
#pragma once

#include <memory>
#include <string>

#include "model/sql/connection.h"
#include "model/sql/sql_error.h"

namespace pcr::model::sql {

class PostgresConnection final : public Connection {
  public:
    // How long a write waits for another program's write before giving up, as SQLite's busy timeout does.
    static constexpr int kLockTimeoutMs = 10000;
    // The channel every writing transaction notifies at its commit, so other programs see that it changed.
    static constexpr const char* kChangedChannel = "pcrecords_changed";

    // Connects with a libpq connection URI ("postgresql://user@host:port/db"). Throws sql::Error
    // (CannotOpen) with the server's reason when it cannot.
    explicit PostgresConnection(const std::string& uri);
    ~PostgresConnection() override;

    Engine engine() const override { return Engine::Postgresql; }
    std::unique_ptr<Cursor> prepare(const std::string& sql) override;
    std::unique_ptr<Cursor> prepare_kept(const std::string& sql) override;
    std::unique_ptr<Cursor> prepare_streamed(const std::string& sql) override;
    void exec(const std::string& sql) override;
    bool in_transaction() const override;
    void begin_read() override;
    void begin_write() override;
    void commit() override;
    void rollback() noexcept override;

    // True when another session has committed a writing transaction since the last call (or the connection).
    bool others_committed();

    struct Session;

  private:
    std::unique_ptr<Session> session_;
};

}  // namespace pcr::model::sql
