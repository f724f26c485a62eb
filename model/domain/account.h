// An account of someone who uses pcrecords: who they are, their role, and the state of their sign-in.
#pragma once

#include <optional>
#include <string>

#include "model/core/clock_time.h"
#include "model/core/date.h"
#include "model/domain/role.h"

namespace pcr::model {

// Never holds a password: only its Argon2id hash ("$argon2id$..."), made by the accounts library.
struct Account {
    std::string user_name;  // what they sign in with; matched without regard to ASCII case
    std::string full_name;
    Role role = Role::SupportWorker;
    std::optional<std::string> staff_id;  // their staff record, "S-..."
    std::optional<Date> expires;          // the last day they may sign in (agency staff)
    bool disabled = false;
    int failed_attempts = 0;  // wrong passwords in a row since the last right one or lock
    std::optional<TimePoint> locked_until;
    std::optional<TimePoint> last_sign_in;
    std::string password_hash;
};

enum class AccountStatus { Active, Disabled, Expired, Locked };

// "active", "disabled", "expired", "locked": as the command line lists them.
const char* to_string(AccountStatus status);

// What stops the account signing in at `now` (disabled first, then expired, then locked), or Active.
// `today` is the local day of `now`, on which expiry is judged.
AccountStatus account_status(const Account& account, TimePoint now, const Date& today);

// Throws pcr::UserError naming what is wrong and what to do: a blank user name or one with spaces or
// control characters, text that is not UTF-8, a staff id not of the form S-..., a password hash that is not
// an Argon2id hash (so a password can never be stored by mistake).
void validate_account(const Account& account);

// The first account of a database must be an administrator, so someone can always manage the others.
// Throws pcr::UserError when `account` would be the first and is not.
void validate_new_account(const Account& account, bool database_has_accounts);

}  // namespace pcr::model
