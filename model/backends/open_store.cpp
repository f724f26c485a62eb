// Picks the backend for a store location.
#include "model/backends/open_store.h"

#include "model/access/role_checked_store.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/sqlite/backup_copy.h"
#include "model/sqlite/sqlite_store.h"

namespace pcr::model {

std::unique_ptr<Store> open_store(const StoreLocation& location, const Principal& acting, OpenMode mode,
                                  DailyBackup daily) {
    if (location.is_server())
        throw UserError(
            fill_in(tr("\"{1}\" is a database server; this version of pcrecords keeps its records in a "
                       "database file. Give the path of a .pcrdb file instead."),
                    location.text()));
    auto store = open_sqlite_store(location.file(), acting, mode, daily);
    // A signed-in account acts within its role; a principal without one (an open database) may do everything.
    if (acting.role()) return std::make_unique<RoleCheckedStore>(std::move(store));
    return store;
}

std::string make_daily_backup(const StoreLocation& location) {
    // No server reaches here: open_store refuses one first.
    if (location.is_server()) return "";
    return make_daily_backup(location.file());
}

}  // namespace pcr::model
