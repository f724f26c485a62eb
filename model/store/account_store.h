// The part of a store that keeps the accounts of the people who use pcrecords.
#pragma once

#include <chrono>
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

    // Sign-in bookkeeping (accounts/sign_in.h applies the rules). Each is one transaction that also writes
    // its entry in the audit trail under the name signing in, so two programs signing in at once cannot lose
    // a wrong password from the count, and no attempt goes unrecorded.
    //
    // Counts a wrong password for the account `user_name` at `now`: the `lock_after`-th in a row locks it
    // until `now + lock_for` and clears the count. Returns the account as it now is. Throws
    // pcr::NotFoundError when there is no such account.
    virtual Account count_wrong_password(const std::string& user_name, TimePoint now, int lock_after,
                                         std::chrono::minutes lock_for) = 0;
    // A right password that signs in: clears the count and any lock that has run out, stamps the last
    // sign-in.
    virtual void record_sign_in(const std::string& user_name, TimePoint now) = 0;
    // A sign-in refused for `reason` (structured words: "locked", "disabled", "expired", "unknown user
    // name"), recorded under `user_name`, or under the store's principal when the name is no account's.
    virtual void record_refused_sign_in(const std::string& user_name, const std::string& reason) = 0;
};

}  // namespace pcr::model
