// Account management from the command line, through the model's AccountAdmin.
#include "cli/user_commands.h"

#include <chrono>
#include <iostream>

#include "cli/open_database.h"
#include "cli/password_input.h"
#include "model/accounts/account_admin.h"
#include "model/core/clock_time.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/exchange/csv_writer.h"

namespace pcr::cli {

namespace {

using namespace pcr::model;

const char* const kUsage =
    "user add NAME --role ROLE [--full-name TEXT] [--staff S-ID] [--expires YYYY-MM-DD] | user list | "
    "user disable NAME | user unlock NAME | user password NAME";

std::string name_argument(const CommandContext& c) {
    if (c.args.positional.size() != 2)
        throw UsageError(fill_in(tr("usage: pcrecords-cli --db FILE {1}"), kUsage));
    return c.args.positional[1];
}

Account account_from_options(const CommandContext& c, const std::string& name) {
    Account account;
    account.user_name = name;
    const auto role_name = c.args.get("--role");
    if (!role_name)
        throw UsageError(tr("user add needs --role (support-worker, senior, manager or administrator)"));
    const auto role = role_from_string(*role_name);
    if (!role)
        throw UsageError(fill_in(
            tr("--role needs support-worker, senior, manager or administrator, not '{1}'"), *role_name));
    account.role = *role;
    account.full_name = c.args.get("--full-name").value_or("");
    if (auto staff = c.args.get("--staff")) account.staff_id = *staff;
    if (auto expires = c.args.get("--expires")) {
        account.expires = Date::parse(*expires);
        if (!account.expires)
            throw UsageError(fill_in(tr("--expires needs a date as YYYY-MM-DD, not '{1}'"), *expires));
    }
    return account;
}

int list(const CommandContext& c, AccountAdmin& admin) {
    // Status is judged on the real clock, never --today: expiry and locks are about now.
    const auto now = std::chrono::system_clock::now();
    const auto accounts = admin.list();  // refused before anything is printed
    CsvWriter csv(c.out);
    csv.row({"name", "full_name", "role", "staff", "expires", "status", "last_sign_in"});
    for (const Account& account : accounts)
        csv.row({account.user_name, account.full_name, to_string(account.role), account.staff_id.value_or(""),
                 account.expires ? account.expires->iso() : "",
                 to_string(account_status(account, now, local_day(now))),
                 account.last_sign_in ? utc_stamp(*account.last_sign_in) : ""});
    return 0;
}

}  // namespace

int run_user(const CommandContext& c) {
    const std::string action = c.args.positional.at(0);
    if (action == "list") {
        if (c.args.positional.size() != 1)
            throw UsageError(fill_in(tr("usage: pcrecords-cli --db FILE {1}"), kUsage));
        auto store = open_database(c.args);
        AccountAdmin admin(*store, store->principal());
        return list(c, admin);
    }
    if (action != "add" && action != "disable" && action != "unlock" && action != "password")
        throw UsageError(
            fill_in(tr("unknown user action '{1}'; usage: pcrecords-cli --db FILE {2}"), action, kUsage));
    const std::string name = name_argument(c);
    const std::optional<Account> wanted =
        action == "add" ? std::optional<Account>(account_from_options(c, name)) : std::nullopt;
    auto store = open_database(c.args);
    AccountAdmin admin(*store, store->principal());
    if (action == "add") {
        const bool first = !store->has_accounts();
        // Refused before a password is asked for, so a refusal never waits for one.
        admin.require_administrator();
        validate_new_account(*wanted, !first);
        admin.add(*wanted, new_password(name));
        c.err << fill_in(tr("Added the account {1} ({2})."), name, role_words(wanted->role)) << "\n";
        if (first)
            c.err << fill_in(tr("{1} now has accounts: every command signs in with --user NAME."),
                             c.db.string())
                  << "\n";
    } else if (action == "disable") {
        admin.disable(name);
        c.err << fill_in(tr("Disabled the account {1}; it can no longer sign in."), name) << "\n";
    } else if (action == "unlock") {
        admin.unlock(name);
        c.err << fill_in(tr("Unlocked the account {1}."), name) << "\n";
    } else {
        admin.require_administrator(name);
        admin.set_password(name, new_password(name));
        c.err << fill_in(tr("Set a new password for {1}."), name) << "\n";
    }
    return 0;
}

}  // namespace pcr::cli
