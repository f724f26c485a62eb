// What a user can do that the roles tell apart, with the names the audit trail and the docs use.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pcr::model {

// Each is checked against the permission table (domain/permissions.h) before it is done, by the store for
// what goes through it and by the front ends and exporters for the rest.
enum class Action {
    ReadRecords,        // see people, their records and history
    EditRecords,        // change a record of a person
    AddLogEntries,      // a quick log entry (a dated row of a record)
    EditPersonDetails,  // a person's name, preferred name, birthday, photo; adding a person
    ExportProfile,      // one person's one-page profile (PDF, HTML), or printing it
    ExportWholeRecord,  // everything about one person (PDF, HTML, interchange file)
    BulkExport,         // everyone at once: export all, profiles of a caseload, CSV of the caseload
    Archive,            // archive or restore a person
    EditStaffAndTeam,   // staff records and the team's records, and their details
    Assess,             // save or remove a workbook assessment, its scores, actions and plans
    Import,             // read an interchange file into the database
    SignOff,            // vouch for a record's current version
    ManageAccounts,     // add, disable, unlock accounts and set others' passwords
    Backup,             // copy the database
    Settings,           // database settings, e.g. who on the computer may read its files
    ViewAudit,          // read the audit trail
    Erase               // erase a person for good, and decide on people past the retention period
};

// "read", "edit-records", ...: the name written to the audit trail when an action is refused.
std::string_view to_string(Action action);
std::optional<Action> action_from_string(std::string_view text);
// Every action, in the order above.
const std::vector<Action>& all_actions();
// The action in the reader's language, as the subject of a sentence: "Importing", "Signing off".
std::string action_words(Action action);

}  // namespace pcr::model
