// The part of a store that keeps a manager's Working Together for Change themes and their statements.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/domain/statement_theme.h"

namespace pcr::model {

// Themes are the service's, not one person's: adding, renaming, removing and filling them needs the role
// that may assess (a manager, domain/permissions.h), and each change is one transaction with one entry in
// the audit trail ("theme", saying what changed).
class ThemeStore {
  public:
    virtual ~ThemeStore() = default;

    // Every theme, by kind (working first) then name.
    virtual std::vector<Theme> themes() const = 0;
    // Adds a theme and returns its key. Throws pcr::UserError for a blank name or one a theme of the same
    // kind has.
    virtual std::int64_t add_theme(const std::string& name, StatementKind kind) = 0;
    // Throws pcr::NotFoundError when there is no such theme, pcr::UserError as add_theme does.
    virtual void rename_theme(std::int64_t theme, const std::string& name) = 0;
    // Removes the theme; its statements are in no theme afterwards. Throws pcr::NotFoundError.
    virtual void remove_theme(std::int64_t theme) = 0;
    // Every statement put in a theme, by statement. A statement is in one theme at most.
    virtual std::vector<ThemeMember> theme_members() const = 0;
    // Puts `statements` in `theme`, taking them out of any other. Which statements may go in a theme of its
    // kind is the caller's to check (rules/working_together.h: assign_to_theme). Throws pcr::NotFoundError.
    virtual void assign_statements(std::int64_t theme, const std::vector<StatementKey>& statements) = 0;
    // Takes `statements` out of whatever theme they are in.
    virtual void unassign_statements(const std::vector<StatementKey>& statements) = 0;
};

}  // namespace pcr::model
