// Whether a store's file can be written: asked of the operating system without opening the file, so the
// answer holds for root too (immutable files, read-only mounts) and no lock this process holds on an open
// database is let go (closing any descriptor of a file drops the process's POSIX locks on it).
#include "model/backends/store_writable.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace pcr::model {

bool store_writable(const StoreLocation& location) {
    if (location.is_server()) return true;
    if (::faccessat(AT_FDCWD, location.file().c_str(), W_OK, AT_EACCESS) == 0) return true;
    return errno != EACCES && errno != EPERM && errno != EROFS;
}

}  // namespace pcr::model
