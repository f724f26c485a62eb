// The part of a store that keeps the audit trail: who did what, when, to whose record; append-only.
#pragma once

#include <vector>

#include "model/domain/audit_entry.h"

namespace pcr::model {

class AuditStore {
  public:
    virtual ~AuditStore() = default;

    // Appends one entry per event, stamped with the store's principal and the current time, all in one
    // transaction (a bulk export records each person's record it wrote). Changes need no call: the store logs
    // each one itself, in the transaction that writes it.
    virtual void record_events(const std::vector<AuditEvent>& events) = 0;
    void record_event(const AuditEvent& event) { record_events({event}); }
    // The entries that match, oldest first; a Change entry comes with the parts of its change.
    virtual std::vector<AuditEntry> audit(const AuditFilter& filter) const = 0;
};

}  // namespace pcr::model
