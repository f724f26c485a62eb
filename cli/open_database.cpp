// The command line's way into storage: --db for where, --as (or the login name) for who.
#include "cli/open_database.h"

#include "model/backends/open_store.h"
#include "model/core/login_name.h"

namespace pcr::cli {

std::unique_ptr<model::Store> open_database(const Arguments& args, model::OpenMode mode) {
    const model::Principal acting(args.get("--as").value_or(model::login_name()));
    return model::open_store(model::StoreLocation::parse(args.get("--db").value_or("")), acting, mode);
}

}  // namespace pcr::cli
