// What the signed-in role may do in the app's own commands, in one place until the model's role permissions
// decide it for the app and the command line alike.
#pragma once

#include "model/domain/principal.h"

namespace pcr::app {

// The audit trail is shown to managers and administrators, and to anyone in an open database (no accounts).
bool may_see_audit(const model::Principal& principal);
// Seniors, managers and administrators sign off records; anyone may in an open database.
bool may_sign_off(const model::Principal& principal);

}  // namespace pcr::app
