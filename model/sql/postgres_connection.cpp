// PostgreSQL statements and transactions behind the engine-neutral interface, with the server's errors sorted
// by kind. Parameters go as text and PostgreSQL infers their types from where they stand.
#include "model/sql/postgres_connection.h"

#include <cstdlib>
#include <optional>
#include <pqxx/pqxx>
#include <set>
#include <vector>

#include "model/sql/placeholders.h"

namespace pcr::model::sql {

namespace {

// One bound parameter as libpq takes it: text, or null.
struct Parameter {
    std::optional<std::string> text;
};

}  // namespace
}  // namespace pcr::model::sql

namespace pqxx {
template <>
struct string_traits<pcr::model::sql::Parameter> {
    static constexpr const char* name() noexcept { return "pcr::model::sql::Parameter"; }
    static constexpr bool has_null() noexcept { return true; }
    static bool is_null(const pcr::model::sql::Parameter& p) { return !p.text; }
    static pcr::model::sql::Parameter null() { return {}; }
    static std::string to_string(const pcr::model::sql::Parameter& p) { return *p.text; }
    static void from_string(const char* text, pcr::model::sql::Parameter& p) { p.text = text; }
};
}  // namespace pqxx

namespace pcr::model::sql {

namespace {

Failure failure_of_state(const std::string& state) {
    const std::string group = state.substr(0, 2);
    if (group == "23" || state == "P0001") return Failure::Constraint;
    if (state == "55P03" || state == "40P01" || state == "40001" || state == "57014") return Failure::Busy;
    if (group == "53") return Failure::Full;
    if (state == "25006") return Failure::ReadOnly;
    if (state == "42501") return Failure::Denied;
    if (group == "08" || group == "57") return Failure::ConnectionLost;
    if (state == "58030") return Failure::DiskError;
    if (state == "XX001" || state == "XX002") return Failure::Damaged;
    return Failure::Other;
}

// The server's message without libpq's "ERROR:  " and trailing newline.
std::string server_words(const char* what) {
    std::string words = what;
    if (words.rfind("ERROR:  ", 0) == 0) words.erase(0, 8);
    while (!words.empty() && (words.back() == '\n' || words.back() == ' ')) words.pop_back();
    const auto line = words.find('\n');
    if (line != std::string::npos) words.erase(line);
    return words;
}

template <class F>
auto guarded(F&& work) {
    try {
        return work();
    } catch (const pqxx::broken_connection& e) {
        throw Error(Failure::ConnectionLost, server_words(e.what()));
    } catch (const pqxx::transaction_rollback& e) {
        throw Error(Failure::Busy, server_words(e.what()));
    } catch (const pqxx::insufficient_privilege& e) {
        // libpqxx 6 throws these classes without their SQLSTATE, so they are told apart by class.
        throw Error(Failure::Denied, server_words(e.what()));
    } catch (const pqxx::integrity_constraint_violation& e) {
        throw Error(Failure::Constraint, server_words(e.what()));
    } catch (const pqxx::plpgsql_raise& e) {
        throw Error(Failure::Constraint, server_words(e.what()));
    } catch (const pqxx::insufficient_resources& e) {
        throw Error(Failure::Full, server_words(e.what()));
    } catch (const pqxx::sql_error& e) {
        throw Error(failure_of_state(e.sqlstate()), server_words(e.what()));
    } catch (const pqxx::failure& e) {
        throw Error(Failure::Other, server_words(e.what()));
    } catch (const pqxx::conversion_error& e) {
        throw Error(Failure::Other, e.what());
    }
}

}  // namespace

// The libpqxx connection and what listens on it.
struct PostgresConnection::Session {
    class ChangeReceiver final : public pqxx::notification_receiver {
      public:
        ChangeReceiver(pqxx::connection& c, bool& flag)
            : pqxx::notification_receiver(c, kChangedChannel), flag_(flag) {}
        void operator()(const std::string& payload, int) override {
            if (payload != std::to_string(conn().backendpid())) flag_ = true;
        }

      private:
        bool& flag_;
    };

    explicit Session(const std::string& uri) : connection(uri), receiver(connection, changed) {}

    pqxx::result run(const std::string& sql) {
        pqxx::nontransaction work(connection);
        return work.exec(sql);
    }
    pqxx::result run(const std::string& sql, const std::vector<Parameter>& parameters) {
        pqxx::nontransaction work(connection);
        return work.exec_params(sql, pqxx::prepare::make_dynamic_params(parameters));
    }
    // Runs the statement prepared on the server as `name`, preparing it there on its first run.
    pqxx::result run_prepared(const std::string& name, const std::string& sql,
                              const std::vector<Parameter>& parameters) {
        if (prepared.insert(name).second) connection.prepare(name, sql);
        pqxx::nontransaction work(connection);
        return work.exec_prepared(name, pqxx::prepare::make_dynamic_params(parameters));
    }
    void unprepare(const std::string& name) noexcept {
        if (prepared.erase(name) == 0) return;
        try {
            connection.unprepare(name);
        } catch (...) {
            // Gone with the session, or freed when the session ends.
        }
    }

