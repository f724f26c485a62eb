// Appending to, reading and checking the hash-chained audit trail.
#include "model/sqlite/audit_log.h"

#include <sodium.h>

#include <array>
#include <map>

#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/sqlite/change_log.h"

namespace pcr::model {

namespace {

// Length-prefixed, so "ab"+"c" and "a"+"bc" differ; a missing value is written apart from an empty one.
void put_field(std::string& out, const std::string& value) {
    out += std::to_string(value.size());
    out += ':';
    out += value;
    out += ',';
}

void put_missing(std::string& out) {
    out += "~,";
}

std::string sha256_hex(const std::string& bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

// An entry as read back, with the columns the hash covers: audit_no, logged_at, user_name, action,
// subject_kind, subject_id, change_no, detail, then prev_hash and hash.
AuditEntry entry_from(sql::Statement& row, std::string& prev_hash) {
    AuditEntry entry;
    entry.number = row.column(0).int64();
    entry.when = row.column(1).text();
    entry.user = row.column(2).text();
    // An action this program does not know (written by a newer one) is read as a change; check_audit hashes
    // the stored name, so it is still covered.
    entry.action = audit_action_from_string(row.column(3).text()).value_or(AuditAction::Change);
    if (!row.column(4).is_null()) entry.kind = subject_kind_from_string(row.column(4).text());
    entry.subject = row.column(5).text();
    entry.change = row.column(6).is_null() ? 0 : row.column(6).int64();
    entry.detail = row.column(7).text();
    prev_hash = row.column(8).text();
    entry.hash = row.column(9).text();
    return entry;
}

constexpr const char* kEntryColumns =
    "a.audit_no, a.logged_at, a.user_name, a.action, a.subject_kind, a.subject_id, a.change_no, a.detail, "
    "a.prev_hash, a.hash";

// The hash as the stored columns give it, so an action or kind this program cannot name still counts.
std::string stored_hash(sql::Statement& row) {
    std::string out = "pcrecords-audit-1,";
    put_field(out, row.column(0).text());
    put_field(out, row.column(1).text());
    put_field(out, row.column(2).text());
    put_field(out, row.column(3).text());
    for (int column : {4, 5, 6}) {
        if (row.column(column).is_null())
            put_missing(out);
        else
            put_field(out, row.column(column).text());
    }
    put_field(out, row.column(7).text());
    put_field(out, row.column(8).text());
    return sha256_hex(out);
}

}  // namespace

std::string audit_hash(const AuditEntry& entry, const std::string& prev_hash) {
    std::string out = "pcrecords-audit-1,";
    put_field(out, std::to_string(entry.number));
    put_field(out, entry.when);
    put_field(out, entry.user);
    put_field(out, std::string(to_string(entry.action)));
    if (entry.kind) {
        put_field(out, std::string(to_string(*entry.kind)));
        put_field(out, entry.subject);
    } else {
        put_missing(out);
        put_missing(out);
    }
    if (entry.change != 0)
        put_field(out, std::to_string(entry.change));
    else
        put_missing(out);
    put_field(out, entry.detail);
    put_field(out, prev_hash);
    return sha256_hex(out);
}

const char* const AuditAppender::kLastSql =
    "SELECT audit_no, hash FROM audit_log ORDER BY audit_no DESC LIMIT 1";
const char* const AuditAppender::kInsertSql =
    "INSERT INTO audit_log (audit_no, logged_at, user_name, action, subject_kind, subject_id, change_no, "
    "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

std::int64_t AuditAppender::append(AuditEntry& entry) {
    std::int64_t last_no = 0;
    std::string prev_hash = kAuditGenesis;
    if (last_.step()) {
        last_no = last_.column(0).int64();
        prev_hash = last_.column(1).text();
    }
    last_.reset();
    entry.number = last_no + 1;
    entry.hash = audit_hash(entry, prev_hash);
    insert_.bind(1, entry.number);
    insert_.bind_no_copy(2, entry.when);
    insert_.bind_no_copy(3, entry.user);
    insert_.bind(4, std::string(to_string(entry.action)));
    if (entry.kind) {
        insert_.bind(5, std::string(to_string(*entry.kind)));
        insert_.bind_no_copy(6, entry.subject);
    } else {
        insert_.bind(5);
        insert_.bind(6);
    }
    if (entry.change != 0)
        insert_.bind(7, entry.change);
    else
        insert_.bind(7);
    insert_.bind_no_copy(8, entry.detail);
    insert_.bind(9, prev_hash);
    insert_.bind_no_copy(10, entry.hash);
    insert_.exec();
    insert_.reset();
    insert_.clear_bindings();
    return entry.number;
}

std::int64_t append_audit(Database& db, AuditEntry& entry) {
    return AuditAppender(db.cached(AuditAppender::kLastSql), db.cached(AuditAppender::kInsertSql))
        .append(entry);
}

std::vector<AuditEntry> read_audit(Database& db, const AuditFilter& filter) {
    std::string sql = std::string("SELECT ") + kEntryColumns +
                      ", coalesce(c.summary, '') FROM audit_log a "
                      "LEFT JOIN change_log c ON c.change_no = a.change_no WHERE 1 = 1";
    if (filter.kind) sql += " AND a.subject_kind = :kind AND a.subject_id = :subject";
    if (!filter.user.empty()) sql += " AND a.user_name = :user";
    // Stamps are ISO UTC, so they sort as text.
    if (filter.since) sql += " AND a.logged_at >= :since";
    sql += " ORDER BY a.audit_no";
    sql::Statement select(db.sql(), sql);
    if (filter.kind) {
        select.bind(":kind", std::string(to_string(*filter.kind)));
        select.bind(":subject", filter.subject);
    }
    if (!filter.user.empty()) select.bind(":user", filter.user);
    if (filter.since) select.bind(":since", filter.since->iso());
    std::vector<AuditEntry> found;
    while (select.step()) {
        std::string prev_hash;
        AuditEntry entry = entry_from(select, prev_hash);
        if (entry.change != 0) entry.parts = read_change_parts(db, entry.change, select.column(10).text());
        found.push_back(std::move(entry));
    }
    return found;
}

std::vector<std::string> check_audit(sql::Connection& db) {
    std::vector<std::string> problems;
    sql::Statement rows(db, std::string("SELECT ") + kEntryColumns + " FROM audit_log a ORDER BY a.audit_no");
    std::int64_t expected = 1;
    std::string prev_hash = kAuditGenesis;
    // Per Erase entry, the entries before it that say it made them anonymous, and the count it gives itself.
    std::map<std::int64_t, std::int64_t> anonymous;
    std::map<std::int64_t, std::int64_t> erased;
    while (rows.step()) {
        const std::int64_t number = rows.column(0).int64();
        const std::string stored_prev = rows.column(8).text();
        if (number != expected) {
            problems.push_back(fill_in(
                number == expected + 1
                    ? tr("The audit trail was altered at entry {1}: the entry is missing (it was removed).")
                    : tr("The audit trail was altered at entry {1}: entries {1} to {2} are missing (they "
                         "were "
                         "removed)."),
                expected, number - 1));
            break;
        }
        if (stored_prev != prev_hash) {
            problems.push_back(
                fill_in(tr("The audit trail was altered at entry {1}: it does not follow entry "
                           "{2} (an entry was removed or inserted before it)."),
                        number, number - 1));
            break;
        }
        if (stored_hash(rows) != rows.column(9).text()) {
            // An entry made anonymous by a later erasure no longer matches its hash, and says so; the
            // erasure's own entry gives how many it made anonymous, which is compared below.
            const auto erasure = audit_anonymous_by(rows.column(7).text());
            if (erasure && *erasure > number && rows.column(5).text().empty() && rows.column(6).is_null()) {
                ++anonymous[*erasure];
                prev_hash = rows.column(9).text();
                ++expected;
                continue;
            }
            problems.push_back(fill_in(
                tr("The audit trail was altered at entry {1}: its content does not match its hash (it was "
                   "changed, or inserted)."),
                number));
            break;
        }
        if (rows.column(3).text() == to_string(AuditAction::Erase))
            erased[number] = audit_erasure_count(rows.column(7).text()).value_or(-1);
        prev_hash = rows.column(9).text();
        ++expected;
    }
    if (problems.empty()) {
        for (const auto& [erasure, count] : anonymous)
            if (const auto said = erased.find(erasure); said == erased.end() || said->second != count) {
                problems.push_back(
                    fill_in(tr("The audit trail was altered: {1} entries say entry {2} made them anonymous, "
                               "but entry {2} is no erasure that made so many anonymous."),
                            count, erasure));
                break;
            }
        for (const auto& [erasure, count] : erased)
            if (count >= 0 && anonymous[erasure] != count) {
                problems.push_back(
                    fill_in(tr("The audit trail was altered: erasure entry {1} made {2} entries "
                               "anonymous, but {3} say so."),
                            erasure, count, anonymous[erasure]));
                break;
            }
    }

    // Each change has one entry, and the entry says who made it and when as the history does: rewriting the
    // history's "who" is found even where the trail itself is whole.
    sql::Statement unlogged(
        db,
        "SELECT change_no FROM change_log WHERE change_no NOT IN "
        "(SELECT change_no FROM audit_log WHERE change_no IS NOT NULL) ORDER BY change_no");
    if (unlogged.step())
        problems.push_back(
            fill_in(tr("Change {1} in the history has no entry in the audit trail: the history or "
                       "the trail was altered."),
                    unlogged.column(0).int64()));
    sql::Statement differing(db,
                             "SELECT c.change_no, a.audit_no FROM audit_log a JOIN change_log c "
                             "ON c.change_no = a.change_no WHERE a.action = 'change' AND "
                             "(c.changed_by <> a.user_name OR c.changed_at <> a.logged_at) "
                             "ORDER BY a.audit_no");
    if (differing.step())
        problems.push_back(
            fill_in(tr("Change {1} in the history does not say the same who or when as entry {2} "
                       "of the audit trail: the history was altered."),
                    differing.column(0).int64(), differing.column(1).int64()));
    return problems;
}

}  // namespace pcr::model
