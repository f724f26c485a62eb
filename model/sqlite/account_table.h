// The account table in SQLite: reading and writing accounts, with the domain's rules applied first.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/core/clock_time.h"
#include "model/domain/account.h"
#include "model/domain/audit_entry.h"
#include "model/sqlite/database.h"

namespace pcr::model {

// The SQLite store's AccountStore part (store/account_store.h), over one connection.
class AccountTable {
  public:
    // Account changes are recorded in the audit trail under `acting` (the store's principal).
    AccountTable(Database& db, std::string acting) : db_(db), acting_(std::move(acting)) {}

    std::size_t count() const;
    std::vector<Account> all() const;
    std::optional<Account> find(const std::string& user_name) const;
    // Each in its own transaction; throws as AccountStore says.
    void add(const Account& account);
    void update(const Account& account);
    Account count_wrong_password(const std::string& user_name, TimePoint now, int lock_after,
                                 std::chrono::minutes lock_for);
    void record_sign_in(const std::string& user_name, TimePoint now);
    void record_refused_sign_in(const std::string& user_name, const std::string& reason);

  private:
    // Appends one audit entry inside the caller's transaction.
    void audit(AuditAction action, const std::string& user, const std::string& detail);

    Database& db_;
    std::string acting_;
};

}  // namespace pcr::model
