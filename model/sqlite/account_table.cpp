// Accounts in SQLite: one row each, bound parameters, the rules checked before anything is written.
#include "model/sqlite/account_table.h"

#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

constexpr const char* kColumns =
    "user_name, full_name, role, staff_id, expires_on, disabled, failed_attempts, locked_until, "
    "last_sign_in, "
    "password_hash";

void bind_optional(SQLite::Statement& statement, int index, const std::optional<std::string>& text) {
    if (text)
        statement.bind(index, *text);
    else
        statement.bind(index);
}

std::optional<std::string> stamp_of(const std::optional<TimePoint>& moment) {
    return moment ? std::optional<std::string>(utc_stamp(*moment)) : std::nullopt;
}

std::optional<std::string> text_column(const SQLite::Column& column) {
    return column.isNull() ? std::nullopt : std::optional<std::string>(column.getString());
}

std::optional<TimePoint> moment_column(const SQLite::Column& column) {
    return column.isNull() ? std::nullopt : parse_utc_stamp(column.getString());
}

Account read_account(SQLite::Statement& row) {
    Account account;
    account.user_name = row.getColumn(0).getString();
    account.full_name = row.getColumn(1).getString();
    account.role = role_from_string(row.getColumn(2).getString()).value_or(Role::SupportWorker);
    account.staff_id = text_column(row.getColumn(3));
    if (auto day = text_column(row.getColumn(4))) account.expires = Date::parse(*day);
    account.disabled = row.getColumn(5).getInt() != 0;
    account.failed_attempts = row.getColumn(6).getInt();
    account.locked_until = moment_column(row.getColumn(7));
    account.last_sign_in = moment_column(row.getColumn(8));
    account.password_hash = row.getColumn(9).getString();
    return account;
}

// Binds every column but the user name, from 1, in kColumns order after it.
void bind_details(SQLite::Statement& statement, const Account& account) {
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

}  // namespace

std::size_t AccountTable::count() const {
    return guarded(db_, tr("count the accounts"), [&] {
        return static_cast<std::size_t>(db_.sql().execAndGet("SELECT count(*) FROM account").getInt64());
    });
}

std::vector<Account> AccountTable::all() const {
    return guarded(db_, tr("list the accounts"), [&] {
        SQLite::Statement select(db_.sql(),
                                 std::string("SELECT ") + kColumns + " FROM account ORDER BY user_name");
        std::vector<Account> found;
        while (select.executeStep()) found.push_back(read_account(select));
        return found;
    });
}

std::optional<Account> AccountTable::find(const std::string& user_name) const {
    return guarded(db_, fill_in(tr("read the account {1}"), user_name), [&]() -> std::optional<Account> {
        SQLite::Statement select(db_.sql(),
                                 std::string("SELECT ") + kColumns + " FROM account WHERE user_name = ?");
        select.bind(1, user_name);
        if (!select.executeStep()) return std::nullopt;
        return read_account(select);
    });
}

void AccountTable::add(const Account& account) {
    validate_account(account);
    guarded(db_, fill_in(tr("add the account {1}"), account.user_name), [&] {
        SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        // Checked inside the write lock, so two programs adding the first account cannot both skip the rule.
        validate_new_account(account, count() > 0);
        if (find(account.user_name))
            throw UserError(
                fill_in(tr("There is already an account {1}; choose another user name."), account.user_name));
        SQLite::Statement insert(db_.sql(),
                                 "INSERT INTO account (full_name, role, staff_id, expires_on, disabled, "
                                 "failed_attempts, locked_until, last_sign_in, password_hash, user_name) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bind_details(insert, account);
        insert.exec();
        transaction.commit();
    });
}

void AccountTable::update(const Account& account) {
    validate_account(account);
    guarded(db_, fill_in(tr("change the account {1}"), account.user_name), [&] {
        SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement change(db_.sql(),
                                 "UPDATE account SET full_name = ?, role = ?, staff_id = ?, expires_on = ?, "
                                 "disabled = ?, failed_attempts = ?, locked_until = ?, last_sign_in = ?, "
                                 "password_hash = ? WHERE user_name = ?");
        bind_details(change, account);
        if (change.exec() == 0)
            throw NotFoundError(fill_in(tr("There is no account {1}; `pcrecords-cli user list` lists them."),
                                        account.user_name));
        const auto administrators = db_.sql()
                                        .execAndGet(
                                            "SELECT count(*) FROM account WHERE role = 'administrator' "
                                            "AND disabled = 0")
                                        .getInt64();
        if (administrators == 0)
            throw UserError(
                fill_in(tr("{1} is the last administrator who can sign in; make another account an "
                           "administrator first, so someone can still manage the accounts."),
                        account.user_name));
        transaction.commit();
    });
}

}  // namespace pcr::model