    std::set<std::string> prepared;  // names of the statements prepared on this session
    int next_name = 0;
    bool in_transaction = false;

    pqxx::connection connection;
    bool changed = false;
    ChangeReceiver receiver;
};

namespace {

class PostgresCursor final : public Cursor {
  public:
    // How a cursor runs its statement: its text each time; prepared on the server once and run by name
    // (kept); or, inside a transaction, through a server-side cursor a batch of rows at a time (streamed).
    enum class Kind { Once, Kept, Streamed };

    PostgresCursor(PostgresConnection::Session& session, const std::string& sql, Kind kind)
        : session_(session), sql_(number_parameters(sql)), parameters_(sql_.names.size()), kind_(kind) {
        if (kind != Kind::Once) name_ = "pcr_" + std::to_string(++session_.next_name);
    }
    ~PostgresCursor() override {
        if (kind_ == Kind::Kept) session_.unprepare(name_);
        close_declared();
    }
    PostgresCursor(const PostgresCursor&) = delete;
    PostgresCursor& operator=(const PostgresCursor&) = delete;

    int index_of(std::string_view name) const override {
        for (std::size_t i = 0; i < sql_.names.size(); ++i)
            if (sql_.names[i] == name) return static_cast<int>(i + 1);
        return 0;
    }
    void bind_null(int index) override { slot(index).text.reset(); }
    void bind_integer(int index, std::int64_t value) override { slot(index).text = std::to_string(value); }
    void bind_real(int index, double value) override {
        char digits[32];
        std::snprintf(digits, sizeof digits, "%.17g", value);
        slot(index).text = digits;
    }
    void bind_text(int index, std::string_view value) override { slot(index).text = std::string(value); }
    void bind_blob(int index, const void* bytes, std::size_t size) override {
        // BYTEA's hex input form, so the bytes travel as text like every other parameter.
        static const char* hex = "0123456789abcdef";
        std::string text = "\\x";
        text.reserve(2 + 2 * size);
        for (std::size_t i = 0; i < size; ++i) {
            const auto byte = static_cast<const unsigned char*>(bytes)[i];
            text += hex[byte >> 4];
            text += hex[byte & 15];
        }
        slot(index).text = std::move(text);
    }
    void clear_bindings() override {
        for (auto& parameter : parameters_) parameter.text.reset();
    }
    bool step() override {
        if (!result_) {
            if (kind_ == Kind::Streamed && session_.in_transaction) {
                guarded([&] {
                    session_.run("DECLARE " + name_ + " NO SCROLL CURSOR FOR " + sql_.text, parameters_);
                });
                declared_ = true;
                fetch();
            } else {
                result_ = guarded([&] { return execute(); });
            }
            row_ = 0;
        } else if (row_ < result_->size()) {
            ++row_;
            if (row_ == result_->size() && declared_ && result_->size() == kBatch) {
                fetch();
                row_ = 0;
            }
        }
        return row_ < result_->size();
    }
    std::int64_t run() override {
        result_ = guarded([&] { return execute(); });
        row_ = result_->size();
        return static_cast<std::int64_t>(result_->affected_rows());
    }
    bool has_row() const override { return result_ && row_ < result_->size(); }
    void reset() noexcept override {
        result_.reset();
        close_declared();
    }
    int column_count() const override { return result_ ? static_cast<int>(result_->columns()) : 0; }
    std::string column_name(int column) const override {
        return result_->column_name(static_cast<pqxx::row::size_type>(column));
    }
    bool is_blob(int column) const override {
        // BYTEA's type number in every PostgreSQL (pg_type.oid 17).
        return result_->column_type(static_cast<pqxx::row::size_type>(column)) == 17;
    }
    bool is_null(int column) const override { return field(column).is_null(); }
    std::int64_t integer(int column) const override {
        const pqxx::field value = field(column);
        if (value.is_null()) return 0;
        const char* text = value.c_str();
        // A comparison comes as a boolean; numeric sums and averages with decimals, cut as SQLite cuts them.
        if (text[0] == 't' && text[1] == '\0') return 1;
        if (text[0] == 'f' && text[1] == '\0') return 0;
        char* end = nullptr;
        const long long whole = std::strtoll(text, &end, 10);
        if (*end == '\0') return whole;
        return static_cast<std::int64_t>(std::strtod(text, nullptr));
    }
    double real(int column) const override {
        const pqxx::field value = field(column);
        return value.is_null() ? 0.0 : std::strtod(value.c_str(), nullptr);
    }
    std::string text(int column) const override {
        const pqxx::field value = field(column);
        return value.is_null() ? std::string() : std::string(value.c_str(), value.size());
    }
    std::string blob(int column) const override {
        const pqxx::field value = field(column);
        if (value.is_null()) return {};
        const pqxx::binarystring bytes(value);
        return bytes.str();
    }

