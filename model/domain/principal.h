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
    // `staff_id` is the account's staff record ("S-..."), which says whose key worker they are and which
    // teams they belong to.
    Principal(std::string account_name, Role role, std::optional<std::string> staff_id = std::nullopt);

    const std::string& name() const { return name_; }
    // The account signed in, or nullopt in an open database.
    const std::optional<std::string>& account() const { return account_; }
    // The account's role, or nullopt in an open database.
    const std::optional<Role>& role() const { return role_; }
    // The account's staff record, or nullopt (an open database, or an account linked to none).
    const std::optional<std::string>& staff_id() const { return staff_id_; }
    // Whether they see only the people of their own teams (a support worker or senior): managers,
    // administrators and an open database's principal see every team.
    bool sees_own_teams_only() const;

  private:
    std::string name_;
    std::optional<std::string> account_;
    std::optional<Role> role_;
    std::optional<std::string> staff_id_;
};

}  // namespace pcr::model
