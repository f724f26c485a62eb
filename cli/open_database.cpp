// The command line's way into storage: --db for where; --as (or the login name), or --user's sign-in, for
// who.
#include "cli/open_database.h"

#include <chrono>
#include <iostream>
#include <ostream>
#include <set>

#include "cli/password_input.h"
#include "model/accounts/sign_in.h"
#include "model/backends/open_store.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/login_name.h"
#include "model/core/translate.h"
#include "model/export/export_audit.h"

namespace pcr::cli {

using model::fill_in;
using model::tr;

bool only_reads(const Arguments& args) {
    static const std::set<std::string> reading = {
        "people", "teams",    "completeness", "coverage", "history", "audit",
        "check",  "evidence", "scores",       "actions",  "export",  "profile",
        "record", "report",   "profiles",     "backup",   "backups", "working-together"};
    if (args.command == "user") return !args.positional.empty() && args.positional.front() == "list";
    if (args.command == "settings") return !args.has("--set");
    if (args.command == "themes") return !args.has("--from-suggestions");
    return reading.count(args.command) > 0;
}

namespace {

// The automatic backup a writing open makes once a day is not worth stopping work for, but its failure is
// worth one line (on the standard error, where every command's messages go).
std::unique_ptr<model::Store> warned(std::unique_ptr<model::Store> store) {
    if (const auto problem = store->automatic_backup_problem(); !problem.empty())
        std::cerr << fill_in(tr("Warning: {1}"), problem) << "\n";
    return store;
}

}  // namespace

std::unique_ptr<model::Store> open_database(const Arguments& args, model::OpenMode mode) {
    const std::string db = args.get("--db").value_or("");
    if (mode == model::OpenMode::Existing && only_reads(args)) mode = model::OpenMode::Reading;
    const auto location = model::StoreLocation::parse(db);
    const model::Principal acting(args.get("--as").value_or(model::login_name()));
    auto store = model::open_store(location, acting, mode);
    const auto user = args.get("--user");
    if (!store->has_accounts()) {
        if (user)
            throw AccessError(
                fill_in(tr("{1} has no accounts, so nobody signs in to it; leave out --user (changes "
                           "are recorded under --as NAME or your login name)."),
                        db));
        return warned(std::move(store));
    }
    if (args.has("--as"))
        throw AccessError(
            fill_in(tr("{1} has accounts: --as is only for a database without them; sign in with "
                       "--user NAME instead."),
                    db));
    if (!user || user->empty())
        throw AccessError(fill_in(tr("{1} has accounts: sign in with --user NAME (the password is read from "
                                     "PCRECORDS_PASSWORD, or asked at the terminal)."),
                                  db));
    const auto password = sign_in_password(*user);
    if (!password)
        throw AccessError(
            fill_in(tr("No password to sign in as {1}: set PCRECORDS_PASSWORD, or run the command "
                       "at a terminal to type it."),
                    *user));
    const model::Principal account =
        model::SignIn::authenticate(*store, *user, *password, std::chrono::system_clock::now());
    return warned(model::open_store(location, account, mode));
}

void record_exports(model::Store& store, const std::vector<model::AuditEvent>& events,
                    const std::vector<std::filesystem::path>& files, const Arguments& args,
                    std::ostream& err) {
    if (model::record_export(store, events, files)) return;
    err << fill_in(tr("Warning: {1} is read-only, so its audit trail cannot record this export."),
                   args.get("--db").value_or(""))
        << "\n";
}

}  // namespace pcr::cli
