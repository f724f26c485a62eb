// Table by table, in the order their references need, in batches of rows per statement.
#include "model/sqlite/store_copy.h"

#include <algorithm>

#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/sqlite/audit_log.h"

namespace pcr::model {

namespace {

// Every table of the schema (sqlite/migrations.cpp), a table after the tables it refers to, each with the
// columns that order its rows.
struct Table {
    const char* name;
    const char* order;
};

constexpr Table kTables[] = {
    {"change_log", "change_no"},
    {"subject", "subject_key"},
    {"subject_version", "subject_key, version_no"},
    {"record", "record_key"},
    {"record_version", "record_key, version_no"},
    {"entry", "entry_key"},
    {"cell", "entry_key, cell_position"},
    {"attendee", "entry_key, cell_position, attendee_position"},
    {"assessment", "assessment_key"},
    {"assessment_score", "assessment_key, score_position"},
    {"score_evidence", "assessment_key, score_position"},
    {"assessment_action", "assessment_key, action_position"},
    {"assessment_plan", "assessment_key, plan_position"},
    {"subject_photo", "subject_key"},
    {"photo_change", "change_no"},
    {"change_part", "change_no, part_position"},
    {"assessment_change", "change_no"},
    {"account", "user_name"},
    {"audit_log", "audit_no"},
    {"sign_off", "change_no"},
    {"membership", "subject_key, team_key"},
    {"key_worker", "person_key"},
    {"assignment_change", "change_no"},
    {"record_status", "record_key"},
    {"judged_by", "tool_id"},
    {"setting", "name"},
    {"theme", "theme_key"},
    {"theme_statement", "entry_key, column_id"},
};

// The keys a server's sequences give (sql/postgres_dialect.h: a table's own INTEGER PRIMARY KEY).
constexpr Table kServerSequences[] = {
    {"change_log", "change_no"}, {"subject", "subject_key"},       {"record", "record_key"},
    {"entry", "entry_key"},      {"assessment", "assessment_key"}, {"audit_log", "audit_no"},
    {"theme", "theme_key"},
};

// Rows per INSERT: a few hundred values a statement, well under either engine's limit on parameters.
constexpr int kValuesPerStatement = 600;

std::int64_t count_rows(Database& db, const std::string& table) {
    return sql::one_integer(db.sql(), "SELECT count(*) FROM " + table);
}

// One value as read, to be written as it was: text (each engine reads it as its column's type), bytes, or
// null.
struct Value {
    enum class Kind { Null, Text, Bytes } kind = Kind::Null;
    std::string data;
};

// Copies `table`'s rows from `from` to `to`, a batch of rows a statement; returns how many.
std::int64_t copy_table(Database& from, Database& to, const Table& table) {
    sql::Statement read(from.sql(), std::string("SELECT * FROM ") + table.name + " ORDER BY " + table.order);
    if (!read.step()) return 0;
    const int columns = read.column_count();
    std::string names;
    for (int i = 0; i < columns; ++i) names += (i ? ", " : "") + read.column_name(i);
    const int batch = std::max(1, kValuesPerStatement / columns);
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(batch * columns));
    const auto write = [&](std::size_t rows) {
        std::string text = std::string("INSERT INTO ") + table.name + " (" + names + ") VALUES ";
        for (std::size_t r = 0; r < rows; ++r) {
            text += r ? ", (" : "(";
            for (int i = 0; i < columns; ++i) text += i ? ", ?" : "?";
            text += ")";
        }
        auto& insert = to.cached(text);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            if (values[i].kind == Value::Kind::Null)
                insert.bind(index);
            else if (values[i].kind == Value::Kind::Bytes)
                insert.bind_blob(index, values[i].data.data(), values[i].data.size());
            else
                insert.bind_no_copy(index, values[i].data);
        }
        insert.exec();
        insert.reset();
        values.clear();
    };
    std::int64_t copied = 0;
    do {
        for (int i = 0; i < columns; ++i) {
            const sql::Column column = read.column(i);
            if (column.is_null())
                values.push_back({});
            else if (column.is_blob())
                values.push_back({Value::Kind::Bytes, column.blob()});
            else
                values.push_back({Value::Kind::Text, column.text()});
        }
        if (++copied % batch == 0) write(static_cast<std::size_t>(batch));
    } while (read.step());
    if (!values.empty()) write(values.size() / static_cast<std::size_t>(columns));
    return copied;
}

}  // namespace

CopyCounts copy_contents(Database& from, Database& to) {
    const std::string doing = fill_in(tr("copy {1} into {2}"), from.where(), to.where());
    CopyCounts counts;
    // Read from one state of the source, written in one transaction of the target.
    ReadSnapshot snapshot(from.sql());
    guarded(to, doing, [&] {
        WriteTransaction transaction(to.sql());
        for (const Table& table : kTables)
            if (count_rows(to, table.name) > 0)
                // TRANSLATORS: {1} is the database copied into, {2} the name of a table in it.
                throw StorageError(fill_in(tr("Cannot copy into {1}: it already holds records (its table {2} "
                                              "is not empty). Copy into a new, empty database; nothing was "
                                              "changed."),
                                           to.where(), table.name));
        for (const Table& table : kTables) {
            const std::int64_t copied = guarded(from, doing, [&] { return copy_table(from, to, table); });
            counts.tables.emplace_back(table.name, copied);
        }
        // Checked before anything is kept: the same rows, and a trail whose every link still holds.
        for (const Table& table : kTables) {
            const std::int64_t source = guarded(from, doing, [&] { return count_rows(from, table.name); });
            const std::int64_t target = count_rows(to, table.name);
            if (source != target || counts.of(table.name) != source)
                // TRANSLATORS: {1} the database copied into, {2} a table's name, {3} and {4} counts of rows.
                throw StorageError(
                    fill_in(tr("The copy into {1} was not kept: its table {2} has {3} rows where "
                               "the source has {4}. Nothing was changed."),
                            to.where(), table.name, target, source));
        }
        if (const auto problems = check_audit(to.sql()); !problems.empty())
            throw StorageError(fill_in(tr("The copy into {1} was not kept: its audit trail does not check "
                                          "({2}). Nothing was changed."),
                                       to.where(), problems.front()));
        if (to.engine() == sql::Engine::Postgresql)
            for (const Table& key : kServerSequences)
                to.sql().exec(std::string("SELECT setval(pg_get_serial_sequence('") + key.name + "', '" +
                              key.order + "'), (SELECT coalesce(max(" + key.order + "), 0) + 1 FROM " +
                              key.name + "), false)");
        transaction.commit();
    });
    return counts;
}

}  // namespace pcr::model
