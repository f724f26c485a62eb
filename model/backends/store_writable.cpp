// Whether a store's file can be written: asked of the operating system by opening it for writing, as SQLite
// will, so the answer holds for root too (immutable files, read-only mounts).
#include "model/backends/store_writable.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace pcr::model {

bool store_writable(const StoreLocation& location) {
    if (location.is_server()) return true;
    const int fd = ::open(location.file().c_str(), O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    return errno != EACCES && errno != EPERM && errno != EROFS;
}

}  // namespace pcr::model
