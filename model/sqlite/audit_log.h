// The audit trail in SQLite: append-only rows, each hashed with the one before it, and the check of that
// chain.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/domain/audit_entry.h"
#include "model/sql/statement.h"
#include "model/sqlite/database.h"

namespace pcr::model {

// The hash before the first entry.
inline constexpr const char* kAuditGenesis =
    "0000000000000000000000000000000000000000000000000000000000000000";

// SHA-256, as hex, over the entry's number, when, user, action, subject, change number and detail, and the
// hash of the entry before it. Each field is written with its length, so no two entries encode alike.
std::string audit_hash(const AuditEntry& entry, const std::string& prev_hash);

// Appends entries through two prepared statements (the last entry, the insert), so a bulk import adds one
// cheap insert per change. Works inside the caller's write transaction.
class AuditAppender {
  public:
    // The statements come from kLastSql and kInsertSql.
    AuditAppender(sql::Statement& last, sql::Statement& insert) : last_(last), insert_(insert) {}
    // Gives `entry` the next number and its hash, and writes it; returns the number.
    std::int64_t append(AuditEntry& entry);

    static const char* const kLastSql;
    static const char* const kInsertSql;

  private:
    sql::Statement& last_;
    sql::Statement& insert_;
};

// Appends `entry` with the connection's cached statements, inside the caller's transaction.
std::int64_t append_audit(Database& db, AuditEntry& entry);

// The entries that match, oldest first, Change entries with their parts.
std::vector<AuditEntry> read_audit(Database& db, const AuditFilter& filter);

// Problems with the trail, in words: the first entry where the chain breaks (an entry changed, removed or
// inserted), changes with no entry, and changes whose who or when differ from their entry.
std::vector<std::string> check_audit(sql::Connection& db);

}  // namespace pcr::model
