// Restoring a store from a backup: the permission, the SQLite file's replacement, the audit entry.
#include "model/backends/restore_store.h"

#include "model/backends/open_store.h"
#include "model/sqlite/sqlite_store.h"

namespace pcr::model {

std::filesystem::path restore_store(const StoreLocation& location, const Principal& acting,
                                    const std::filesystem::path& from) {
    // Asked of the current file, which knows the accounts; a refusal is recorded there.
    open_store(location, acting, OpenMode::Existing)->require(Action::Backup);
    const auto kept = restore_sqlite_file(location.file(), from);
    // Opened as it now is (an older backup is upgraded here, after a copy of it is kept), and the restore
    // recorded in its own trail, which is the one people will read from now on.
    open_store(location, acting, OpenMode::Existing)
        ->record_event(AuditEvent{AuditAction::Restore, std::nullopt, {}, from.filename().string()});
    return kept;
}

}  // namespace pcr::model
