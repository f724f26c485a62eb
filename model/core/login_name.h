// The name the user signed in to the computer with, for front ends that act as that user.
#pragma once

#include <string>

namespace pcr::model {

// From the environment (USER, LOGNAME, USERNAME on Windows); "unknown" when none is set, so changes made from
// a session without one still say that nobody known made them.
std::string login_name();

}  // namespace pcr::model
