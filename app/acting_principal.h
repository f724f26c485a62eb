// Who the app acts for until people sign in: the user logged in to the computer.
#pragma once

#include "model/domain/principal.h"

namespace pcr::app {

// The login name as the toolkit reads it from the system (the environment's, or "unknown", when it cannot).
model::Principal acting_principal();

}  // namespace pcr::app
