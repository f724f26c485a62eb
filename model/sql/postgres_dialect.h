// The schema's SQLite words for PostgreSQL: the column types and table options each engine spells its own
// way.
#pragma once

#include <string>
#include <string_view>

namespace pcr::model::sql {

// `ddl` (one CREATE or ALTER statement in SQLite's words) in PostgreSQL's: INTEGER is BIGINT, a table's own
// INTEGER PRIMARY KEY is an identity column (one that REFERENCES another table's key is not), BLOB is BYTEA,
// TEXT compares and sorts by code point as SQLite's does (COLLATE "C", whatever the server's locale), and
// WITHOUT ROWID goes, and so does COLLATE NOCASE, which has no PostgreSQL spelling: a migration says what it
// means there.
std::string postgresql_schema(std::string_view ddl);

}  // namespace pcr::model::sql
