// The permission table: the least role each action needs.
#include "model/domain/permissions.h"

#include <array>
#include <utility>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

// One row per action (issue 12, point 3). A support worker works on the records of people; a senior also
// vouches for them and takes one person's whole record out; a manager runs the service (assessments,
// archive, staff and team, import, bulk export, the audit trail, erasure); an administrator also runs the
// database.
constexpr std::array<std::pair<Action, Role>, 17> kLeastRole{{
    {Action::ReadRecords, Role::SupportWorker},
    {Action::EditRecords, Role::SupportWorker},
    {Action::AddLogEntries, Role::SupportWorker},
    {Action::EditPersonDetails, Role::SupportWorker},
    {Action::ExportProfile, Role::SupportWorker},
    {Action::ExportWholeRecord, Role::Senior},
    {Action::SignOff, Role::Senior},
    {Action::BulkExport, Role::Manager},
    {Action::Archive, Role::Manager},
    {Action::EditStaffAndTeam, Role::Manager},
    {Action::Assess, Role::Manager},
    {Action::Import, Role::Manager},
    {Action::ViewAudit, Role::Manager},
    {Action::Erase, Role::Manager},
    {Action::ManageAccounts, Role::Administrator},
    {Action::Backup, Role::Administrator},
    {Action::Settings, Role::Administrator},
}};

}  // namespace

Role least_role(Action action) {
    for (const auto& [value, role] : kLeastRole)
        if (value == action) return role;
    // An action missing from the table is nobody's but an administrator's.
    return Role::Administrator;
}

bool may(const Principal& principal, Action action) {
    if (!principal.role()) return true;
    return *principal.role() >= least_role(action);
}

bool changes_store(Action action) {
    switch (action) {
        case Action::ReadRecords:
        case Action::ExportProfile:
        case Action::ExportWholeRecord:
        case Action::BulkExport:
        case Action::Backup:
        case Action::ViewAudit:
            return false;
        default:
            return true;
    }
}

void require(const Principal& principal, Action action) {
    if (may(principal, action)) return;
    const Role needed = least_role(action);
    // TRANSLATORS: {1} is what was refused ("Importing"), {2} a role, {3} a user name, {4} their role.
    throw NotAllowedError(
        fill_in(needed == Role::Administrator ? tr("{1} needs the role {2}; {3} is a {4}.")
                                              : tr("{1} needs the role {2} or above; {3} is a {4}."),
                action_words(action), role_words(needed), principal.name(), role_words(*principal.role())));
}

}  // namespace pcr::model
