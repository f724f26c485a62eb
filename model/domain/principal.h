// Who is acting: the name every change is recorded under (and, with accounts, their role).
#pragma once

#include <optional>
#include <string>

#include "model/domain/role.h"

namespace pcr::model {

// The person a store acts for. A store is opened for one principal and stamps every change it writes with
// their name, so "who did what" never depends on a setting someone may forget. In an open database (no
// accounts) the principal is a name alone and has no role: it may do everything, as before accounts. In a
// protected database it is the signed-in account, with that account's role.
class Principal {
  public:
    // Throws pcr::UserError when `name` is blank: a change must say who made it.
    explicit Principal(std::string name);
    // The signed-in account `account_name` with `role`; changes are recorded under the account name.
    Principal(std::string account_name, Role role);

    const std::string& name() const { return name_; }
    // The account signed in, or nullopt in an open database.
    const std::optional<std::string>& account() const { return account_; }
    // The account's role, or nullopt in an open database.
    const std::optional<Role>& role() const { return role_; }

  private:
    std::string name_;
    std::optional<std::string> account_;
    std::optional<Role> role_;
};

}  // namespace pcr::model
