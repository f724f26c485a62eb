// Listing a database's backups to restore from: newest first, in words, with whether each can be restored.
#include "model/rules/restore_choices.h"

#include <algorithm>

#include "model/core/clock_time.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/permissions.h"
#include "model/domain/photo.h"
#include "model/store/backup_folder.h"

namespace pcr::model {

bool may_restore(const Principal& principal) {
    return may(principal, Action::Backup);
}

std::vector<RestoreChoice> restore_choices(const Store& store) {
    // Asked of the store, which also records a refusal in the audit trail when it checks roles.
    store.require(Action::Backup);
    std::vector<BackupEntry> entries = store.backups();
    std::stable_sort(entries.begin(), entries.end(), [](const BackupEntry& a, const BackupEntry& b) {
        return a.backup.when != b.backup.when ? a.backup.when > b.backup.when : a.backup.file > b.backup.file;
    });
    std::vector<RestoreChoice> choices;
    for (const auto& entry : entries) {
        RestoreChoice choice;
        choice.file = entry.backup.file;
        const auto moment = parse_utc_stamp(entry.backup.when);
        choice.when = moment ? local_time_words(*moment) : entry.backup.when;
        choice.reason = backup_reason_words(entry.backup.reason);
        choice.size = size_words(entry.backup.size);
        choice.ok = entry.ok;
        choice.state = entry.ok ? tr("Whole") : tr("Not whole: cannot be restored");
        choices.push_back(std::move(choice));
    }
    return choices;
}

std::string backup_reason_words(const std::string& reason) {
    if (reason == to_string(BackupReason::Daily)) return tr("Daily");
    if (reason == to_string(BackupReason::BeforeImport)) return tr("Before an import");
    if (reason == to_string(BackupReason::BeforeMigration)) return tr("Before an upgrade");
    if (reason == to_string(BackupReason::BeforeRestore)) return tr("Before a restore");
    return reason;
}

std::string restore_question(const std::filesystem::path& database, const std::filesystem::path& backup) {
    // A backup in the database's own folder is known by its name; a file from elsewhere by its whole path.
    const bool beside = backup.parent_path() == BackupFolder(database).folder();
    // TRANSLATORS: {1} is the database's file name, {2} the backup's name or path.
    return fill_in(tr("Put {1} back as it was in {2}?\n\nThe current records are kept as a backup first "
                      "(\"Before a restore\"), so this can be undone by restoring that one. Everything "
                      "changed since {2} was made leaves the database."),
                   database.filename().string(), beside ? backup.filename().string() : backup.string());
}

}  // namespace pcr::model
