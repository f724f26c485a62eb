// A connection to an SQL database (an SQLite file or a PostgreSQL server) and the prepared statements it
// runs.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace pcr::model::sql {

enum class Engine { Sqlite, Postgresql };

// One prepared statement as an engine runs it. Parameters and columns count from 1 and 0, as SQLite's do;
// a named parameter (":name") is found by index_of, which gives 0 for a name the statement does not have.
// Text is UTF-8. Used through Statement.
class Cursor {
  public:
    virtual ~Cursor() = default;
    virtual int index_of(std::string_view name) const = 0;
    virtual void bind_null(int index) = 0;
    virtual void bind_integer(int index, std::int64_t value) = 0;
    virtual void bind_real(int index, double value) = 0;
    virtual void bind_text(int index, std::string_view value) = 0;
    // As bind_text, for text that stays where it is until the statement is reset (no copy is kept).
    virtual void bind_text_in_place(int index, const std::string& value) { bind_text(index, value); }
    virtual void bind_blob(int index, const void* bytes, std::size_t size) = 0;
    virtual void clear_bindings() = 0;
    // Steps to the next row (running the statement on the first call); false when there is none.
    virtual bool step() = 0;
    // Runs a statement that returns no rows; the number of rows it changed.
    virtual std::int64_t run() = 0;
    virtual bool has_row() const = 0;
    virtual void reset() noexcept = 0;
    // The current result's columns: how many, their names, and whether one holds bytes (BLOB, BYTEA).
    virtual int column_count() const = 0;
    virtual std::string column_name(int column) const = 0;
    virtual bool is_blob(int column) const = 0;
    virtual bool is_null(int column) const = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual std::string text(int column) const = 0;
    virtual std::string blob(int column) const = 0;
};

// The SQL the store writes is one text for both engines, in SQLite's spelling of parameters ("?", ":name");
// each engine's connection turns it into its own. A connection serves one thread at a time.
class Connection {
  public:
    virtual ~Connection() = default;
    virtual Engine engine() const = 0;
    virtual std::unique_ptr<Cursor> prepare(const std::string& sql) = 0;
    // The same for a statement kept and run many times: an engine that compiles a statement on each run
    // (a server given its text) compiles this one once.
    virtual std::unique_ptr<Cursor> prepare_kept(const std::string& sql) { return prepare(sql); }
    // The same for a query whose rows may be too many to hold at once (a whole caseload's entries): inside a
    // transaction they come a batch at a time. SQLite steps through every result row by row anyway.
    virtual std::unique_ptr<Cursor> prepare_streamed(const std::string& sql) { return prepare(sql); }
    // Runs one or more statements without parameters or results (schema changes, transaction control).
    virtual void exec(const std::string& sql) = 0;
    // True while a transaction is open on this connection.
    virtual bool in_transaction() const = 0;
    // Opens a transaction that reads one consistent state of the database.
    virtual void begin_read() = 0;
    // Opens a transaction that writes: it waits (bounded) until no other program is writing, so writers take
    // turns as they do on one SQLite file, and reads inside it see every change committed before it.
    virtual void begin_write() = 0;
    // Ends the open transaction; rollback never throws (it runs while another failure is on its way).
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
};

}  // namespace pcr::model::sql
