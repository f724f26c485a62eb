// The part of a store that erases a person for good and keeps what retention needs: when each archived
// person was archived, and the decisions to keep them longer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/subject.h"

namespace pcr::model {

// An archived person, the day they were last archived (UTC), and the day a manager last decided to keep
// them past the retention period, if ever.
struct ArchivedPerson {
    Subject person;
    Date archived_on;
    std::optional<Date> kept_on;
};

// What an erasure did.
struct Erasure {
    std::int64_t audit_entry = 0;  // the number of the one entry that records it
    std::int64_t anonymised = 0;   // earlier audit entries about the person, made anonymous
    // False when another program had the database open, so the journal (-wal file) still held old pages
    // after the erasure; they leave it when that program closes the database.
    bool journal_emptied = false;
};

class ErasureStore {
  public:
    virtual ~ErasureStore() = default;

    // Every archived person the principal may see, by id.
    virtual std::vector<ArchivedPerson> archived_people() const = 0;
    // Removes the person with every version of their details and records, their photo, sign-offs, teams,
    // key worker, history and judgements, makes the earlier audit entries about them anonymous and appends
    // one Erase entry (who, when, whom by id, `reason`): one transaction with SQLite's secure_delete on, then
    // the file is rebuilt (VACUUM) and the journal emptied, so none of it stays in the files
    // (docs/reliability.md#erasure-and-retention). Throws pcr::NotFoundError when there is no such person,
    // pcr::UserError when `reason` is empty, and pcr::StorageError, changing nothing, while another program
    // has the database open (its connection would keep the erased pages in the file until it closed).
    virtual Erasure erase_person(const std::string& id, const std::string& reason) = 0;
    // Records, in the audit trail, that the archived person `id` is kept for another retention period, and
    // why. Throws pcr::NotFoundError when there is no such person, pcr::UserError when they are not archived
    // or `reason` is empty.
    virtual void keep_person(const std::string& id, const std::string& reason) = 0;
};

}  // namespace pcr::model
