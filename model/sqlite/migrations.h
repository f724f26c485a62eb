// The numbered steps that build and upgrade the database schema, one list for both engines; the database
// records the last one applied (SQLite: PRAGMA user_version; PostgreSQL: the table pcr_schema).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/sql/connection.h"

namespace pcr::model {

// The application id of every pcrecords database ("PCRD"; SQLite: PRAGMA application_id), so databases of
// other programs are told apart.
inline constexpr int kApplicationId = 0x50435244;

struct Migration {
    int version = 0;      // user_version once this step is applied
    std::string purpose;  // what the step brings, in words
    // In SQLite's words; PostgreSQL runs them as postgresql_schema (sql/postgres_dialect.h) words them.
    std::vector<std::string> statements;
    std::function<void(sql::Connection&)> backfill = {};  // data work plain SQL cannot do; may be empty
    // Each engine's own statements for the step, run after `statements` (and before the backfill), where
    // their words differ more than a translation can say (triggers, case-blind names).
    std::vector<std::string> file_only = {};
    std::vector<std::string> server_only = {};
};

// Every step, in order of the version it brings the schema to.
const std::vector<Migration>& schema_migrations();
int latest_schema_version();

// The version of the schema `db` holds (0: none yet, an empty database) and its application id (0: none).
int stored_schema_version(sql::Connection& db);
int stored_application_id(sql::Connection& db);

// Applies the steps after the database's version up to `target`, each in its own transaction that also sets
// the version and application id, so a failed step leaves the database at the last good version.
void migrate(sql::Connection& db, int target);

// The text people are searched by: name and preferred name folded for case- and accent-insensitive matching.
std::string subject_search_key(const std::string& name, const std::string& preferred_name);

}  // namespace pcr::model
