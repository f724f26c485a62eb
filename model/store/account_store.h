// The part of a store that keeps the accounts of the people who use pcrecords.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/domain/account.h"

namespace pcr::model {

// A database with no accounts is open (anyone who can open the file acts under their own name); once it has
// one, every use signs in (accounts/sign_in.h). Every write applies validate_account first.
class AccountStore {
  public:
    virtual ~AccountStore() = default;

    // True once any account exists: the database is protected.
    virtual bool has_accounts() const = 0;
    virtual std::size_t account_count() const = 0;
    // Every account, by user name.
    virtual std::vector<Account> accounts() const = 0;
    // The account signing in as `user_name` (ASCII case ignored), or nullopt.
    virtual std::optional<Account> account(const std::string& user_name) const = 0;
    // Throws pcr::UserError when the user name is taken, the account breaks validate_account, or it would be
    // the first account and is not an administrator.
    virtual void add_account(const Account& account) = 0;
    // Replaces the account of the same user name. Throws pcr::NotFoundError when there is none, and
    // pcr::UserError when the change would leave no administrator who can sign in (not disabled).
    virtual void update_account(const Account& account) = 0;
};

}  // namespace pcr::model
