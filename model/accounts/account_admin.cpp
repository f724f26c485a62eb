// Who may manage accounts, and the changes themselves.
#include "model/accounts/account_admin.h"

#include "model/accounts/password_hash.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/permissions.h"

namespace pcr::model {

AccountAdmin::AccountAdmin(Store& store, const Principal& acting) : store_(store), acting_(acting) {}

void AccountAdmin::require_administrator(const std::string& own) const {
    if (!store_.has_accounts()) return;
    if (!acting_.role())
        throw NotAllowedError(tr("This database has accounts: sign in as an administrator to manage them."));
    if (may(acting_, Action::ManageAccounts)) return;
    // Names match without regard to case, so the stored spelling is compared.
    if (!own.empty() && acting_.account()) {
        const auto account = store_.account(own);
        if (account && account->user_name == *acting_.account()) return;
    }
    store_.record_event(
        AuditEvent{AuditAction::Refused, std::nullopt, {}, std::string(to_string(Action::ManageAccounts))});
    require(acting_, Action::ManageAccounts);
}

Account AccountAdmin::existing(const std::string& user_name) const {
    auto account = store_.account(user_name);
    if (!account)
        throw NotFoundError(
            fill_in(tr("There is no account {1}; `pcrecords-cli user list` lists them."), user_name));
    return *account;
}

std::vector<Account> AccountAdmin::list() const {
    require_administrator();
    return store_.accounts();
}

void AccountAdmin::add(Account account, const std::string& password) {
    require_administrator();
    validate_new_account(account, store_.has_accounts());
    PasswordHash::check_new(password);
    account.password_hash = PasswordHash::make(password);
    account.failed_attempts = 0;
    account.locked_until.reset();
    account.last_sign_in.reset();
    store_.add_account(account);
}

void AccountAdmin::disable(const std::string& user_name) {
    require_administrator();
    Account account = existing(user_name);
    account.disabled = true;
    store_.update_account(account);
}

void AccountAdmin::unlock(const std::string& user_name) {
    require_administrator();
    Account account = existing(user_name);
    account.failed_attempts = 0;
    account.locked_until.reset();
    store_.update_account(account);
}

void AccountAdmin::set_password(const std::string& user_name, const std::string& password) {
    require_administrator(user_name);
    Account account = existing(user_name);
    PasswordHash::check_new(password);
    account.password_hash = PasswordHash::make(password);
    store_.update_account(account);
}

}  // namespace pcr::model
