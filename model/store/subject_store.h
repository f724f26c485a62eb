// The part of a store that keeps people, staff and teams with their records, photos, memberships and history.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/domain/caseload_scope.h"
#include "model/domain/change.h"
#include "model/domain/photo.h"
#include "model/domain/record.h"
#include "model/domain/sign_off.h"
#include "model/domain/subject.h"

namespace pcr::model {

struct SubjectQuery {
    std::string search;  // any part of name or preferred name, case- and accent-insensitive; empty = all
    bool include_archived = false;
    // People only (staff and teams are not in caseloads). Whatever the choice, a store shows only the people
    // its principal may see: a support worker or senior sees the people of their own teams.
    CaseloadScope caseload = CaseloadScope::Everyone;
    std::optional<std::string> team = std::nullopt;  // people or staff of this team only
};

class SubjectStore {
  public:
    virtual ~SubjectStore() = default;

    virtual std::vector<Subject> subjects(SubjectKind kind, const SubjectQuery& query = {}) const = 0;
    virtual std::optional<Subject> subject(SubjectKind kind, const std::string& id) const = 0;
    virtual std::size_t count(SubjectKind kind, bool include_archived = false) const = 0;
    // How many subjects subjects(kind, query) would list, counted by the store without reading them, so
    // the size of a caseload costs the same at 10,000 people as at 40.
    virtual std::size_t count_subjects(SubjectKind kind, const SubjectQuery& query) const = 0;
    // Adds or updates (by kind and id); the previous version stays in history. One transaction. A person
    // added by a support worker or senior joins their teams, so they can go on to see them. A team is a
    // subject of kind Team: saving one adds or renames it. A subject read from the store (`version` not 0)
    // is saved only if it is still at that version: otherwise it throws pcr::StorageError naming who changed
    // it and when (or saying it is gone), so another program's change is never overwritten unseen.
    virtual void save_subject(const Subject& subject) = 0;

    // Every record of one subject, ordered by tool id.
    virtual std::vector<Record> records(SubjectKind kind, const std::string& id) const = 0;
    virtual std::optional<Record> record(SubjectKind kind, const std::string& id,
                                         const std::string& tool) const = 0;
    // Saves a new version of a record (the subject must exist). Throws pcr::StorageError if the record
    // changed since `record.version` was read, so a concurrent edit is never overwritten. Returns the new
    // version.
    virtual int save_record(SubjectKind kind, const std::string& id, const Record& record) = 0;
    // The record as it was at an earlier version (for history views and restore).
    virtual std::optional<Record> record_at(SubjectKind kind, const std::string& id, const std::string& tool,
                                            int version) const = 0;

    // Signs off the current version of the record for the acting principal, with an optional comment: one
    // transaction, and a "signed off" line in the subject's history. Throws pcr::NotFoundError when the
    // subject has no record of `tool`. Returns the sign-off as stored.
    virtual SignOff sign_off(SubjectKind kind, const std::string& id, const std::string& tool,
                             const std::string& comment) = 0;
    // The latest sign-off of each record of `kind` (of one subject when `id` is given), by subject then tool.
    virtual std::vector<SignOff> sign_offs(SubjectKind kind,
                                           const std::optional<std::string>& id = std::nullopt) const = 0;

    // The teams a person or staff member belongs to: team ids in id order.
    virtual std::vector<std::string> teams_of(SubjectKind kind, const std::string& id) const = 0;
    // Makes `teams` exactly the teams of a person or staff member, writing "joined team" and "left team" to
    // their history. One transaction. Throws pcr::NotFoundError naming the first team or subject that does
    // not exist, and pcr::UserError for a team subject.
    virtual void set_teams(SubjectKind kind, const std::string& id,
                           const std::vector<std::string>& teams) = 0;
    // A person's key worker: a staff id, or nullopt.
    virtual std::optional<std::string> key_worker(const std::string& person) const = 0;
    // Gives a person a key worker (a staff id), or none, writing the change to their history. One
    // transaction. Throws pcr::NotFoundError when the person or staff member does not exist.
    virtual void set_key_worker(const std::string& person, const std::optional<std::string>& staff) = 0;

    // Every version of a subject's details (name, preferred name, born, status), version 1 first; the last is
    // the subject as it is now. Empty when there is no such subject.
    virtual std::vector<Subject> subject_versions(SubjectKind kind, const std::string& id) const = 0;

    // Every change to one subject and its records, oldest first, as data (rules/change_words.h words it).
    virtual std::vector<Change> history(SubjectKind kind, const std::string& id) const = 0;

    // Calls `visit` for every record of every subject of `kind` (active ones only unless asked),
    // ordered by subject id then tool. One pass over the store, for completeness and coverage.
    using RecordVisitor = std::function<void(const Subject&, const Record&)>;
    virtual void for_each_record(SubjectKind kind, bool include_archived,
                                 const RecordVisitor& visit) const = 0;
    // The same for the records of `tools` only, of active subjects of `kind` the principal may see (of team
    // `team` only, when given: its members, or for kind Team that team alone), in one pass that reads no
    // other tool's entries: what Working Together for Change gathers from a whole caseload.
    virtual void for_each_record_of(SubjectKind kind, const std::vector<std::string>& tools,
                                    const std::optional<std::string>& team,
                                    const RecordVisitor& visit) const = 0;

    // A person's or staff member's photo, for the one-page profile. set_photo refuses a file over
    // kMaxPhotoBytes or that is not PNG or JPEG (pcr::UserError), replaces any earlier photo and writes
    // "photo changed" to the subject's history; clear_photo removes it ("photo removed"). One transaction
    // each.
    virtual void set_photo(SubjectKind kind, const std::string& id, const std::vector<unsigned char>& bytes,
                           const std::string& mime) = 0;
    virtual std::optional<Photo> photo(SubjectKind kind, const std::string& id) const = 0;
    virtual void clear_photo(SubjectKind kind, const std::string& id) = 0;
};

}  // namespace pcr::model
