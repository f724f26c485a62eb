// The part of a store that moves everything at once: import, export, the integrity check and backup.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/domain/interchange.h"
#include "model/domain/subject.h"
#include "model/store/backup_folder.h"
#include "model/store/import_session.h"
#include "model/store/interchange_sink.h"

namespace pcr::model {

struct IntegrityReport {
    std::vector<std::string> problems;  // empty when all is well
    bool ok() const { return problems.empty(); }
};

// A store's write lock held while a change is worked out from what the store holds (StoreAdmin::hold_writes).
class WriteHold {
  public:
    // Lets go of the lock; what was written while it was held is undone unless commit() was called.
    virtual ~WriteHold() = default;
    // Keeps what was written while the lock was held, all together, and lets go of the lock.
    virtual void commit() = 0;
};

// One automatic backup kept beside the store, and whether it reads back as a whole pcrecords database.
struct BackupEntry {
    BackupFile backup;
    bool ok = false;
};

class StoreAdmin {
  public:
    virtual ~StoreAdmin() = default;

    // Writes everything in one transaction: subjects added or updated by id (previous versions kept), each
    // record given replaces that subject's record of the tool, assessments added or replaced by date.
    // All or nothing: on any failure the store is unchanged and the exception propagates.
    virtual ImportCounts import(const Interchange& data) = 0;
    // The same, one piece at a time: for a file too large to hold (see ImportSession).
    virtual std::unique_ptr<ImportSession> begin_import() = 0;
    // Everything (or one subject: kind and id) as interchange data, ordered by kind then id, records by tool.
    virtual Interchange export_all() const = 0;
    // Everything export_all gives, in its order, handed to `sink` one subject at a time from one consistent
    // state of the store, so memory holds one subject's records however large the store is.
    virtual void export_each(InterchangeSink& sink) const = 0;
    virtual Interchange export_subject(SubjectKind kind, const std::string& id) const = 0;

    // Takes the write lock now, waiting for another program's write as any write does (and refused as it
    // would be), and holds it until the hold is committed or dropped: every read and write in between is one
    // transaction, so what is saved was worked out from what the store still holds. Saves made meanwhile
    // are kept only when the hold is committed.
    virtual std::unique_ptr<WriteHold> hold_writes() = 0;

    virtual IntegrityReport check() const = 0;
    // A consistent copy to `target` while the store may be in use.
    virtual void backup(const std::filesystem::path& target) const = 0;
    // The automatic backups kept beside the store (made on the first writing open of a day, before an
    // import and before an upgrade of the layout: store/backup_folder.h), oldest first, each read through to
    // tell whether it is whole.
    virtual std::vector<BackupEntry> backups() const = 0;
    // Why the automatic backup this store last tried was not made (on opening, or before an import), for the
    // front end to show; "" when it was made or none was due. Work goes on without it.
    virtual std::string automatic_backup_problem() const = 0;

    // A setting of the database (domain/database_settings.h) as stored; none while it is at its default.
    virtual std::optional<std::string> setting(const std::string& name) const = 0;
    // Stores a setting, recorded in the audit trail. Throws pcr::UserError for a name no setting has or a
    // value it does not accept.
    virtual void change_setting(const std::string& name, const std::string& value) = 0;
};

}  // namespace pcr::model
