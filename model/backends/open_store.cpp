// Picks the backend for a store location.
#include "model/backends/open_store.h"

#include "model/access/role_checked_store.h"
#include "model/sqlite/backup_copy.h"
#include "model/sqlite/sqlite_store.h"

namespace pcr::model {

std::unique_ptr<Store> open_store(const StoreLocation& location, const Principal& acting, OpenMode mode,
                                  DailyBackup daily) {
    auto store = location.is_server() ? open_server_store(location.text(), acting, mode)
                                      : open_sqlite_store(location.file(), acting, mode, daily);
    // A signed-in account acts within its role; a principal without one (an open database) may do everything.
    if (acting.role()) return std::make_unique<RoleCheckedStore>(std::move(store));
    return store;
}

std::string make_daily_backup(const StoreLocation& location) {
    // A server's backups are its administrator's (docs/server.md).
    if (location.is_server()) return "";
    return make_daily_backup(location.file());
}

}  // namespace pcr::model
