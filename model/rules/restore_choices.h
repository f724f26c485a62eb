// The backups a database may be put back from, as the app offers them to an administrator to choose one.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/domain/principal.h"
#include "model/store/store.h"

namespace pcr::model {

// One backup as it is listed to choose from.
struct RestoreChoice {
    std::filesystem::path file;
    std::string when;    // local time in words: "6 Dec 2026 14:05"
    std::string reason;  // why it was made, in words: "Daily", "Before an import", ...
    std::string size;    // "1.2 MB"
    bool ok = false;     // whether it reads back as a whole pcrecords database, so can be restored
    std::string state;   // "Whole", or "Not whole: cannot be restored" (damaged, unreadable, or newer)
};

// Whether `principal` may put the database back from a backup (Action::Backup: an administrator, or anyone
// in a database without accounts).
bool may_restore(const Principal& principal);

// The automatic backups kept beside the store, newest first (the one most likely wanted at the top), each
// read through to tell whether it is whole. Throws pcr::NotAllowedError unless the store's principal may
// restore.
std::vector<RestoreChoice> restore_choices(const Store& store);

// "Daily", "Before an import", "Before an upgrade", "Before a restore"; a reason of another name as it is.
std::string backup_reason_words(const std::string& reason);

// What the app asks before restoring `database` from `backup`: what will happen, and that the current
// records are kept as a backup first. A backup beside the database is named by its file name, another file by
// its path.
std::string restore_question(const std::filesystem::path& database, const std::filesystem::path& backup);

}  // namespace pcr::model
