// The rules an account keeps, and what its state says about signing in.
#include "model/domain/account.h"

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

const char* to_string(AccountStatus status) {
    switch (status) {
        case AccountStatus::Active:
            return "active";
        case AccountStatus::Disabled:
            return "disabled";
        case AccountStatus::Expired:
            return "expired";
        case AccountStatus::Locked:
            return "locked";
    }
    return "active";
}

AccountStatus account_status(const Account& account, TimePoint now, const Date& today) {
    if (account.disabled) return AccountStatus::Disabled;
    if (account.expires && today > *account.expires) return AccountStatus::Expired;
    if (account.locked_until && now < *account.locked_until) return AccountStatus::Locked;
    return AccountStatus::Active;
}

void validate_account(const Account& account) {
    const std::string& name = account.user_name;
    if (is_blank(name)) throw UserError(tr("An account needs a user name to sign in with; give one."));
    if (!is_valid_utf8(name) || !is_valid_utf8(account.full_name))
        throw UserError(fill_in(tr("The account {1} has text that is not UTF-8; type it again."), name));
    for (unsigned char c : name)
        if (c <= ' ' || c == 0x7f || c == ',')
            throw UserError(
                fill_in(tr("The user name '{1}' has a space, comma or control character; choose one without "
                           "(ann.lee, for example)."),
                        name));
    if (account.staff_id && (account.staff_id->size() < 3 || account.staff_id->rfind("S-", 0) != 0))
        throw UserError(fill_in(tr("The account {1} links to '{2}', which is not a staff id; staff ids start "
                                   "S- (S-00007)."),
                                name, *account.staff_id));
    if (account.password_hash.rfind("$argon2id$", 0) != 0)
        throw UserError(fill_in(tr("The account {1} has no password hash; set a password for it."), name));
    if (account.failed_attempts < 0)
        throw UserError(fill_in(tr("The account {1} has a negative count of failed sign-ins."), name));
}

void validate_new_account(const Account& account, bool database_has_accounts) {
    if (!database_has_accounts && account.role != Role::Administrator)
        throw UserError(fill_in(tr("The first account must be an administrator, so someone can manage the "
                                   "others; add {1} with the role administrator, or add an administrator "
                                   "first."),
                                account.user_name));
}

}  // namespace pcr::model
