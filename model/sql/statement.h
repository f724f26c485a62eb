// A prepared SQL statement with bound parameters and the columns of its current row, for either engine.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "model/sql/connection.h"
#include "model/sql/sql_error.h"

namespace pcr::model::sql {

class Statement;

// One column of a statement's current row; valid until the statement steps again.
class Column {
  public:
    Column(const Cursor& cursor, int index) : cursor_(cursor), index_(index) {}
    bool is_null() const { return cursor_.is_null(index_); }
    bool is_blob() const { return cursor_.is_blob(index_); }
    std::int64_t int64() const { return cursor_.integer(index_); }
    int integer() const { return static_cast<int>(cursor_.integer(index_)); }
    double real() const { return cursor_.real(index_); }
    std::string text() const { return cursor_.text(index_); }
    // The bytes of a BLOB (SQLite) or BYTEA (PostgreSQL) column.
    std::string blob() const { return cursor_.blob(index_); }

  private:
    const Cursor& cursor_;
    int index_;
};

class Statement {
  public:
    Statement(Connection& connection, const std::string& sql) : cursor_(connection.prepare(sql)) {}
    explicit Statement(std::unique_ptr<Cursor> cursor) : cursor_(std::move(cursor)) {}

    void bind(int index) { cursor_->bind_null(index); }
    void bind(int index, std::nullopt_t) { cursor_->bind_null(index); }
    template <class Integer, std::enable_if_t<std::is_integral_v<Integer>, int> = 0>
    void bind(int index, Integer value) {
        cursor_->bind_integer(index, static_cast<std::int64_t>(value));
    }
    void bind(int index, double value) { cursor_->bind_real(index, value); }
    void bind(int index, const std::string& value) { cursor_->bind_text(index, value); }
    void bind(int index, std::string_view value) { cursor_->bind_text(index, value); }
    void bind(int index, const char* value) { cursor_->bind_text(index, value); }
    // For text that outlives the statement's next reset: bulk writes save a copy of every value.
    void bind_no_copy(int index, const std::string& value) { cursor_->bind_text_in_place(index, value); }
    void bind_blob(int index, const void* bytes, std::size_t size) { cursor_->bind_blob(index, bytes, size); }
    // The number of the named parameter (":name" in the SQL), or 0 when the statement has none of that name.
    int index_of(std::string_view name) const { return cursor_->index_of(name); }
    template <class Value>
    void bind(std::string_view name, Value&& value) {
        const int index = index_of(name);
        if (index == 0)
            throw Error(Failure::Other, "the SQL statement has no parameter " + std::string(name));
        bind(index, std::forward<Value>(value));
    }
    void clear_bindings() { cursor_->clear_bindings(); }

    bool step() { return cursor_->step(); }
    std::int64_t exec() { return cursor_->run(); }
    bool has_row() const { return cursor_->has_row(); }
    void reset() noexcept { cursor_->reset(); }
    Column column(int index) const { return Column(*cursor_, index); }
    // The result's columns, once the statement has run (stepped).
    int column_count() const { return cursor_->column_count(); }
    std::string column_name(int index) const { return cursor_->column_name(index); }

  private:
    std::unique_ptr<Cursor> cursor_;
};

}  // namespace pcr::model::sql

namespace pcr::model::sql {

// The first column of the first row of `sql` (no parameters), or 0 / "" when there is no row.
inline std::int64_t one_integer(Connection& connection, const std::string& sql) {
    Statement statement(connection, sql);
    return statement.step() ? statement.column(0).int64() : 0;
}

inline std::string one_text(Connection& connection, const std::string& sql) {
    Statement statement(connection, sql);
    return statement.step() ? statement.column(0).text() : std::string();
}

}  // namespace pcr::model::sql
