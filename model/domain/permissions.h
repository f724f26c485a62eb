// Who may do what: the one table of the least role each action needs, and the checks made against it.
#pragma once

#include "model/domain/action.h"
#include "model/domain/principal.h"
#include "model/domain/role.h"

namespace pcr::model {

// The least role that may do `action`; every role after it (role.h orders them) may do it too.
Role least_role(Action action);

// Whether `principal` may do `action`. A principal with no role acts in an open database (no accounts) and
// may do everything, as before accounts.
bool may(const Principal& principal, Action action);

// Whether doing `action` changes what a store holds (a read-only store refuses it, whoever asks). Exports,
// backups and reading the audit trail do not.
bool changes_store(Action action);

// Throws pcr::NotAllowedError unless `principal` may do `action`, with one line naming the role needed:
// "Importing needs the role manager or above; ann is a support worker."
void require(const Principal& principal, Action action);

}  // namespace pcr::model