  private:
    static constexpr std::size_t kBatch = 2000;

    void fetch() {
        result_ = guarded([&] { return session_.run("FETCH " + std::to_string(kBatch) + " FROM " + name_); });
    }
    // The server's cursor ends with the transaction anyway; closed earlier, it frees its rows sooner.
    void close_declared() noexcept {
        if (!declared_) return;
        declared_ = false;
        if (!session_.in_transaction) return;
        try {
            session_.run("CLOSE " + name_);
        } catch (...) {
            // The transaction has failed, and the cursor goes with it.
        }
    }
    pqxx::result execute() {
        return kind_ == Kind::Kept ? session_.run_prepared(name_, sql_.text, parameters_)
                                   : session_.run(sql_.text, parameters_);
    }
    Parameter& slot(int index) {
        if (index < 1 || static_cast<std::size_t>(index) > parameters_.size())
            throw Error(Failure::Other, "SQL parameter " + std::to_string(index) + " is out of range");
        return parameters_[static_cast<std::size_t>(index - 1)];
    }
    pqxx::field field(int column) const {
        return (*result_)[static_cast<pqxx::result::size_type>(row_)][column];
    }

    PostgresConnection::Session& session_;
    NumberedSql sql_;
    std::vector<Parameter> parameters_;
    std::optional<pqxx::result> result_;
    std::size_t row_ = 0;
    Kind kind_;
    std::string name_;       // the server's name for a kept statement or a streamed cursor
    bool declared_ = false;  // a server-side cursor is open for this run
};

}  // namespace

PostgresConnection::PostgresConnection(const std::string& uri) {
    // A host that does not answer would otherwise hold the program up for as long as the network allows.
    std::string address = uri;
    if (address.find("connect_timeout=") == std::string::npos)
        address += std::string(address.find('?') == std::string::npos ? "?" : "&") + "connect_timeout=10";
    try {
        session_ = std::make_unique<Session>(address);
    } catch (const pqxx::failure& e) {
        throw Error(Failure::CannotOpen, server_words(e.what()));
    }
    // Text sorts and compares by its code points, as in SQLite, whatever the server's locale; dates are
    // written by the program, never by the server.
    exec("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'");
}

PostgresConnection::~PostgresConnection() = default;

std::unique_ptr<Cursor> PostgresConnection::prepare(const std::string& sql) {
    return std::make_unique<PostgresCursor>(*session_, sql, PostgresCursor::Kind::Once);
}

std::unique_ptr<Cursor> PostgresConnection::prepare_kept(const std::string& sql) {
    return std::make_unique<PostgresCursor>(*session_, sql, PostgresCursor::Kind::Kept);
}

std::unique_ptr<Cursor> PostgresConnection::prepare_streamed(const std::string& sql) {
    return std::make_unique<PostgresCursor>(*session_, sql, PostgresCursor::Kind::Streamed);
}

void PostgresConnection::exec(const std::string& sql) {
    guarded([&] { session_->run(sql); });
}

bool PostgresConnection::in_transaction() const {
    return session_->in_transaction;
}

void PostgresConnection::begin_read() {
    // One snapshot for the whole read, as an SQLite read transaction gives.
    exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
    session_->in_transaction = true;
}

void PostgresConnection::begin_write() {
    // Writers take turns on one lock of the database, as on one SQLite file: a save reads the version it
    // checks and writes the next one, which two sessions at once must not both do. The lock ends with the
    // transaction, and the notification is sent only if it commits.
    exec("BEGIN");
    session_->in_transaction = true;
    try {
        exec("SET LOCAL lock_timeout = " + std::to_string(kLockTimeoutMs) +
             "; SELECT pg_advisory_xact_lock(7070707); SELECT pg_notify('" + kChangedChannel +
             "', pg_backend_pid()::text)");
    } catch (...) {
        rollback();
        throw;
    }
}

void PostgresConnection::commit() {
    // Whatever COMMIT says, the transaction is over.
    session_->in_transaction = false;
    exec("COMMIT");
}

void PostgresConnection::rollback() noexcept {
    session_->in_transaction = false;
    try {
        session_->run("ROLLBACK");
    } catch (...) {
        // The connection is gone, and its transaction with it.
    }
}

bool PostgresConnection::others_committed() {
    // A notice is read once it has arrived; a round trip to the server makes sure every commit made before
    // this question has sent its notice here.
    guarded([&] {
        session_->run("SELECT 1");
        session_->connection.get_notifs();
    });
    const bool changed = session_->changed;
    session_->changed = false;
    return changed;
}

}  // namespace pcr::model::sql
