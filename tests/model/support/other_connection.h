// A connection of the test's own to a test's database, past the store, as another program would have one: to
// the SQLite file, or on a server run to the server database standing for it (common/test_server.h).
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <memory>
#include <string>

#include "common/test_server.h"
#include "model/sql/postgres_connection.h"
#include "model/sql/sqlite_connection.h"
#include "model/sql/statement.h"

namespace pcr::test {

inline std::unique_ptr<model::sql::Connection> other_connection(const std::filesystem::path& file) {
    if (testing_on_server())
        return std::make_unique<model::sql::PostgresConnection>(server_database_for(file));
    return std::make_unique<model::sql::SqliteConnection>(
        std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE));
}

// The rows of `sql` in a test's database counted by a connection of the test's own (a file's opened
// read-only).
inline long long count_rows(const std::filesystem::path& file, const std::string& sql) {
    if (!testing_on_server()) return SQLite::Database(file, SQLite::OPEN_READONLY).execAndGet(sql).getInt64();
    model::sql::PostgresConnection server(server_database_for(file));
    return model::sql::one_integer(server, sql);
}

// Makes the database refuse every new row of `table` for which `when` (a condition on `new`) holds, failing
// with `words`, as a full disk or a broken database would; allow_inserts takes it back. Each engine spells a
// trigger its own way.
inline void refuse_inserts(const std::filesystem::path& file, const std::string& table,
                           const std::string& words, const std::string& when = "true") {
    const auto connection = other_connection(file);
    const std::string name = "refuse_" + table;
    if (testing_on_server())
        connection->exec("CREATE FUNCTION " + name +
                         "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '" + words +
                         "'; END $$; CREATE TRIGGER " + name + " BEFORE INSERT ON " + table +
                         " FOR EACH ROW WHEN (" + when + ") EXECUTE FUNCTION " + name + "()");
    else
        connection->exec("CREATE TRIGGER " + name + " BEFORE INSERT ON " + table + " WHEN " + when +
                         " BEGIN SELECT RAISE(ABORT, '" + words + "'); END");
}

inline void allow_inserts(const std::filesystem::path& file, const std::string& table) {
    const std::string name = "refuse_" + table;
    if (testing_on_server())
        other_connection(file)->exec("DROP TRIGGER " + name + " ON " + table + "; DROP FUNCTION " + name +
                                     "()");
    else
        other_connection(file)->exec("DROP TRIGGER " + name);
}

}  // namespace pcr::test
