// The sign-in rules: the password checked first, then what may still stop a right one.
#include "model/accounts/sign_in.h"

#include "model/accounts/password_hash.h"
#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

std::string wrong_name_or_password() {
    return fill_in(
        tr("The user name or password is wrong; check them and try again. After {1} wrong passwords "
           "in a row an account is locked for {2} minutes."),
        SignIn::kAttemptsBeforeLock, SignIn::kLockTime.count());
}

std::string locked_message(const Account& account) {
    // TRANSLATORS: {2} is a day and time, "5 Dec 2026 14:05".
    return fill_in(
        tr("The account {1} is locked after too many wrong passwords until {2}; try again then, or ask "
           "an administrator to unlock it."),
        account.user_name, local_time_words(*account.locked_until));
}

// A hash of no one's password, checked when the name is unknown so a refusal takes as long either way and
// its timing does not tell which names exist.
const std::string& decoy_hash() {
    static const std::string hash = PasswordHash::make("pcrecords decoy password");
    return hash;
}

}  // namespace

std::string SignIn::describe(const Principal& principal) {
    if (!principal.account() || !principal.role()) return tr("Open database: no sign-in");
    // TRANSLATORS: {1} is a user name, {2} a role ("support worker").
    return fill_in(tr("Signed in as {1} ({2})"), *principal.account(), role_words(*principal.role()));
}

Principal SignIn::authenticate(AccountStore& store, const std::string& user_name, const std::string& password,
                               TimePoint now) {
    const auto found = store.account(user_name);
    if (!found) {
        PasswordHash::verifies(decoy_hash(), password);
        store.record_refused_sign_in({}, "unknown user name");
        throw SignInError(wrong_name_or_password());
    }
    const Account& account = *found;
    if (account.locked_until && now < *account.locked_until) {
        store.record_refused_sign_in(account.user_name, "locked");
        throw SignInError(locked_message(account));
    }

    if (!PasswordHash::verifies(account.password_hash, password)) {
        const Account counted =
            store.count_wrong_password(account.user_name, now, kAttemptsBeforeLock, kLockTime);
        if (counted.locked_until) throw SignInError(locked_message(counted));
        throw SignInError(wrong_name_or_password());
    }
    // Only a right password learns why the account may still not be used.
    if (account.disabled) {
        store.record_refused_sign_in(account.user_name, "disabled");
        throw SignInError(fill_in(
            tr("The account {1} is disabled; ask an administrator if you need to use pcrecords again."),
            account.user_name));
    }
    if (account.expires && local_day(now) > *account.expires) {
        store.record_refused_sign_in(account.user_name, "expired");
        // TRANSLATORS: {2} is the last day the account could be used.
        throw SignInError(
            fill_in(tr("The account {1} expired at the end of {2}; ask an administrator to extend "
                       "it."),
                    account.user_name, display_date(*account.expires)));
    }
    store.record_sign_in(account.user_name, now);
    return Principal(account.user_name, account.role, account.staff_id);
}

}  // namespace pcr::model
