// The numbered steps that build and upgrade the database schema; PRAGMA user_version records the last one
// applied.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace pcr::model {

// PRAGMA application_id of every pcrecords database ("PCRD"), so files of other programs are told apart.
inline constexpr int kApplicationId = 0x50435244;

struct Migration {
    int version = 0;      // user_version once this step is applied
    std::string purpose;  // what the step brings, in words
    std::vector<std::string> statements;
    std::function<void(SQLite::Database&)> backfill;  // data work plain SQL cannot do; may be empty
};

// Every step, in order of the version it brings the schema to.
const std::vector<Migration>& schema_migrations();
int latest_schema_version();

// Applies the steps after the file's user_version up to `target`, each in its own transaction that also sets
// user_version and application_id, so a failed step leaves the file at the last good version.
void migrate(SQLite::Database& db, int target);

// The text people are searched by: name and preferred name folded for case- and accent-insensitive matching.
std::string subject_search_key(const std::string& name, const std::string& preferred_name);

}  // namespace pcr::model
