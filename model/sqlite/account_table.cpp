// Accounts in the database: one row each, bound parameters, the rules checked before anything is written.
#include "model/sqlite/account_table.h"

#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/core/utc_time.h"
#include "model/sqlite/audit_log.h"

namespace pcr::model {

namespace {

constexpr const char* kColumns =
    "user_name, full_name, role, staff_id, expires_on, disabled, failed_attempts, locked_until, "
    "last_sign_in, "
    "password_hash";

void bind_optional(sql::Statement& statement, int index, const std::optional<std::string>& text) {
    if (text)
        statement.bind(index, *text);
    else
        statement.bind(index);
}

std::optional<std::string> stamp_of(const std::optional<TimePoint>& moment) {
    return moment ? std::optional<std::string>(utc_stamp(*moment)) : std::nullopt;
}

std::optional<std::string> text_column(const sql::Column& column) {
    return column.is_null() ? std::nullopt : std::optional<std::string>(column.text());
}

std::optional<TimePoint> moment_column(const sql::Column& column) {
    return column.is_null() ? std::nullopt : parse_utc_stamp(column.text());
}

Account read_account(sql::Statement& row) {
    Account account;
    account.user_name = row.column(0).text();
    account.full_name = row.column(1).text();
    account.role = role_from_string(row.column(2).text()).value_or(Role::SupportWorker);
    account.staff_id = text_column(row.column(3));
    if (auto day = text_column(row.column(4))) account.expires = Date::parse(*day);
    account.disabled = row.column(5).integer() != 0;
    account.failed_attempts = row.column(6).integer();
    account.locked_until = moment_column(row.column(7));
    account.last_sign_in = moment_column(row.column(8));
    account.password_hash = row.column(9).text();
    return account;
}

// Binds every column but the user name, from 1, in kColumns order after it.
void bind_details(sql::Statement& statement, const Account& account) {
    statement.bind(1, account.full_name);
    statement.bind(2, std::string(to_string(account.role)));
    bind_optional(statement, 3, account.staff_id);
    bind_optional(statement, 4,
                  account.expires ? std::optional<std::string>(account.expires->iso()) : std::nullopt);
    statement.bind(5, account.disabled ? 1 : 0);
    statement.bind(6, account.failed_attempts);
    bind_optional(statement, 7, stamp_of(account.locked_until));
    bind_optional(statement, 8, stamp_of(account.last_sign_in));
    statement.bind(9, account.password_hash);
    statement.bind(10, account.user_name);
}

// What an administrator changed on an account, as structured words for the audit trail ("role manager,
// disabled"); sign-in bookkeeping (counts, last sign-in) is recorded by its own entries instead.
std::string account_changes(const Account& before, const Account& after) {
    std::vector<std::string> parts;
    if (before.full_name != after.full_name) parts.push_back("full name");
    if (before.role != after.role) parts.push_back(std::string("role ") + to_string(after.role));
    if (before.staff_id != after.staff_id) parts.push_back("staff " + after.staff_id.value_or("none"));
    if (before.expires != after.expires)
        parts.push_back("expires " + (after.expires ? after.expires->iso() : std::string("never")));
    if (before.disabled != after.disabled) parts.push_back(after.disabled ? "disabled" : "enabled");
    if (before.password_hash != after.password_hash) parts.push_back("password");
    if (before.locked_until && !after.locked_until) parts.push_back("unlocked");
    std::string words;
    for (const auto& part : parts) words += (words.empty() ? "" : ", ") + part;
    return words;
}

}  // namespace

void AccountTable::audit(AuditAction action, const std::string& user, const std::string& detail) {
    AuditEntry entry;
    entry.when = utc_stamp_now();
    entry.user = user;
    entry.action = action;
    entry.detail = detail;
    append_audit(db_, entry);
}

std::size_t AccountTable::count() const {
    return guarded(db_, tr("count the accounts"), [&] {
        return static_cast<std::size_t>(sql::one_integer(db_.sql(), "SELECT count(*) FROM account"));
    });
}

std::vector<Account> AccountTable::all() const {
    return guarded(db_, tr("list the accounts"), [&] {
        sql::Statement select(db_.sql(), std::string("SELECT ") + kColumns +
                                             " FROM account ORDER BY lower(user_name), user_name");
        std::vector<Account> found;
        while (select.step()) found.push_back(read_account(select));
        return found;
    });
}

std::optional<Account> AccountTable::find(const std::string& user_name) const {
    return guarded(db_, fill_in(tr("read the account {1}"), user_name), [&]() -> std::optional<Account> {
        sql::Statement select(db_.sql(), std::string("SELECT ") + kColumns +
                                             " FROM account WHERE lower(user_name) = lower(CAST(? AS TEXT))");
        select.bind(1, user_name);
        if (!select.step()) return std::nullopt;
        return read_account(select);
    });
}

void AccountTable::add(const Account& account) {
    validate_account(account);
    guarded(db_, fill_in(tr("add the account {1}"), account.user_name), [&] {
        WriteTransaction transaction(db_.sql());
        // Checked inside the write lock, so two programs adding the first account cannot both skip the rule.
        validate_new_account(account, count() > 0);
        if (find(account.user_name))
            throw UserError(
                fill_in(tr("There is already an account {1}; choose another user name."), account.user_name));
        sql::Statement insert(db_.sql(),
                              "INSERT INTO account (full_name, role, staff_id, expires_on, disabled, "
                              "failed_attempts, locked_until, last_sign_in, password_hash, user_name) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bind_details(insert, account);
        insert.exec();
        audit(AuditAction::AccountChange, acting_,
              "add " + account.user_name + " (" + to_string(account.role) + ")");
        transaction.commit();
    });
}

void AccountTable::update(const Account& account) {
    validate_account(account);
    guarded(db_, fill_in(tr("change the account {1}"), account.user_name), [&] {
        WriteTransaction transaction(db_.sql());
        const auto before = find(account.user_name);
        sql::Statement change(db_.sql(),
                              "UPDATE account SET full_name = ?, role = ?, staff_id = ?, expires_on = ?, "
                              "disabled = ?, failed_attempts = ?, locked_until = ?, last_sign_in = ?, "
                              "password_hash = ? WHERE lower(user_name) = lower(CAST(? AS TEXT))");
        bind_details(change, account);
        if (change.exec() == 0)
            throw NotFoundError(fill_in(tr("There is no account {1}; `pcrecords-cli user list` lists them."),
                                        account.user_name));
        const auto administrators = sql::one_integer(
            db_.sql(), "SELECT count(*) FROM account WHERE role = 'administrator' AND disabled = 0");
        if (administrators == 0)
            throw UserError(
                fill_in(tr("{1} is the last administrator who can sign in; make another account an "
                           "administrator first, so someone can still manage the accounts."),
                        account.user_name));
        if (const auto words = account_changes(*before, account); !words.empty())
            audit(AuditAction::AccountChange, acting_, "change " + account.user_name + ": " + words);
        transaction.commit();
    });
}

Account AccountTable::count_wrong_password(const std::string& user_name, TimePoint now, int lock_after,
                                           std::chrono::minutes lock_for) {
    return guarded(db_, fill_in(tr("record a wrong password for {1}"), user_name), [&] {
        WriteTransaction transaction(db_.sql());
        // Counted in SQL inside the write lock, so attempts from two programs at once both count.
        sql::Statement count(db_.sql(),
                             "UPDATE account SET failed_attempts = failed_attempts + 1, locked_until = NULL "
                             "WHERE lower(user_name) = lower(CAST(? AS TEXT))");
        count.bind(1, user_name);
        if (count.exec() == 0)
            throw NotFoundError(
                fill_in(tr("There is no account {1}; `pcrecords-cli user list` lists them."), user_name));
        Account account = *find(user_name);
        std::string detail =
            "wrong password " + std::to_string(account.failed_attempts) + "/" + std::to_string(lock_after);
        if (account.failed_attempts >= lock_after) {
            account.failed_attempts = 0;
            account.locked_until = now + lock_for;
            sql::Statement lock(db_.sql(),
                                "UPDATE account SET failed_attempts = 0, locked_until = ? WHERE "
                                "lower(user_name) = lower(CAST(? AS TEXT))");
            lock.bind(1, utc_stamp(*account.locked_until));
            lock.bind(2, account.user_name);
            lock.exec();
            detail += "; locked until " + utc_stamp(*account.locked_until);
        }
        audit(AuditAction::SignInFailed, account.user_name, detail);
        transaction.commit();
        return account;
    });
}

void AccountTable::record_sign_in(const std::string& user_name, TimePoint now) {
    guarded(db_, fill_in(tr("record the sign-in of {1}"), user_name), [&] {
        WriteTransaction transaction(db_.sql());
        sql::Statement stamp(db_.sql(),
                             "UPDATE account SET failed_attempts = 0, locked_until = NULL, last_sign_in = ? "
                             "WHERE lower(user_name) = lower(CAST(? AS TEXT))");
        stamp.bind(1, utc_stamp(now));
        stamp.bind(2, user_name);
        if (stamp.exec() == 0)
            throw NotFoundError(
                fill_in(tr("There is no account {1}; `pcrecords-cli user list` lists them."), user_name));
        audit(AuditAction::SignIn, user_name, {});
        transaction.commit();
    });
}

void AccountTable::record_refused_sign_in(const std::string& user_name, const std::string& reason) {
    guarded(db_, tr("record a refused sign-in"), [&] {
        WriteTransaction transaction(db_.sql());
        const auto account = user_name.empty() ? std::nullopt : find(user_name);
        audit(AuditAction::SignInFailed, account ? account->user_name : acting_, reason);
        transaction.commit();
    });
}

}  // namespace pcr::model
