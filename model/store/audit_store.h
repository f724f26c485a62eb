// The part of a store that keeps the audit trail: who did what, when, to whose record; append-only.
#pragma once

#include <vector>

#include "model/domain/audit_entry.h"

namespace pcr::model {

class AuditStore {
  public:
    virtual ~AuditStore() = default;

    // Appends one entry stamped with the store's principal and the current time. Changes need no call: the
    // store logs each one itself, in the transaction that writes it.
    virtual void record_event(const AuditEvent& event) = 0;
    // The entries that match, oldest first; a Change entry comes with the parts of its change.
    virtual std::vector<AuditEntry> audit(const AuditFilter& filter) const = 0;
};

}  // namespace pcr::model
