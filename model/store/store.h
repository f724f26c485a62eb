// The model's storage interface: everything the program keeps, without saying how, for one acting principal.
#pragma once

#include "model/domain/permissions.h"
#include "model/domain/principal.h"
#include "model/store/account_store.h"
#include "model/store/assessment_store.h"
#include "model/store/audit_store.h"
#include "model/store/erasure_store.h"
#include "model/store/status_store.h"
#include "model/store/store_admin.h"
#include "model/store/subject_store.h"
#include "model/store/theme_store.h"

namespace pcr::model {

// A store is opened for one principal (backends/open_store.h) and records every change it makes under
// their name. Code that needs only one part takes that part (a SubjectStore&, say), so what it may touch
// is plain from its signature.
class Store : public SubjectStore,
              public AssessmentStore,
              public StoreAdmin,
              public AccountStore,
              public AuditStore,
              public StatusStore,
              public ErasureStore,
              public ThemeStore {
  public:
    ~Store() override = default;

    // Who this store acts for.
    virtual const Principal& principal() const = 0;
    // True when it was opened for reading (OpenMode::Reading) from a file that cannot be written: every
    // change, the audit trail's entries included, is then refused.
    virtual bool read_only() const = 0;
    // True when another program (another pcrecords, the command line, an SQLite tool) has committed a change
    // to the store since the last call, or since it was opened; this store's own changes do not count. Cheap
    // (no table is read), so a window may ask every second or two and read again only when it is true.
    virtual bool changed_elsewhere() = 0;

    // Throws pcr::NotAllowedError naming the role needed unless the principal may do `action`
    // (domain/permissions.h). For what is done outside the store, such as writing a PDF; a store that checks
    // roles (access/role_checked_store.h) also records the refusal in the audit trail.
    virtual void require(Action action) const { model::require(principal(), action); }
};

}  // namespace pcr::model
