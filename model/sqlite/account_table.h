// The account table in SQLite: reading and writing accounts, with the domain's rules applied first.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/domain/account.h"
#include "model/sqlite/database.h"

namespace pcr::model {

// The SQLite store's AccountStore part (store/account_store.h), over one connection.
class AccountTable {
  public:
    explicit AccountTable(Database& db) : db_(db) {}

    std::size_t count() const;
    std::vector<Account> all() const;
    std::optional<Account> find(const std::string& user_name) const;
    // Each in its own transaction; throws as AccountStore says.
    void add(const Account& account);
    void update(const Account& account);

  private:
    Database& db_;
};

}  // namespace pcr::model
