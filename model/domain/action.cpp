// The names of actions: as stored in the audit trail, and as a person reads them.
#include "model/domain/action.h"

#include <array>
#include <utility>

#include "model/core/translate.h"

namespace pcr::model {

namespace {

constexpr std::array<std::pair<Action, std::string_view>, 17> kNames{{
    {Action::ReadRecords, "read"},
    {Action::EditRecords, "edit-records"},
    {Action::AddLogEntries, "add-log-entries"},
    {Action::EditPersonDetails, "edit-person-details"},
    {Action::ExportProfile, "export-profile"},
    {Action::ExportWholeRecord, "export-whole-record"},
    {Action::BulkExport, "bulk-export"},
    {Action::Archive, "archive"},
    {Action::EditStaffAndTeam, "edit-staff-and-team"},
    {Action::Assess, "assess"},
    {Action::Import, "import"},
    {Action::SignOff, "sign-off"},
    {Action::ManageAccounts, "manage-accounts"},
    {Action::Backup, "backup"},
    {Action::Settings, "settings"},
    {Action::ViewAudit, "view-audit"},
    {Action::Erase, "erase"},
}};

}  // namespace

std::string_view to_string(Action action) {
    for (const auto& [value, name] : kNames)
        if (value == action) return name;
    return "read";
}

std::optional<Action> action_from_string(std::string_view text) {
    for (const auto& [value, name] : kNames)
        if (name == text) return value;
    return std::nullopt;
}

const std::vector<Action>& all_actions() {
    static const std::vector<Action> actions = [] {
        std::vector<Action> all;
        for (const auto& [value, name] : kNames) all.push_back(value);
        return all;
    }();
    return actions;
}

std::string action_words(Action action) {
    switch (action) {
        case Action::ReadRecords:
            return tr("Reading records");
        case Action::EditRecords:
            return tr("Editing records");
        case Action::AddLogEntries:
            return tr("Adding log entries");
        case Action::EditPersonDetails:
            return tr("Editing a person's details");
        case Action::ExportProfile:
            return tr("Exporting a one-page profile");
        case Action::ExportWholeRecord:
            return tr("Exporting a whole record");
        case Action::BulkExport:
            return tr("Exporting everyone at once");
        case Action::Archive:
            return tr("Archiving and restoring people");
        case Action::EditStaffAndTeam:
            return tr("Editing staff and team records");
        case Action::Assess:
            return tr("Recording assessments and action plans");
        case Action::Import:
            return tr("Importing");
        case Action::SignOff:
            return tr("Signing off records");
        case Action::ManageAccounts:
            return tr("Managing accounts");
        case Action::Backup:
            return tr("Making backups");
        case Action::Settings:
            return tr("Changing database settings");
        case Action::ViewAudit:
            return tr("Viewing the audit trail");
        case Action::Erase:
            return tr("Erasing people and deciding on retention");
    }
    return std::string(to_string(action));
}

}  // namespace pcr::model
