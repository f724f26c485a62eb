// Managing accounts: adding, listing, disabling, unlocking and setting passwords, as the rules allow.
#pragma once

#include <string>
#include <vector>

#include "model/domain/account.h"
#include "model/domain/principal.h"
#include "model/store/store.h"

namespace pcr::model {

// Acts for `acting` on `store`. In an open database (no accounts) only the first account may be added, and it
// must be an administrator; once accounts exist, only a signed-in administrator may manage them (anyone
// signed in may change their own password). A refusal is a pcr::NotAllowedError naming the role needed.
class AccountAdmin {
  public:
    AccountAdmin(Store& store, const Principal& acting);

    std::vector<Account> list() const;
    // Adds `account` with `password` (checked by PasswordHash::check_new, then hashed; the hash the account
    // carries is ignored).
    void add(Account account, const std::string& password);
    void disable(const std::string& user_name);
    // Clears a lock and the count of wrong passwords.
    void unlock(const std::string& user_name);
    void set_password(const std::string& user_name, const std::string& password);

    // Throws NotAllowedError unless the acting principal may manage accounts (or change `own`'s password);
    // every change above checks it first, and a front end may ask before it asks for a password.
    void require_administrator(const std::string& own = {}) const;

  private:
    Account existing(const std::string& user_name) const;

    Store& store_;
    const Principal& acting_;
};

}  // namespace pcr::model
