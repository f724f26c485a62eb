// The role check, then the copy by the storage library.
#include "model/backends/copy_store.h"

#include "model/domain/permissions.h"
#include "model/sqlite/sqlite_store.h"

namespace pcr::model {

CopyCounts copy_store(const StoreLocation& from, const StoreLocation& to, const Principal& acting) {
    require(acting, Action::Backup);
    return copy_store_contents(from, to, acting.name());
}

}  // namespace pcr::model
