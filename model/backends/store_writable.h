// Whether the program may change a store at all, so that the app opens one it may not for reading only.
#pragma once

#include "model/store/store_location.h"

namespace pcr::model {

// False when the store at `location` exists and cannot be written: a database file read-only to this account,
// marked immutable, or on read-only media (an archived copy). The app then opens it with OpenMode::Reading,
// so it is read rather than refused. True otherwise: a missing file is refused by the open, and a server says
// for itself.
bool store_writable(const StoreLocation& location);

}  // namespace pcr::model
