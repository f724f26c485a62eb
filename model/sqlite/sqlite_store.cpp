// The Store on one SQLite file: queries, versioned saves in single transactions, import/export, checks,
// backup.
#include "model/sqlite/sqlite_store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <system_error>

#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/temporary_file.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/core/utc_time.h"
#include "model/domain/change_summary.h"
#include "model/domain/database_settings.h"
#include "model/domain/validation.h"
#include "model/sqlite/account_table.h"
#include "model/sqlite/audit_log.h"
#include "model/sqlite/backup_copy.h"
#include "model/sqlite/change_log.h"
#include "model/sqlite/database.h"
#include "model/sqlite/migrations.h"
#include "model/sqlite/parameter_list.h"
#include "model/sqlite/people_scope.h"
#include "model/sqlite/record_scan.h"
#include "model/sqlite/record_writer.h"
#include "model/sqlite/status_table.h"
#include "model/sqlite/store_copy.h"

namespace pcr::model {

namespace {

// LIKE treats % and _ as wildcards; a search for them means the characters themselves.
std::string like_pattern(const std::string& folded) {
    std::string pattern = "%";
    for (char c : folded) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

// An optional day as SQL: NULL when there is none.
void bind_day(sql::Statement& statement, int index, const std::optional<Date>& day) {
    if (day)
        statement.bind(index, day->iso());
    else
        statement.bind(index);
}

void bind_level(sql::Statement& statement, int index, const std::optional<int>& level) {
    if (level)
        statement.bind(index, *level);
    else
        statement.bind(index);
}

std::optional<Date> day_column(const sql::Column& column) {
    return column.is_null() ? std::nullopt : Date::parse(column.text());
}

std::optional<int> level_column(const sql::Column& column) {
    return column.is_null() ? std::nullopt : std::optional<int>(column.integer());
}

// What is being done with every subject of a kind, for a failure's message: one phrase per kind, since a
// translation of "person" may change with the words around it.
std::string list_the_records(SubjectKind kind) {
    switch (kind) {
        case SubjectKind::Team:
            return tr("list the team records");
        case SubjectKind::Staff:
            return tr("list the staff records");
        default:
            return tr("list the person records");
    }
}

std::string count_the_records(SubjectKind kind) {
    switch (kind) {
        case SubjectKind::Team:
            return tr("count the team records");
        case SubjectKind::Staff:
            return tr("count the staff records");
        default:
            return tr("count the person records");
    }
}

std::string read_the_records(SubjectKind kind) {
    switch (kind) {
        case SubjectKind::Team:
            return tr("read the team records");
        case SubjectKind::Staff:
            return tr("read the staff records");
        default:
            return tr("read the person records");
    }
}

class SqliteStore final : public Store {
  public:
    SqliteStore(const StoreLocation& location, const Principal& acting, OpenMode mode, DailyBackup daily)
        : db_(location, mode), principal_(acting), statuses_(db_) {
        backup_problem_ = db_.upgrade_backup_problem();
        // The first writing open of a day keeps a copy; reading, and a file made just now, need none. A
        // server's backups are its administrator's (docs/server.md).
        if (mode == OpenMode::Reading || db_.read_only() || db_.created() || on_server()) return;
        if (daily == DailyBackup::Later || !daily_backup_due(db_.file())) return;
        try {
            backup_problem_ = automatic_backup(db_.sqlite(), db_.file(), BackupReason::Daily);
            if (backup_problem_.empty()) backed_up_at_ = sqlite3_total_changes64(db_.sqlite().getHandle());
        } catch (const StorageError& e) {
            // A damaged file still opens, so it can be checked and restored.
            backup_problem_ = e.what();
        }
    }

    const Principal& principal() const override { return principal_; }
    bool read_only() const override { return db_.read_only(); }
    // True for a database on a PostgreSQL server, false for an SQLite file.
    bool on_server() const { return db_.engine() == sql::Engine::Postgresql; }

    bool changed_elsewhere() override {
        return guarded(db_, tr("look for changes made by another program"),
                       [&] { return db_.changed_elsewhere(); });
    }

    std::vector<Subject> subjects(SubjectKind kind, const SubjectQuery& query) const override {
        return guarded(db_, list_the_records(kind), [&] {
            sql::Statement select = select_subjects(std::string("SELECT ") + RecordScan::kSubjectColumns,
                                                    kind, query, " ORDER BY s.search_key, s.ext_id");
            std::vector<Subject> found;
            while (select.step()) found.push_back(RecordScan::read_subject(select, 0));
            return found;
        });
    }

    std::size_t count_subjects(SubjectKind kind, const SubjectQuery& query) const override {
        return guarded(db_, count_the_records(kind), [&] {
            sql::Statement select = select_subjects("SELECT count(*)", kind, query, "");
            select.step();
            return static_cast<std::size_t>(select.column(0).int64());
        });
    }

    std::optional<Subject> subject(SubjectKind kind, const std::string& id) const override {
        require_visible(kind, id);
        return guarded(db_, fill_in(tr("read {1}"), owner_words(kind, id)), [&]() -> std::optional<Subject> {
            sql::Statement select(db_.sql(), std::string("SELECT ") + RecordScan::kSubjectColumns +
                                                 " FROM subject s WHERE s.kind = ? AND s.ext_id = ?");
            select.bind(1, std::string(to_string(kind)));
            select.bind(2, id);
            if (!select.step()) return std::nullopt;
            return RecordScan::read_subject(select, 0);
        });
    }

    std::size_t count(SubjectKind kind, bool include_archived) const override {
        return guarded(db_, count_the_records(kind), [&] {
            const PeopleScope scope = people_scope(principal_, kind);
            sql::Statement select(
                db_.sql(), std::string(include_archived ? "SELECT count(*) FROM subject s WHERE s.kind = ?"
                                                        : "SELECT count(*) FROM subject s WHERE s.kind = ? "
                                                          "AND s.status = ?") +
                               scope.condition());
            select.bind(1, std::string(to_string(kind)));
            if (!include_archived) select.bind(2, std::string(to_string(Status::Active)));
            scope.bind(select);
            select.step();
            return static_cast<std::size_t>(select.column(0).int64());
        });
    }

    void save_subject(const Subject& subject) override {
        validate_subject(subject);
        require_visible(subject.kind, subject.id);
        guarded(db_, fill_in(tr("save {1}"), owner_words(subject.kind, subject.id)), [&] {
            WriteTransaction transaction(db_.sql());
            const std::string when = utc_stamp_now();
            RecordWriter writer(db_, statuses_, principal_.name(), when);
            // One read from a store is saved only over the version it was read at.
            const auto row = writer.write_subject(
                subject, subject.version != 0 ? std::optional<int>(subject.version) : std::nullopt);
            // Someone who sees only their own teams' people puts a person they add in those teams, so they
            // can go on to see them.
            if (row.added && subject.kind == SubjectKind::Person && principal_.sees_own_teams_only() &&
                principal_.staff_id())
                if (auto teams = read_teams(SubjectKind::Staff, *principal_.staff_id()); !teams.empty())
                    write_teams(SubjectKind::Person, subject.id, teams, when);
            transaction.commit();
        });
    }

    std::vector<Record> records(SubjectKind kind, const std::string& id) const override {
        require_visible(kind, id);
        return guarded(db_, fill_in(tr("read the records of {1}"), owner_words(kind, id)), [&] {
            return scan_one(ScanFilter{kind, true, id, std::nullopt, std::nullopt});
        });
    }

    std::optional<Record> record(SubjectKind kind, const std::string& id,
                                 const std::string& tool) const override {
        require_visible(kind, id);
        // TRANSLATORS: {1} is a tool ("one-page-profile"), {2} whose record ("person P-1").
        return guarded(db_, fill_in(tr("read the {1} record of {2}"), tool, owner_words(kind, id)),
                       [&]() -> std::optional<Record> {
                           auto found = scan_one(ScanFilter{kind, true, id, tool, std::nullopt});
                           if (found.empty()) return std::nullopt;
                           return std::move(found.front());
                       });
    }

    int save_record(SubjectKind kind, const std::string& id, const Record& record) override {
        require_visible(kind, id);
        if (is_blank(record.tool))
            throw UserError(fill_in(tr("A record of {1} names no tool; say which tool it is for."),
                                    owner_words(kind, id)));
        return guarded(
            // TRANSLATORS: {1} is a tool ("one-page-profile"), {2} whose record ("person P-1").
            db_, fill_in(tr("save the {1} record of {2}"), record.tool, owner_words(kind, id)), [&] {
                WriteTransaction transaction(db_.sql());
                RecordWriter writer(db_, statuses_, principal_.name(), utc_stamp_now());
                const auto key = writer.find_subject(kind, id);
                if (!key)
                    throw NotFoundError(
                        // TRANSLATORS: {1} is who ("person P-1"), {2} the database file, {3} a tool
                        // ("one-page-profile").
                        fill_in(tr("There is no {1} in {2} to save a {3} record for. Add them first."),
                                owner_words(kind, id), db_.where(), record.tool));
                const int version =
                    writer.write_record(*key, kind, id, false, record, record.version, owner_words(kind, id));
                transaction.commit();
                return version;
            });
    }

    std::optional<Record> record_at(SubjectKind kind, const std::string& id, const std::string& tool,
                                    int version) const override {
        require_visible(kind, id);
        return guarded(
            db_,
            // TRANSLATORS: {1} is a version number, {2} a tool ("one-page-profile"), {3} whose record
            // ("person P-1").
            fill_in(tr("read version {1} of the {2} record of {3}"), version, tool, owner_words(kind, id)),
            [&]() -> std::optional<Record> {
                auto found = scan_one(ScanFilter{kind, true, id, tool, version});
                if (found.empty()) return std::nullopt;
                return std::move(found.front());
            });
    }

    std::vector<Change> history(SubjectKind kind, const std::string& id) const override {
        require_visible(kind, id);
        return guarded(db_, fill_in(tr("read the history of {1}"), owner_words(kind, id)), [&] {
            sql::Statement select(
                db_.sql(),
                "SELECT c.changed_at, c.changed_by, '' AS tool_id, c.summary, sv.version_no, c.change_no AS "
                "change_no "
                "FROM subject s JOIN subject_version sv ON sv.subject_key = s.subject_key "
                "JOIN change_log c ON c.change_no = sv.change_no WHERE s.kind = :kind AND s.ext_id = :id "
                "UNION ALL "
                "SELECT c.changed_at, c.changed_by, r.tool_id, c.summary, rv.version_no, c.change_no "
                "FROM subject s JOIN record r ON r.subject_key = s.subject_key "
                "JOIN record_version rv ON rv.record_key = r.record_key "
                "JOIN change_log c ON c.change_no = rv.change_no WHERE s.kind = :kind AND s.ext_id = :id "
                "UNION ALL "
                "SELECT c.changed_at, c.changed_by, '', c.summary, 0, c.change_no "
                "FROM subject s JOIN photo_change pc ON pc.subject_key = s.subject_key "
                "JOIN change_log c ON c.change_no = pc.change_no WHERE s.kind = :kind AND s.ext_id = :id "
                "UNION ALL "
                "SELECT c.changed_at, c.changed_by, r.tool_id, c.summary, so.version_no, c.change_no "
                "FROM subject s JOIN record r ON r.subject_key = s.subject_key "
                "JOIN sign_off so ON so.record_key = r.record_key "
                "JOIN change_log c ON c.change_no = so.change_no WHERE s.kind = :kind AND s.ext_id = :id "
                "UNION ALL "
                "SELECT c.changed_at, c.changed_by, '', c.summary, 0, c.change_no "
                "FROM subject s JOIN assignment_change ac ON ac.subject_key = s.subject_key "
                "JOIN change_log c ON c.change_no = ac.change_no WHERE s.kind = :kind AND s.ext_id = :id "
                "ORDER BY change_no");
            select.bind(":kind", std::string(to_string(kind)));
            select.bind(":id", id);
            std::vector<Change> changes;
            while (select.step()) {
                Change change;
                change.when = select.column(0).text();
                change.who = select.column(1).text();
                change.kind = kind;
                change.subject = id;
                change.tool = select.column(2).text();
                change.parts = read_change_parts(db_, select.column(5).int64(), select.column(3).text());
                change.version = select.column(4).integer();
                changes.push_back(std::move(change));
            }
            return changes;
        });
    }

    std::vector<Subject> subject_versions(SubjectKind kind, const std::string& id) const override {
        require_visible(kind, id);
        return guarded(db_, fill_in(tr("read the history of {1}"), owner_words(kind, id)), [&] {
            sql::Statement select(
                db_.sql(),
                "SELECT sv.full_name, sv.preferred_name, sv.born_on, sv.status FROM subject s "
                "JOIN subject_version sv ON sv.subject_key = s.subject_key WHERE s.kind = ? AND s.ext_id = ? "
                "ORDER BY sv.version_no");
            select.bind(1, std::string(to_string(kind)));
            select.bind(2, id);
            std::vector<Subject> versions;
            while (select.step()) {
                Subject version;
                version.kind = kind;
                version.id = id;
                version.name = select.column(0).text();
                version.preferred_name = select.column(1).text();
                version.born = day_column(select.column(2));
                version.status = status_from_string(select.column(3).text()).value_or(Status::Active);
                versions.push_back(std::move(version));
            }
            return versions;
        });
    }

    std::vector<ArchivedPerson> archived_people() const override {
        return guarded(db_, tr("list the archived people"), [&] {
            ReadSnapshot snapshot(db_.sql());
            SubjectQuery query;
            query.include_archived = true;
            // Archived on: the change that made the latest run of archived versions, so a person restored and
            // archived again counts from the second time.
            auto& archived = db_.cached(
                "SELECT min(c.changed_at) FROM subject s JOIN subject_version sv ON sv.subject_key = "
                "s.subject_key JOIN change_log c ON c.change_no = sv.change_no WHERE s.kind = 'person' AND "
                "s.ext_id = ?1 AND sv.status = 'archived' AND sv.version_no > coalesce((SELECT "
                "max(version_no) FROM subject_version WHERE subject_key = s.subject_key AND status <> "
                "'archived'), 0)");
            auto& kept = db_.cached(
                "SELECT max(logged_at) FROM audit_log WHERE action = 'retention-kept' AND subject_kind = "
                "'person' AND subject_id = ?");
            std::vector<ArchivedPerson> found;
            for (auto& person : subjects(SubjectKind::Person, query)) {
                if (person.status != Status::Archived) continue;
                ArchivedPerson row{std::move(person), Date{}, std::nullopt};
                archived.bind(1, row.person.id);
                if (archived.step() && !archived.column(0).is_null())
                    row.archived_on = Date::parse(archived.column(0).text().substr(0, 10)).value_or(Date{});
                archived.reset();
                kept.bind(1, row.person.id);
                if (kept.step() && !kept.column(0).is_null())
                    row.kept_on = Date::parse(kept.column(0).text().substr(0, 10));
                kept.reset();
                found.push_back(std::move(row));
            }
            std::sort(found.begin(), found.end(), [](const ArchivedPerson& a, const ArchivedPerson& b) {
                return a.person.id < b.person.id;
            });
            return found;
        });
    }

    void keep_person(const std::string& id, const std::string& reason) override {
        require_visible(SubjectKind::Person, id);
        if (is_blank(reason))
            throw UserError(fill_in(tr("Say why person {1} is kept past the retention period."), id));
        guarded(
            db_, fill_in(tr("record the decision to keep {1}"), owner_words(SubjectKind::Person, id)), [&] {
                WriteTransaction transaction(db_.sql());
                const auto person = subject(SubjectKind::Person, id);
                if (!person)
                    throw NotFoundError(fill_in(
                        tr("There is no {1} in {2}. `pcrecords-cli --db FILE retention` lists who is due."),
                        owner_words(SubjectKind::Person, id), db_.where()));
                if (person->status != Status::Archived)
                    throw UserError(
                        fill_in(tr("Person {1} is not archived, so there is no retention period to "
                                   "keep them past. Archive them first."),
                                id));
                AuditEntry entry;
                entry.when = utc_stamp_now();
                entry.user = principal_.name();
                entry.action = AuditAction::RetentionKept;
                entry.kind = SubjectKind::Person;
                entry.subject = id;
                entry.detail = reason;
                append_audit(db_, entry);
                transaction.commit();
            });
    }

    Erasure erase_person(const std::string& id, const std::string& reason) override {
        require_visible(SubjectKind::Person, id);
        if (is_blank(reason))
            throw UserError(fill_in(tr("Say why person {1} is erased: --reason TEXT."), id));
        // Another program's connection keeps the journal's old pages from being copied back, so the person
        // would stay readable in the database file until it closes: refused before anything changes.
        if (!on_server() && open_elsewhere(db_.file()))
            // TRANSLATORS: {1} is who ("person P-1"), {2} the database file.
            throw StorageError(fill_in(
                tr("Cannot erase {1}: another program has {2} open, and {1} would stay readable in the file "
                   "until it closes it. Close the other programs (the app, the command line) and erase "
                   "again. Nothing was changed."),
                owner_words(SubjectKind::Person, id), db_.where()));
        Erasure done;
        const std::string doing = fill_in(tr("erase {1}"), owner_words(SubjectKind::Person, id));
        const auto erase = [&] {
            WriteTransaction transaction(db_.sql());
            const std::int64_t key = existing_subject(
                // TRANSLATORS: {1} is who ("person P-1"), {2} the database file.
                SubjectKind::Person, id, tr_noop("There is no {1} in {2} to erase. Check the id."));
            done = erase_rows(key, id, reason);
            transaction.commit();
        };
        if (on_server()) {
            // The server frees the rows' space for reuse itself (autovacuum); its write-ahead log and the
            // administrator's backups keep them until they are rotated (docs/server.md).
            guarded(db_, doing, erase);
            done.journal_emptied = true;
            return done;
        }
        guarded(db_, doing, [&] {
            // Every page this frees or rewrites is overwritten with zeros, not left for reuse as it was.
            db_.sql().exec("PRAGMA secure_delete = ON");
            try {
                erase();
                db_.sql().exec("PRAGMA secure_delete = OFF");
            } catch (...) {
                db_.sql().exec("PRAGMA secure_delete = OFF");
                throw;
            }
        });
        // Outside the transaction: VACUUM writes the file afresh from the rows that are left, so nothing
        // freed by earlier changes (a name before it was corrected, an entry edited long ago) stays in free
        // space; then the journal is copied back and emptied.
        guarded(db_, doing, [&] {
            db_.sql().exec("VACUUM");
            sql::Statement checkpoint(db_.sql(), "PRAGMA wal_checkpoint(TRUNCATE)");
            done.journal_emptied = checkpoint.step() && checkpoint.column(0).integer() == 0;
        });
        return done;
    }

    void for_each_record(SubjectKind kind, bool include_archived, const RecordVisitor& visit) const override {
        guarded(db_, read_the_records(kind), [&] {
            ReadSnapshot snapshot(db_.sql());
            RecordScan(db_, ScanFilter{kind, include_archived, std::nullopt, std::nullopt, std::nullopt,
                                       std::nullopt, people_scope(principal_, kind)})
                .run([&](const Subject& subject, std::vector<Record>& records) {
                    for (const auto& record : records) visit(subject, record);
                });
        });
    }

    void for_each_record_of(SubjectKind kind, const std::vector<std::string>& tools,
                            const std::optional<std::string>& team,
                            const RecordVisitor& visit) const override {
        if (tools.empty()) return;
        guarded(db_, read_the_records(kind), [&] {
            ReadSnapshot snapshot(db_.sql());
            ScanFilter filter{kind,
                              false,
                              std::nullopt,
                              std::nullopt,
                              std::nullopt,
                              tools,
                              people_scope(principal_, kind, CaseloadScope::Everyone,
                                           kind == SubjectKind::Team ? std::nullopt : team)};
            // A team is not a member of itself: of the teams, the one asked for is read.
            if (kind == SubjectKind::Team && team) filter.id = *team;
            RecordScan(db_, filter).run([&](const Subject& subject, std::vector<Record>& records) {
                for (const auto& record : records) visit(subject, record);
            });
        });
    }

    std::vector<Theme> themes() const override {
        return guarded(db_, tr("read the themes"), [&] {
            sql::Statement select(
                db_.sql(), "SELECT theme_key, name, kind FROM theme ORDER BY kind DESC, name, theme_key");
            std::vector<Theme> found;
            while (select.step())
                found.push_back(Theme{
                    select.column(0).int64(), select.column(1).text(),
                    statement_kind_from_string(select.column(2).text()).value_or(StatementKind::NotWorking)});
            return found;
        });
    }

    std::int64_t add_theme(const std::string& name, StatementKind kind) override {
        const std::string named = checked_theme_name(name);
        return guarded(db_, fill_in(tr("add the theme {1}"), named), [&] {
            WriteTransaction transaction(db_.sql());
            refuse_theme_twice(named, kind, 0);
            sql::Statement insert(db_.sql(),
                                  "INSERT INTO theme (name, kind) VALUES (?, ?) RETURNING theme_key");
            insert.bind(1, named);
            insert.bind(2, std::string(to_string(kind)));
            insert.step();
            const std::int64_t key = insert.column(0).int64();
            insert.reset();
            audit_theme("add " + std::string(to_string(kind)) + " theme " + std::to_string(key) + ": " +
                        named);
            transaction.commit();
            return key;
        });
    }

    void rename_theme(std::int64_t theme, const std::string& name) override {
        const std::string named = checked_theme_name(name);
        guarded(db_, fill_in(tr("rename the theme {1}"), named), [&] {
            WriteTransaction transaction(db_.sql());
            const Theme was = existing_theme(theme);
            if (was.name == named) return;
            refuse_theme_twice(named, was.kind, theme);
            sql::Statement update(db_.sql(), "UPDATE theme SET name = ? WHERE theme_key = ?");
            update.bind(1, named);
            update.bind(2, theme);
            update.exec();
            audit_theme("rename theme " + std::to_string(theme) + ": " + was.name + " -> " + named);
            transaction.commit();
        });
    }

    void remove_theme(std::int64_t theme) override {
        guarded(db_, tr("remove a theme"), [&] {
            WriteTransaction transaction(db_.sql());
            const Theme was = existing_theme(theme);
            for (const char* sql : {"DELETE FROM theme_statement WHERE theme_key = ?",
                                    "DELETE FROM theme WHERE theme_key = ?"}) {
                sql::Statement remove(db_.sql(), sql);
                remove.bind(1, theme);
                remove.exec();
            }
            audit_theme("remove theme " + std::to_string(theme) + ": " + was.name);
            transaction.commit();
        });
    }

    std::vector<ThemeMember> theme_members() const override {
        return guarded(db_, tr("read the themes"), [&] {
            sql::Statement select(
                db_.sql(),
                "SELECT entry_key, column_id, theme_key FROM theme_statement ORDER BY entry_key, column_id");
            std::vector<ThemeMember> found;
            while (select.step())
                found.push_back(ThemeMember{{select.column(0).int64(), select.column(1).text()},
                                            select.column(2).int64()});
            return found;
        });
    }

    void assign_statements(std::int64_t theme, const std::vector<StatementKey>& statements) override {
        guarded(db_, tr("put statements in a theme"), [&] {
            WriteTransaction transaction(db_.sql());
            const Theme into = existing_theme(theme);
            // Upsert, in the spelling both engines share.
            sql::Statement put(
                db_.sql(),
                "INSERT INTO theme_statement (entry_key, column_id, theme_key) VALUES (?, ?, ?) "
                "ON CONFLICT (entry_key, column_id) DO UPDATE SET theme_key = excluded.theme_key");
            for (const auto& statement : statements) {
                put.bind(1, statement.entry);
                put.bind(2, statement.column);
                put.bind(3, theme);
                put.exec();
                put.reset();
            }
            audit_theme("assign to theme " + std::to_string(theme) + ": " + into.name + ": " +
                        std::to_string(statements.size()) + " statements");
            transaction.commit();
        });
    }

    void unassign_statements(const std::vector<StatementKey>& statements) override {
        guarded(db_, tr("take statements out of a theme"), [&] {
            WriteTransaction transaction(db_.sql());
            sql::Statement take(db_.sql(),
                                "DELETE FROM theme_statement WHERE entry_key = ? AND column_id = ?");
            for (const auto& statement : statements) {
                take.bind(1, statement.entry);
                take.bind(2, statement.column);
                take.exec();
                take.reset();
            }
            audit_theme("take out of themes: " + std::to_string(statements.size()) + " statements");
            transaction.commit();
        });
    }

    SignOff sign_off(SubjectKind kind, const std::string& id, const std::string& tool,
                     const std::string& comment) override {
        require_visible(kind, id);
        if (!is_valid_utf8(comment))
            throw UserError(tr("The sign-off comment is not valid UTF-8 text; retype it."));
        return guarded(db_, fill_in(tr("sign off the {1} record of {2}"), tool, owner_words(kind, id)), [&] {
            WriteTransaction transaction(db_.sql());
            sql::Statement find(db_.sql(),
                                "SELECT r.record_key, r.version_no FROM record r "
                                "JOIN subject s ON s.subject_key = r.subject_key "
                                "WHERE s.kind = ? AND s.ext_id = ? AND r.tool_id = ?");
            find.bind(1, std::string(to_string(kind)));
            find.bind(2, id);
            find.bind(3, tool);
            if (!find.step())
                throw NotFoundError(
                    fill_in(tr("There is no {1} record of {2} to sign off; fill it in first."), tool,
                            owner_words(kind, id)));
            SignOff done{kind,   id, tool, find.column(1).integer(), principal_.name(), utc_stamp_now(),
                         comment};
            const std::int64_t change =
                write_change(db_, done.who, done.when, ChangeTarget{kind, id, tool},
                             {ChangePart{ChangeWhat::SignedOff, 0, comment, std::nullopt}});
            sql::Statement mark(
                db_.sql(),
                "INSERT INTO sign_off (change_no, record_key, version_no, comment) VALUES (?, ?, ?, ?)");
            mark.bind(1, change);
            mark.bind(2, find.column(0).int64());
            mark.bind(3, done.version);
            mark.bind(4, comment);
            mark.exec();
            transaction.commit();
            return done;
        });
    }

    std::vector<SignOff> sign_offs(SubjectKind kind, const std::optional<std::string>& id) const override {
        return guarded(db_, tr("read the sign-offs"), [&] {
            // The latest sign-off of each record: the one with the highest change number.
            std::string sql =
                "SELECT s.ext_id, r.tool_id, so.version_no, c.changed_by, c.changed_at, so.comment, "
                "r.version_no FROM sign_off so JOIN change_log c ON c.change_no = so.change_no "
                "JOIN record r ON r.record_key = so.record_key JOIN subject s ON s.subject_key = "
                "r.subject_key "
                "WHERE s.kind = :kind AND so.change_no = "
                "(SELECT MAX(latest.change_no) FROM sign_off latest WHERE latest.record_key = so.record_key)";
            if (id) sql += " AND s.ext_id = :id";
            const PeopleScope scope = people_scope(principal_, kind);
            sql::Statement select(db_.sql(), sql + scope.condition() + " ORDER BY s.ext_id, r.tool_id");
            select.bind(":kind", std::string(to_string(kind)));
            if (id) select.bind(":id", *id);
            scope.bind(select);
            std::vector<SignOff> found;
            while (select.step())
                found.push_back(SignOff{kind, select.column(0).text(), select.column(1).text(),
                                        select.column(2).integer(), select.column(3).text(),
                                        select.column(4).text(), select.column(5).text(),
                                        select.column(6).integer()});
            return found;
        });
    }

    void set_photo(SubjectKind kind, const std::string& id, const std::vector<unsigned char>& bytes,
                   const std::string& mime) override {
        require_visible(kind, id);
        check_photo_size(bytes.size(), fill_in(tr("The photo of {1}"), owner_words(kind, id)));
        if ((mime != "image/png" && mime != "image/jpeg") || photo_mime(bytes) != mime)
            throw UserError(
                fill_in(tr("The photo of {1} is not a PNG or JPEG picture; choose a .png or .jpg file."),
                        owner_words(kind, id)));
        guarded(db_, fill_in(tr("save the photo of {1}"), owner_words(kind, id)), [&] {
            WriteTransaction transaction(db_.sql());
            const std::int64_t key = existing_subject(
                // TRANSLATORS: {1} is who ("person P-1"), {2} the database file.
                kind, id, tr_noop("There is no {1} in {2} to save a photo for. Add them first."));
            const std::string when = utc_stamp_now();
            sql::Statement put(
                db_.sql(),
                "INSERT INTO subject_photo (subject_key, mime, bytes, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (subject_key) DO UPDATE SET mime = excluded.mime, "
                "bytes = excluded.bytes, updated_at = excluded.updated_at");
            put.bind(1, key);
            put.bind(2, mime);
            put.bind_blob(3, bytes.data(), bytes.size());
            put.bind(4, when);
            put.exec();
            log_photo_change(kind, id, key, when, ChangeWhat::PhotoChanged);
            transaction.commit();
        });
    }

    std::optional<Photo> photo(SubjectKind kind, const std::string& id) const override {
        require_visible(kind, id);
        return guarded(
            db_, fill_in(tr("read the photo of {1}"), owner_words(kind, id)), [&]() -> std::optional<Photo> {
                sql::Statement select(
                    db_.sql(),
                    "SELECT p.mime, p.bytes, p.updated_at FROM subject_photo p "
                    "JOIN subject s ON s.subject_key = p.subject_key WHERE s.kind = ? AND s.ext_id = ?");
                select.bind(1, std::string(to_string(kind)));
                select.bind(2, id);
                if (!select.step()) return std::nullopt;
                Photo photo;
                photo.mime = select.column(0).text();
                const std::string bytes = select.column(1).blob();
                photo.bytes.assign(bytes.begin(), bytes.end());
                photo.updated_at = select.column(2).text();
                return photo;
            });
    }

    void clear_photo(SubjectKind kind, const std::string& id) override {
        require_visible(kind, id);
        guarded(db_, fill_in(tr("remove the photo of {1}"), owner_words(kind, id)), [&] {
            WriteTransaction transaction(db_.sql());
            const std::int64_t key = existing_subject(
                // TRANSLATORS: {1} is who ("person P-1"), {2} the database file.
                kind, id, tr_noop("There is no {1} in {2} to remove the photo of. Add them first."));
            sql::Statement remove(db_.sql(), "DELETE FROM subject_photo WHERE subject_key = ?");
            remove.bind(1, key);
            // Nothing to remove is nothing to record.
            if (remove.exec() > 0) log_photo_change(kind, id, key, utc_stamp_now(), ChangeWhat::PhotoRemoved);
            transaction.commit();
        });
    }

    std::vector<WorkbookAssessment> assessments() const override {
        return guarded(db_, tr("read the workbook assessments"), [&] {
            ReadSnapshot snapshot(db_.sql());
            return read_assessments();
        });
    }

    std::optional<WorkbookAssessment> assessment(const Date& date,
                                                 const std::string& workbook) const override {
        return guarded(db_, fill_in(tr("read the assessment of {1}"), display_date(date)),
                       [&]() -> std::optional<WorkbookAssessment> {
                           ReadSnapshot snapshot(db_.sql());
                           const auto key = find_assessment(date, workbook);
                           if (!key) return std::nullopt;
                           auto found = read_assessments(*key);
                           if (found.empty()) return std::nullopt;
                           return std::move(found.front());
                       });
    }

    int save_assessment(const WorkbookAssessment& assessment) override {
        validate_assessment(assessment);
        return guarded(db_, fill_in(tr("save the assessment of {1}"), display_date(assessment.date)), [&] {
            WriteTransaction transaction(db_.sql());
            const int version = write_assessment(assessment, utc_stamp_now());
            transaction.commit();
            return version;
        });
    }

    std::vector<AssessmentChange> assessment_history(const std::string& workbook) const override {
        // TRANSLATORS: {1} is the workbook's id.
        return guarded(db_, fill_in(tr("read the history of the {1} assessments"), workbook), [&] {
            ReadSnapshot snapshot(db_.sql());
            sql::Statement select(
                db_.sql(),
                "SELECT c.change_no, c.changed_at, c.changed_by, c.summary, a.assessed_on, a.version_no "
                "FROM assessment_change a JOIN change_log c ON c.change_no = a.change_no "
                "WHERE a.workbook = ? ORDER BY c.change_no");
            select.bind(1, workbook);
            std::vector<AssessmentChange> changes;
            while (select.step()) {
                const auto date = Date::parse(select.column(4).text());
                if (!date) continue;
                AssessmentChange change;
                change.when = select.column(1).text();
                change.who = select.column(2).text();
                change.workbook = workbook;
                change.date = *date;
                change.parts = read_change_parts(db_, select.column(0).int64(), select.column(3).text());
                change.version = select.column(5).integer();
                changes.push_back(std::move(change));
            }
            return changes;
        });
    }

    bool remove_assessment(const Date& date, const std::string& workbook) override {
        return guarded(db_, fill_in(tr("remove the assessment of {1}"), display_date(date)), [&] {
            WriteTransaction transaction(db_.sql());
            const auto key = find_assessment(date, workbook);
            if (key) {
                log_assessment_change(workbook, date, 0, utc_stamp_now(),
                                      {ChangePart{ChangeWhat::AssessmentRemoved, 0, {}, std::nullopt}});
                clear_assessment(*key);
                auto& remove = db_.cached("DELETE FROM assessment WHERE assessment_key = ?");
                remove.bind(1, *key);
                remove.exec();
                remove.reset();
            }
            transaction.commit();
            return key.has_value();
        });
    }

    ImportCounts import(const Interchange& data) override {
        for (const auto& assessment : data.assessments) validate_assessment(assessment);
        auto session = begin_import();
        // The list an entry is in says its kind.
        const auto write_group = [&](const std::vector<SubjectRecords>& group, SubjectKind kind) {
            for (const auto& item : group) {
                if (item.subject.kind == kind) {
                    session->subject(item);
                    continue;
                }
                SubjectRecords copy = item;
                copy.subject.kind = kind;
                session->subject(copy);
            }
        };
        write_group(data.people, SubjectKind::Person);
        write_group(data.staff, SubjectKind::Staff);
        if (data.team) {
            SubjectRecords team = *data.team;
            team.subject.kind = SubjectKind::Team;
            team.subject.id = std::string(kTeamId);
            session->subject(team);
        }
        write_group(data.teams, SubjectKind::Team);
        for (const auto& assessment : data.assessments) session->assessment(assessment);
        return session->commit();
    }

    std::unique_ptr<ImportSession> begin_import() override {
        // Written into a damaged file, an import would be lost with it, or spread the damage.
        if (const std::string damage = on_server() ? "" : first_damage(db_.sqlite()); !damage.empty())
            // TRANSLATORS: {1} is the database, {2} SQLite's own description of the damage, in English.
            throw StorageError(
                fill_in(tr("Cannot write into {1}: the database is damaged ({2}); nothing was "
                           "changed. Keep the file as it is, run `pcrecords-cli --db {1} check`, "
                           "and restore it from a backup."),
                        db_.where(), damage));
        // The backup made on opening holds the same data if nothing has been written since.
        if (!on_server() && backed_up_at_ != sqlite3_total_changes64(db_.sqlite().getHandle()))
            backup_problem_ = automatic_backup(db_.sqlite(), db_.file(), BackupReason::BeforeImport, true);
        return guarded(db_, tr("import the data"), [&] { return std::make_unique<Import>(*this); });
    }

    Interchange export_all() const override {
        InterchangeCollector collected;
        export_each(collected);
        return std::move(collected.data);
    }

    void export_each(InterchangeSink& sink) const override {
        // The sink's own failures (a full disk, say) pass through as they are; the store's are named.
        const auto scan = [&](ScanFilter filter, const std::function<void(SubjectRecords&)>& visit) {
            RecordScan scan(db_, std::move(filter));
            scan.run([&](const Subject& subject, std::vector<Record>& records) {
                SubjectRecords item{subject, std::move(records)};
                add_assignments(item);
                visit(item);
            });
        };
        const auto pass_on = [&](SubjectRecords& item) { sink.subject(item); };
        guarded(db_, tr("export the data"), [&] {
            ReadSnapshot snapshot(db_.sql());
            scan(ScanFilter{SubjectKind::Person, true, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                            people_scope(principal_, SubjectKind::Person)},
                 pass_on);
            scan(ScanFilter{SubjectKind::Staff, true, std::nullopt, std::nullopt, std::nullopt}, pass_on);
            // The default team comes first, as before there were several; teams are few.
            std::vector<SubjectRecords> teams;
            scan(ScanFilter{SubjectKind::Team, true, std::nullopt, std::nullopt, std::nullopt},
                 [&](SubjectRecords& team) {
                     if (team.subject.id == kTeamId)
                         sink.subject(team);
                     else
                         teams.push_back(std::move(team));
                 });
            for (const auto& team : teams) sink.subject(team);
            for (const auto& assessment : read_assessments()) sink.assessment(assessment);
        });
    }

    Interchange export_subject(SubjectKind kind, const std::string& id) const override {
        require_visible(kind, id);
        auto found = guarded(db_, fill_in(tr("export {1}"), owner_words(kind, id)), [&] {
            ReadSnapshot snapshot(db_.sql());
            auto subjects = scan_subjects(ScanFilter{kind, true, id, std::nullopt, std::nullopt});
            for (auto& item : subjects) add_assignments(item);
            return subjects;
        });
        if (found.empty())
            throw NotFoundError(
                // TRANSLATORS: {1} is who ("person P-1"), {2} the database file.
                fill_in(tr("There is no {1} in {2}. Check the id (`pcrecords-cli people --all` lists them)."),
                        owner_words(kind, id), db_.where()));
        Interchange data;
        if (kind == SubjectKind::Person)
            data.people = std::move(found);
        else if (kind == SubjectKind::Staff)
            data.staff = std::move(found);
        else if (id == kTeamId)
            data.team = std::move(found.front());
        else
            data.teams = std::move(found);
        return data;
    }

    std::vector<std::string> teams_of(SubjectKind kind, const std::string& id) const override {
        require_visible(kind, id);
        return guarded(db_, fill_in(tr("read the teams of {1}"), owner_words(kind, id)),
                       [&] { return read_teams(kind, id); });
    }

    void set_teams(SubjectKind kind, const std::string& id, const std::vector<std::string>& teams) override {
        if (kind == SubjectKind::Team)
            throw UserError(
                fill_in(tr("Only people and staff belong to teams, not {1}."), owner_words(kind, id)));
        require_visible(kind, id);
        guarded(db_, fill_in(tr("save the teams of {1}"), owner_words(kind, id)), [&] {
            WriteTransaction transaction(db_.sql());
            write_teams(kind, id, teams, utc_stamp_now());
            transaction.commit();
        });
    }

    std::optional<std::string> key_worker(const std::string& person) const override {
        require_visible(SubjectKind::Person, person);
        return guarded(db_,
                       fill_in(tr("read the key worker of {1}"), owner_words(SubjectKind::Person, person)),
                       [&] { return read_key_worker(person); });
    }

    void set_key_worker(const std::string& person, const std::optional<std::string>& staff) override {
        require_visible(SubjectKind::Person, person);
        guarded(db_, fill_in(tr("save the key worker of {1}"), owner_words(SubjectKind::Person, person)),
                [&] {
                    WriteTransaction transaction(db_.sql());
                    write_key_worker(person, staff, utc_stamp_now());
                    transaction.commit();
                });
    }

    std::unique_ptr<WriteHold> hold_writes() override {
        return guarded(db_, tr("start a change"), [&] { return std::make_unique<Hold>(db_); });
    }

    IntegrityReport check() const override;
    void backup(const std::filesystem::path& target) const override;

    std::vector<BackupEntry> backups() const override {
        std::vector<BackupEntry> found;
        if (on_server()) return found;
        for (auto& backup : BackupFolder(db_.file()).list()) {
            const bool ok = restore_problem(backup.file).empty();
            found.push_back({std::move(backup), ok});
        }
        return found;
    }

    std::string automatic_backup_problem() const override { return backup_problem_; }

    std::optional<std::string> setting(const std::string& name) const override {
        return guarded(db_, tr("read the settings"), [&]() -> std::optional<std::string> {
            sql::Statement select(db_.sql(), "SELECT value FROM setting WHERE name = ?");
            select.bind(1, name);
            if (!select.step()) return std::nullopt;
            return select.column(0).text();
        });
    }

    void change_setting(const std::string& name, const std::string& value) override {
        check_setting_value(name, value);
        guarded(db_, fill_in(tr("change the setting {1}"), name), [&] {
            WriteTransaction transaction(db_.sql());
            sql::Statement upsert(db_.sql(),
                                  "INSERT INTO setting (name, value) VALUES (?, ?) "
                                  "ON CONFLICT (name) DO UPDATE SET value = excluded.value");
            upsert.bind(1, name);
            upsert.bind(2, value);
            upsert.exec();
            AuditEntry entry;
            entry.when = utc_stamp_now();
            entry.user = principal_.name();
            entry.action = AuditAction::Setting;
            entry.detail = name + "=" + value;
            append_audit(db_, entry);
            transaction.commit();
        });
    }

    bool has_accounts() const override { return accounts_.count() > 0; }
    std::size_t account_count() const override { return accounts_.count(); }
    std::vector<Account> accounts() const override { return accounts_.all(); }
    std::optional<Account> account(const std::string& user_name) const override {
        return accounts_.find(user_name);
    }
    void add_account(const Account& account) override { accounts_.add(account); }
    void update_account(const Account& account) override { accounts_.update(account); }
    Account count_wrong_password(const std::string& user_name, TimePoint now, int lock_after,
                                 std::chrono::minutes lock_for) override {
        return accounts_.count_wrong_password(user_name, now, lock_after, lock_for);
    }
    void record_sign_in(const std::string& user_name, TimePoint now) override {
        accounts_.record_sign_in(user_name, now);
    }
    void record_refused_sign_in(const std::string& user_name, const std::string& reason) override {
        accounts_.record_refused_sign_in(user_name, reason);
    }
    void record_events(const std::vector<AuditEvent>& events) override {
        if (events.empty()) return;
        guarded(db_, "record what was done in the audit trail", [&] {
            WriteTransaction transaction(db_.sql());
            const std::string when = utc_stamp_now();
            for (const auto& event : events) {
                AuditEntry entry;
                entry.when = when;
                entry.user = principal_.name();
                entry.action = event.action;
                if (event.kind) {
                    entry.kind = event.kind;
                    entry.subject = event.subject;
                }
                entry.detail = event.detail;
                append_audit(db_, entry);
            }
            transaction.commit();
        });
    }

    std::vector<AuditEntry> audit(const AuditFilter& filter) const override {
        return guarded(db_, "read the audit trail", [&] {
            ReadSnapshot snapshot(db_.sql());
            return read_audit(db_, filter);
        });
    }

    void judge_by(const TemplateRegistry& templates) const override {
        guarded(db_, tr("work out how complete and current the records are"),
                [&] { statuses_.use(templates); });
    }

    void for_each_subject_judgements(SubjectKind kind, const std::vector<std::string>& tools,
                                     const std::vector<std::string>& rows_of, CaseloadScope caseload,
                                     const SubjectJudgementsVisitor& visit) const override {
        guarded(db_, read_the_records(kind), [&] {
            const PeopleScope scope = people_scope(principal_, kind, caseload);
            // Kept rows are read only where asked: CASE leaves the others' column unread.
            sql::Statement select(
                db_.sql(),
                std::string("SELECT ") + RecordScan::kSubjectColumns +
                    ", st.tool_id, st.has_content, st.section_counts, st.last_reviewed, " +
                    (rows_of.empty() ? std::string("NULL")
                                     : "CASE WHEN st.tool_id IN (" + parameter_list("rows", rows_of.size()) +
                                           ") THEN st.kept_rows END") +
                    " FROM subject s LEFT JOIN record_status st ON st.subject_key = s.subject_key" +
                    // An expression, not the bare column, so SQLite's join reads each subject's few
                    // judgements in one range of the index rather than seeking once per tool named.
                    (tools.empty()
                         ? std::string()
                         : " AND (st.tool_id || '') IN (" + parameter_list("tool", tools.size()) + ")") +
                    " WHERE s.kind = :kind AND s.status = :active" + scope.condition() +
                    " ORDER BY s.ext_id, st.tool_id");
            select.bind(":kind", std::string(to_string(kind)));
            select.bind(":active", std::string(to_string(Status::Active)));
            bind_list(select, "tool", tools);
            bind_list(select, "rows", rows_of);
            scope.bind(select);
            Subject subject;
            std::vector<ToolJudgement> judgements;
            bool any = false;
            constexpr int judged = RecordScan::kSubjectColumnCount;  // the first column after the subject's
            while (select.step()) {
                if (!any || subject.id != select.column(1).text()) {
                    if (any) visit(subject, judgements);
                    subject = RecordScan::read_subject(select, 0);
                    judgements.clear();
                    any = true;
                }
                if (select.column(judged).is_null()) continue;  // a subject without judgements
                ToolJudgement& found = judgements.emplace_back();
                found.tool = select.column(judged).text();
                found.judged = StatusTable::decode(select.column(judged + 1).integer() != 0,
                                                   select.column(judged + 2).text(),
                                                   day_column(select.column(judged + 3)));
                if (!select.column(judged + 4).is_null())
                    found.judged.rows = StatusTable::decode_rows(select.column(judged + 4).text());
            }
            if (any) visit(subject, judgements);
        });
    }

    std::vector<ToolTally> tally_by_tool(SubjectKind kind, const Date& day,
                                         CaseloadScope caseload) const override {
        return guarded(db_, count_the_records(kind), [&] {
            std::vector<ToolTally> tallies;
            sql::Statement select = tally(kind, day, caseload, "st.tool_id");
            while (select.step())
                tallies.push_back(
                    ToolTally{select.column(0).text(), select.column(1).int64(), select.column(2).int64()});
            return tallies;
        });
    }

    std::map<std::string, SubjectTally> tally_by_subject(SubjectKind kind, const Date& day,
                                                         const std::vector<std::string>& ids) const override {
        return guarded(db_, count_the_records(kind), [&] {
            std::map<std::string, SubjectTally> tallies;
            if (ids.empty()) return tallies;
            sql::Statement select = tally(kind, day, CaseloadScope::Everyone, "s.ext_id", ids);
            while (select.step())
                tallies.emplace_hint(tallies.end(), select.column(0).text(),
                                     SubjectTally{select.column(1).int64(), select.column(2).int64()});
            return tallies;
        });
    }

  private:
    // Judged records, and those complete and current on `day`, of the visible active subjects of `kind`,
    // grouped by `by`.
    // Only the subjects of `ids`, unless it is empty.
    sql::Statement tally(SubjectKind kind, const Date& day, CaseloadScope caseload, const std::string& by,
                         const std::vector<std::string>& ids = {}) const {
        const PeopleScope scope = people_scope(principal_, kind, caseload);
        const std::string only =
            ids.empty() ? "" : " AND s.ext_id IN (" + parameter_list("id", ids.size()) + ")";
        sql::Statement select(
            db_.sql(),
            "SELECT " + by +
                ", count(*), count(CASE WHEN st.complete = 1 AND st.current_until >= :day THEN 1 END) "
                "FROM subject s JOIN record_status st ON st.subject_key = s.subject_key "
                "WHERE s.kind = :kind AND s.status = :active" +
                only + scope.condition() + " GROUP BY " + by + " ORDER BY " + by);
        select.bind(":kind", std::string(to_string(kind)));
        select.bind(":active", std::string(to_string(Status::Active)));
        select.bind(":day", day.iso());
        bind_list(select, "id", ids);
        scope.bind(select);
        return select;
    }

    // `columns` of the subjects a SubjectQuery lists, with its limits bound: subjects() and count_subjects()
    // share it so a count always agrees with the list.
    sql::Statement select_subjects(const std::string& columns, SubjectKind kind, const SubjectQuery& query,
                                   const std::string& order) const {
        std::string sql = columns + " FROM subject s WHERE s.kind = ?";
        if (!query.include_archived) sql += " AND s.status = ?";
        const std::string search = fold_for_search(trim(query.search));
        if (!search.empty()) sql += " AND s.search_key LIKE ? ESCAPE '\\'";
        // Last, so its named parameters follow the numbered ones.
        const PeopleScope scope = people_scope(principal_, kind, query.caseload, query.team);
        sql += scope.condition();
        sql += order;
        sql::Statement select(db_.sql(), sql);
        int index = 1;
        select.bind(index++, std::string(to_string(kind)));
        if (!query.include_archived) select.bind(index++, std::string(to_string(Status::Active)));
        if (!search.empty()) select.bind(index++, like_pattern(search));
        scope.bind(select);
        return select;
    }

    // Throws pcr::NotAllowedError when person `id` exists but the principal may not see them (a support
    // worker or senior, and not in any of their teams). Someone who does not exist is the caller's to report.
    void require_visible(SubjectKind kind, const std::string& id) const {
        const PeopleScope scope = people_scope(principal_, kind);
        if (!scope.limits()) return;
        const bool visible = guarded(db_, fill_in(tr("read {1}"), owner_words(kind, id)), [&] {
            sql::Statement select(db_.sql(),
                                  "SELECT count(*), count(CASE WHEN 1 = 1" + scope.condition() +
                                      " THEN 1 END) FROM subject s WHERE s.kind = :kind AND s.ext_id = :id");
            select.bind(":kind", std::string(to_string(kind)));
            select.bind(":id", id);
            scope.bind(select);
            select.step();
            return select.column(0).integer() == 0 || select.column(1).integer() > 0;
        });
        if (visible) return;
        if (!principal_.staff_id())
            throw NotAllowedError(
                // TRANSLATORS: {1} is an account's user name, {2} who ("person P-1").
                fill_in(tr("The account {1} is linked to no staff record, so it sees the people of no team "
                           "and may not open {2}. Ask an administrator to link it to your staff record."),
                        principal_.name(), owner_words(kind, id)));
        throw NotAllowedError(
            // TRANSLATORS: {1} is who ("person P-1").
            fill_in(tr("You may not see the records of {1}: they are in none of your teams. Ask a manager "
                       "to add them to your team."),
                    owner_words(kind, id)));
    }

    std::vector<std::string> read_teams(SubjectKind kind, const std::string& id) const {
        auto& select = db_.cached(
            "SELECT t.ext_id FROM subject s JOIN membership m ON m.subject_key = s.subject_key "
            "JOIN subject t ON t.subject_key = m.team_key WHERE s.kind = ? AND s.ext_id = ? ORDER BY "
            "t.ext_id");
        select.bind(1, std::string(to_string(kind)));
        select.bind(2, id);
        std::vector<std::string> teams;
        while (select.step()) teams.push_back(select.column(0).text());
        select.reset();
        return teams;
    }

    std::optional<std::string> read_key_worker(const std::string& person) const {
        auto& select = db_.cached(
            "SELECT w.ext_id FROM subject s JOIN key_worker k ON k.person_key = s.subject_key "
            "JOIN subject w ON w.subject_key = k.staff_key WHERE s.kind = ? AND s.ext_id = ?");
        select.bind(1, std::string(to_string(SubjectKind::Person)));
        select.bind(2, person);
        std::optional<std::string> found;
        if (select.step()) found = select.column(0).text();
        select.reset();
        return found;
    }

    // An exported person's or staff member's teams and key worker, when they have any.
    void add_assignments(SubjectRecords& item) const {
        if (item.subject.kind == SubjectKind::Team) return;
        auto teams = read_teams(item.subject.kind, item.subject.id);
        if (!teams.empty()) item.teams = std::move(teams);
        if (item.subject.kind == SubjectKind::Person) item.key_worker = read_key_worker(item.subject.id);
    }

    void log_assignment_change(SubjectKind kind, const std::string& id, std::int64_t subject_key,
                               const std::string& when, const std::vector<ChangePart>& parts) {
        const std::int64_t change =
            write_change(db_, principal_.name(), when, ChangeTarget{kind, id, {}}, parts);
        auto& mark = db_.cached("INSERT INTO assignment_change (change_no, subject_key) VALUES (?, ?)");
        mark.bind(1, change);
        mark.bind(2, subject_key);
        mark.exec();
        mark.reset();
    }

    // Makes `teams` the teams of the subject, inside the caller's transaction; nothing is written when they
    // are already.
    void write_teams(SubjectKind kind, const std::string& id, const std::vector<std::string>& teams,
                     const std::string& when) {
        const std::int64_t key =
            // TRANSLATORS: {1} is who ("person P-1"), {2} the database file.
            existing_subject(kind, id, tr_noop("There is no {1} in {2} to put in a team. Add them first."));
        std::map<std::string, std::int64_t> wanted;
        for (const auto& team : teams)
            wanted.emplace(team, existing_subject(SubjectKind::Team, team,
                                                  // TRANSLATORS: {1} is a team ("team T-1"), {2} the database
                                                  // file.
                                                  tr_noop("There is no {1} in {2}. Add it first "
                                                          "(`pcrecords-cli team add`) or check the id.")));
        std::map<std::string, std::int64_t> current;
        auto& select = db_.cached(
            "SELECT t.ext_id, m.team_key FROM membership m JOIN subject t ON t.subject_key = m.team_key "
            "WHERE m.subject_key = ?");
        select.bind(1, key);
        while (select.step()) current.emplace(select.column(0).text(), select.column(1).int64());
        select.reset();
        std::vector<ChangePart> parts;
        auto& leave = db_.cached("DELETE FROM membership WHERE subject_key = ? AND team_key = ?");
        for (const auto& [team, team_key] : current) {
            if (wanted.count(team)) continue;
            leave.bind(1, key);
            leave.bind(2, team_key);
            leave.exec();
            leave.reset();
            parts.push_back(ChangePart{ChangeWhat::LeftTeam, 0, team, std::nullopt});
        }
        auto& join = db_.cached("INSERT INTO membership (subject_key, team_key) VALUES (?, ?)");
        for (const auto& [team, team_key] : wanted) {
            if (current.count(team)) continue;
            join.bind(1, key);
            join.bind(2, team_key);
            join.exec();
            join.reset();
            parts.push_back(ChangePart{ChangeWhat::JoinedTeam, 0, team, std::nullopt});
        }
        if (!parts.empty()) log_assignment_change(kind, id, key, when, parts);
    }

    // Gives the person `staff` as key worker (none when nullopt), inside the caller's transaction; nothing is
    // written when they already have.
    void write_key_worker(const std::string& person, const std::optional<std::string>& staff,
                          const std::string& when) {
        const std::int64_t key =
            existing_subject(SubjectKind::Person, person,
                             // TRANSLATORS: {1} is who ("person P-1"), {2} the database file.
                             tr_noop("There is no {1} in {2} to give a key worker. Add them first."));
        std::optional<std::int64_t> staff_key;
        if (staff)
            staff_key = existing_subject(
                SubjectKind::Staff, *staff,
                // TRANSLATORS: {1} is who ("staff S-1"), {2} the database file.
                tr_noop("There is no {1} in {2} to be a key worker. Add them first or check the id."));
        const auto current = read_key_worker(person);
        if (current == staff) return;
        if (staff_key) {
            auto& put = db_.cached(
                "INSERT INTO key_worker (person_key, staff_key) VALUES (?, ?) "
                "ON CONFLICT (person_key) DO UPDATE SET staff_key = excluded.staff_key");
            put.bind(1, key);
            put.bind(2, *staff_key);
            put.exec();
            put.reset();
        } else {
            auto& remove = db_.cached("DELETE FROM key_worker WHERE person_key = ?");
            remove.bind(1, key);
            remove.exec();
            remove.reset();
        }
        log_assignment_change(SubjectKind::Person, person, key, when,
                              {staff ? ChangePart{ChangeWhat::KeyWorkerSet, 0, *staff, std::nullopt}
                                     : ChangePart{ChangeWhat::KeyWorkerRemoved, 0, *current, std::nullopt}});
    }

    // A held write: the transaction every save in it joins as a savepoint.
    class Hold final : public WriteHold {
      public:
        explicit Hold(Database& db) : db_(db), transaction_(db.sql()) {}
        void commit() override {
            guarded(db_, tr("save the change"), [&] { transaction_.commit(); });
        }

      private:
        Database& db_;
        WriteTransaction transaction_;
    };

    // An import's open transaction: each subject and assessment is written as it comes, through the same
    // RecordWriter as every other save; teams and key workers wait for commit(), so they may name subjects
    // that come later.
    class Import final : public ImportSession {
      public:
        explicit Import(SqliteStore& store)
            : store_(store),
              cache_(store.db_),
              transaction_(store.db_.sql()),
              when_(utc_stamp_now()),
              writer_(store.db_, store.statuses_, store.principal_.name(), when_) {}

        void subject(const SubjectRecords& item) override {
            run([&] {
                const Subject& subject = item.subject;
                if (!seen_.insert({subject.kind, subject.id}).second)
                    throw StorageError(
                        fill_in(tr("Cannot import: {1} appears twice. Keep one of them and import again."),
                                owner_words(subject.kind, subject.id)));
                if (subject.kind != SubjectKind::Team) validate_subject(subject);
                store_.write_subject_records(writer_, subject, item.records);
                counts_.records += static_cast<int>(item.records.size());
                if (subject.kind == SubjectKind::Person) ++counts_.people;
                if (subject.kind == SubjectKind::Staff) ++counts_.staff;
                if (subject.kind != SubjectKind::Team && (item.teams || item.key_worker))
                    assignments_.push_back(
                        {subject.kind, subject.id, item.teams,
                         subject.kind == SubjectKind::Person ? item.key_worker : std::nullopt});
            });
        }

        void assessment(const WorkbookAssessment& assessment) override {
            run([&] {
                validate_assessment(assessment);
                if (!assessed_.insert({assessment.date, assessment.workbook}).second)
                    throw StorageError(
                        // TRANSLATORS: {1} is the workbook's id, {2} the day of the assessment.
                        fill_in(tr("Cannot import: the {1} assessment of {2} appears twice. Keep "
                                   "one of them and import again."),
                                assessment.workbook, display_date(assessment.date)));
                store_.write_assessment(assessment, when_);
                ++counts_.assessments;
            });
        }

        ImportCounts commit() override {
            run([&] {
                for (const auto& a : assignments_) {
                    if (a.teams) store_.write_teams(a.kind, a.id, *a.teams, when_);
                    if (a.key_worker)
                        store_.write_key_worker(a.id, a.key_worker->empty() ? std::nullopt : a.key_worker,
                                                when_);
                }
                check_references();
                transaction_.commit();
            });
            // Back to the write-ahead log at once, so other programs can read while this one writes again.
            cache_.use_the_log();
            return counts_;
        }

      private:
        struct Assignment {
            SubjectKind kind;
            std::string id;
            std::optional<std::vector<std::string>> teams;
            std::optional<std::string> key_worker;
        };

        // Every reference in the database, the imported rows' among them, points at a row that is there;
        // otherwise the import is refused (and rolls back) rather than leave a damaged file.
        void check_references() {
            // A server checks each reference as the row is written.
            if (store_.on_server()) return;
            sql::Statement check(store_.db_.sql(), "PRAGMA foreign_key_check");
            if (!check.step()) return;
            throw StorageError(fill_in(tr("Cannot import into {1}: a row of its table {2} would refer to a "
                                          "row of {3} that is not there. Nothing was imported. Run `check` "
                                          "on the database, and restore it from a backup if it is damaged."),
                                       store_.db_.where(), check.column(0).text(), check.column(2).text()));
        }

        // After a failure the transaction holds part of a change: nothing more is written, and it rolls back.
        template <class F>
        void run(F&& work) {
            if (failed_)
                throw StorageError(tr("Cannot continue an import that failed; nothing of it was kept."));
            failed_ = true;
            guarded(store_.db_, tr("import the data"), work);
            failed_ = false;
        }

        // A bulk write updates the same index pages again and again, so an import keeps many of them in
        // memory (64 MB) for as long as it runs; reads do better with the small cache (Database::configure).
        // Each multi-row insert also keeps a statement journal (the pages it changed, to undo it alone if a
        // row is refused); in a temporary file that journal wrote about ten times the database's size to
        // disk during a large import (6 GB for a 570 MB database), so an import keeps it in memory, where it
        // holds a few pages at a time.
        struct LargeCache {
            SQLite::Database* sqlite = nullptr;  // null on a server, which has none of these settings
            bool rollback_journal = false;       // changed from the write-ahead log for this import
            explicit LargeCache(Database& database) {
                if (database.engine() != sql::Engine::Sqlite) return;
                sqlite = &database.sqlite();
                auto& db = *sqlite;
                db.exec("PRAGMA cache_size = -65536");
                db.exec("PRAGMA temp_store = MEMORY");
                // Checking every reference of every row as it is written was a fifth of the writer's work;
                // commit() checks them all at once instead (0.5 s for a 570 MB file). The pragma only
                // takes effect outside a transaction, which is why it is here, before the session's.
                db.exec("PRAGMA foreign_keys = OFF");
                // Into an empty database, a rollback journal holds almost nothing (the pages as they were),
                // while the write-ahead log would hold every page written, to be copied into the file again
                // at the checkpoint. Either way the import is all or nothing. Another connection keeps the
                // log in use (the change is refused), and then the import simply goes through it.
                if (!db.execAndGet("SELECT EXISTS (SELECT 1 FROM subject)").getInt()) {
                    try {
                        rollback_journal =
                            db.execAndGet("PRAGMA journal_mode = DELETE").getString() == "delete";
                    } catch (const SQLite::Exception&) {
                        rollback_journal = false;
                    }
                }
            }
            // Without waiting: a program that opened the file meanwhile, waiting for the import, asks for the
            // log itself as it sets its connection up, and each waiting for the other would hold both up.
            void use_the_log() {
                if (!sqlite || !rollback_journal) return;
                auto& db = *sqlite;
                db.setBusyTimeout(0);
                try {
                    db.exec("PRAGMA journal_mode = WAL");
                    rollback_journal = false;
                } catch (const SQLite::Exception&) {
                    // Tried again when the session ends; failing that, the next connection sets it.
                }
                db.setBusyTimeout(Database::kBusyTimeoutMs);
            }
            ~LargeCache() {
                if (!sqlite) return;
                use_the_log();
                auto& db = *sqlite;
                try {
                    db.exec("PRAGMA foreign_keys = ON");
                    db.exec("PRAGMA temp_store = DEFAULT");
                    db.exec("PRAGMA cache_size = -2000");
                } catch (const SQLite::Exception&) {
                    // The connection keeps the larger cache: slower reads, nothing wrong.
                }
            }
        };

        SqliteStore& store_;
        LargeCache cache_;
        WriteTransaction transaction_;
        std::string when_;
        RecordWriter writer_;
        ImportCounts counts_;
        bool failed_ = false;
        std::set<std::pair<SubjectKind, std::string>> seen_;
        std::set<std::pair<Date, std::string>> assessed_;
        std::vector<Assignment> assignments_;
    };

    // The subject's key, inside the caller's transaction; pcr::NotFoundError when there is none, saying
    // `missing` (marked with tr_noop; {1} is who, {2} the file).
    std::int64_t existing_subject(SubjectKind kind, const std::string& id, const char* missing) {
        sql::Statement select(db_.sql(), "SELECT subject_key FROM subject WHERE kind = ? AND ext_id = ?");
        select.bind(1, std::string(to_string(kind)));
        select.bind(2, id);
        if (!select.step()) throw NotFoundError(fill_in(tr(missing), owner_words(kind, id), db_.where()));
        return select.column(0).int64();
    }

    // Everything erase_person removes and anonymises, inside its transaction; `key` is the person's row.
    // Makes the earlier audit entries about person `id` (theirs, or of their `changes`) anonymous, giving
    // them `detail`; returns how many. The trail refuses every change, so on a file the trigger is set aside
    // for this one statement, inside the caller's transaction, and put back as it was; on a server the
    // program's account may not change the trail at all, and a function of the schema's owner does this one
    // change (sqlite/migrations.cpp, version 8).
    std::int64_t anonymise_audit(const std::string& id, const std::vector<std::int64_t>& changes,
                                 const std::string& detail) {
        if (on_server()) {
            std::string array = "{";
            for (const auto change : changes) array += (array.size() > 1 ? "," : "") + std::to_string(change);
            sql::Statement anonymise(db_.sql(),
                                     "SELECT pcr_anonymise_audit('person', ?, CAST(? AS BIGINT[]), ?)");
            anonymise.bind(1, id);
            anonymise.bind(2, array + "}");
            anonymise.bind(3, detail);
            anonymise.step();
            return anonymise.column(0).int64();
        }
        const std::string trigger = sql::one_text(
            db_.sql(),
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_log_no_update'");
        db_.sql().exec("DROP TRIGGER audit_log_no_update");
        std::string in_changes = "-1";
        for (const auto change : changes) in_changes += "," + std::to_string(change);
        // change_no values are this program's own integers, read from the database.
        sql::Statement anonymise(
            db_.sql(),
            "UPDATE audit_log SET subject_id = '', change_no = NULL, detail = ?1 WHERE (subject_kind = "
            "'person' AND subject_id = ?2) OR change_no IN (" +
                in_changes + ")");
        anonymise.bind(1, detail);
        anonymise.bind(2, id);
        const std::int64_t anonymised = anonymise.exec();
        db_.sql().exec(trigger);
        return anonymised;
    }

    static std::string checked_theme_name(const std::string& name) {
        const std::string named = trim(name);
        if (named.empty()) throw UserError(tr("Give the theme a name."));
        if (!is_valid_utf8(named) || named.size() > kMaxFieldBytes)
            throw UserError(tr("The theme's name is not valid text or is too long; retype it."));
        return named;
    }

    void refuse_theme_twice(const std::string& name, StatementKind kind, std::int64_t other_than) {
        sql::Statement find(db_.sql(),
                            "SELECT count(*) FROM theme WHERE name = ? AND kind = ? AND theme_key <> ?");
        find.bind(1, name);
        find.bind(2, std::string(to_string(kind)));
        find.bind(3, other_than);
        find.step();
        if (find.column(0).int64() > 0)
            throw UserError(
                fill_in(tr("There is already a theme called \"{1}\"; choose another name."), name));
    }

    Theme existing_theme(std::int64_t theme) {
        sql::Statement find(db_.sql(), "SELECT name, kind FROM theme WHERE theme_key = ?");
        find.bind(1, theme);
        if (!find.step())
            throw NotFoundError(
                tr("That theme is not there any more: another program removed it. Look again."));
        return Theme{theme, find.column(0).text(),
                     statement_kind_from_string(find.column(1).text()).value_or(StatementKind::NotWorking)};
    }

    // One entry in the audit trail for a change to the themes, in the transaction that makes it.
    void audit_theme(const std::string& detail) {
        AuditEntry entry;
        entry.when = utc_stamp_now();
        entry.user = principal_.name();
        entry.action = AuditAction::Theme;
        entry.detail = detail;
        append_audit(db_, entry);
    }

    Erasure erase_rows(std::int64_t key, const std::string& id, const std::string& reason) {
        auto run = [&](const char* sql) {
            sql::Statement statement(db_.sql(), sql);
            statement.bind(1, key);
            statement.exec();
        };
        // The person's changes, from every table that says whose a change was (as history() reads them).
        std::vector<std::int64_t> changes;
        {
            sql::Statement select(
                db_.sql(),
                "SELECT change_no FROM subject_version WHERE subject_key = ?1 UNION "
                "SELECT rv.change_no FROM record r JOIN record_version rv ON rv.record_key = r.record_key "
                "WHERE r.subject_key = ?1 UNION "
                "SELECT so.change_no FROM record r JOIN sign_off so ON so.record_key = r.record_key "
                "WHERE r.subject_key = ?1 UNION "
                "SELECT change_no FROM photo_change WHERE subject_key = ?1 UNION "
                "SELECT change_no FROM assignment_change WHERE subject_key = ?1");
            select.bind(1, key);
            while (select.step()) changes.push_back(select.column(0).int64());
        }
        constexpr const char* kRecords = "(SELECT record_key FROM record WHERE subject_key = ?1)";
        constexpr const char* kEntries =
            "(SELECT entry_key FROM entry WHERE record_key IN (SELECT record_key FROM record WHERE "
            "subject_key "
            "= ?1))";
        run((std::string("DELETE FROM attendee WHERE entry_key IN ") + kEntries).c_str());
        run((std::string("DELETE FROM cell WHERE entry_key IN ") + kEntries).c_str());
        run((std::string("DELETE FROM theme_statement WHERE entry_key IN ") + kEntries).c_str());
        run((std::string("DELETE FROM entry WHERE record_key IN ") + kRecords).c_str());
        run((std::string("DELETE FROM sign_off WHERE record_key IN ") + kRecords).c_str());
        run("DELETE FROM record_status WHERE subject_key = ?1");
        run((std::string("DELETE FROM record_version WHERE record_key IN ") + kRecords).c_str());
        run("DELETE FROM record WHERE subject_key = ?1");
        run("DELETE FROM subject_photo WHERE subject_key = ?1");
        run("DELETE FROM photo_change WHERE subject_key = ?1");
        run("DELETE FROM membership WHERE subject_key = ?1");
        run("DELETE FROM key_worker WHERE person_key = ?1");
        run("DELETE FROM assignment_change WHERE subject_key = ?1");
        run("DELETE FROM subject_version WHERE subject_key = ?1");

        // The earlier audit entries about the person keep their place, action, time, user and hash, and lose
        // whose they were: they name the Erase entry that follows instead (anonymise_audit).
        std::int64_t erasure_no = 1;
        {
            sql::Statement last(db_.sql(), "SELECT coalesce(max(audit_no), 0) + 1 FROM audit_log");
            last.step();
            erasure_no = last.column(0).int64();
        }
        const std::int64_t anonymised = anonymise_audit(id, changes, audit_anonymous_detail(erasure_no));
        for (const auto change : changes) {
            sql::Statement parts(db_.sql(), "DELETE FROM change_part WHERE change_no = ?");
            parts.bind(1, change);
            parts.exec();
            sql::Statement log(db_.sql(), "DELETE FROM change_log WHERE change_no = ?");
            log.bind(1, change);
            log.exec();
        }
        run("DELETE FROM subject WHERE subject_key = ?1");

        AuditEntry entry;
        entry.when = utc_stamp_now();
        entry.user = principal_.name();
        entry.action = AuditAction::Erase;
        entry.kind = SubjectKind::Person;
        entry.subject = id;
        entry.detail = audit_erasure_detail(anonymised, reason);
        append_audit(db_, entry);
        return Erasure{entry.number, anonymised, false};
    }

    void log_photo_change(SubjectKind kind, const std::string& id, std::int64_t subject_key,
                          const std::string& when, ChangeWhat what) {
        const std::int64_t change = write_change(db_, principal_.name(), when, ChangeTarget{kind, id, {}},
                                                 {ChangePart{what, 0, {}, std::nullopt}});
        sql::Statement mark(db_.sql(), "INSERT INTO photo_change (change_no, subject_key) VALUES (?, ?)");
        mark.bind(1, change);
        mark.bind(2, subject_key);
        mark.exec();
    }

    std::vector<SubjectRecords> scan_subjects(const ScanFilter& filter) const {
        std::vector<SubjectRecords> found;
        RecordScan(db_, filter).run([&](const Subject& subject, std::vector<Record>& records) {
            found.push_back(SubjectRecords{subject, std::move(records)});
        });
        return found;
    }

    std::vector<Record> scan_one(const ScanFilter& filter) const {
        ReadSnapshot snapshot(db_.sql());
        auto found = scan_subjects(filter);
        return found.empty() ? std::vector<Record>{} : std::move(found.front().records);
    }

    void write_subject_records(RecordWriter& writer, const Subject& subject,
                               const std::vector<Record>& records) {
        const auto row = writer.write_subject(subject);
        std::set<std::string> tools;
        for (const auto& record : records) {
            if (!tools.insert(record.tool).second)
                throw StorageError(
                    // TRANSLATORS: {1} is who ("person P-1"), {2} a tool ("one-page-profile").
                    fill_in(tr("Cannot import: {1} has two {2} records. Keep one of them and import again."),
                            owner_words(subject.kind, subject.id), record.tool));
            writer.write_record(row.key, subject.kind, subject.id, row.added, record, std::nullopt,
                                owner_words(subject.kind, subject.id));
        }
    }

    // Every assessment with its scores, evidence, actions and plans: one query per table, joined up by key.
    // Every assessment, or only the one of `only`.
    std::vector<WorkbookAssessment> read_assessments(std::optional<std::int64_t> only = std::nullopt) const {
        // Each query reads one assessment's rows when asked for one; the key is bound, never spliced.
        const auto filtered = [&](std::string sql, const char* key_column, const char* order) {
            if (only) sql += std::string(" WHERE ") + key_column + " = :only";
            sql::Statement statement(db_.sql(), sql + " ORDER BY " + order);
            if (only) statement.bind(":only", *only);
            return statement;
        };
        std::map<std::int64_t, WorkbookAssessment> parts;
        sql::Statement score_rows = filtered(
            "SELECT s.assessment_key, s.topic, s.score_level, s.note, e.measure, e.subject_count, "
            "e.subject_total, e.coverage, e.suggested FROM assessment_score s LEFT JOIN score_evidence e "
            "ON e.assessment_key = s.assessment_key AND e.score_position = s.score_position",
            "s.assessment_key", "s.assessment_key, s.score_position");
        while (score_rows.step()) {
            TopicScore score;
            score.topic = score_rows.column(1).text();
            score.level = level_column(score_rows.column(2));
            score.note = score_rows.column(3).text();
            if (!score_rows.column(4).is_null())
                score.evidence = EvidenceSnapshot{
                    score_rows.column(4).text(), score_rows.column(5).int64(), score_rows.column(6).int64(),
                    score_rows.column(7).integer(), level_column(score_rows.column(8))};
            parts[score_rows.column(0).int64()].scores.push_back(std::move(score));
        }
        sql::Statement action_rows = filtered(
            "SELECT assessment_key, topic, target_level, action_text, who, by_when, done_on "
            "FROM assessment_action",
            "assessment_key", "assessment_key, action_position");
        while (action_rows.step())
            parts[action_rows.column(0).int64()].actions.push_back(
                TopicAction{action_rows.column(1).text(), level_column(action_rows.column(2)),
                            action_rows.column(3).text(), action_rows.column(4).text(),
                            day_column(action_rows.column(5)), day_column(action_rows.column(6))});
        sql::Statement plan_rows = filtered(
            "SELECT assessment_key, topic, why, first_steps, who, by_when, who_else_knows, "
            "how_get_help, support_inside, support_outside, success, priority, will_have_changed, will_see, "
            "will_feel, will_hear FROM assessment_plan",
            "assessment_key", "assessment_key, plan_position");
        while (plan_rows.step()) {
            DetailedPlan plan;
            plan.topic = plan_rows.column(1).text();
            plan.why = plan_rows.column(2).text();
            plan.first_steps = plan_rows.column(3).text();
            plan.who = plan_rows.column(4).text();
            plan.by_when = day_column(plan_rows.column(5));
            plan.who_else_knows = plan_rows.column(6).text();
            plan.how_get_help = plan_rows.column(7).text();
            plan.support_inside = plan_rows.column(8).text();
            plan.support_outside = plan_rows.column(9).text();
            plan.success = plan_rows.column(10).text();
            // A rank this program does not know (written by a newer one) reads as not ranked.
            plan.priority =
                plan_priority_from_string(plan_rows.column(11).text()).value_or(PlanPriority::Unranked);
            plan.will_have_changed = plan_rows.column(12).text();
            plan.will_see = plan_rows.column(13).text();
            plan.will_feel = plan_rows.column(14).text();
            plan.will_hear = plan_rows.column(15).text();
            parts[plan_rows.column(0).int64()].plans.push_back(std::move(plan));
        }
        std::vector<WorkbookAssessment> found;
        sql::Statement rows =
            filtered("SELECT assessment_key, assessed_on, workbook, participation FROM assessment",
                     "assessment_key", "assessed_on, workbook");
        while (rows.step()) {
            const auto date = Date::parse(rows.column(1).text());
            if (!date) continue;
            WorkbookAssessment assessment = std::move(parts[rows.column(0).int64()]);
            assessment.date = *date;
            assessment.workbook = rows.column(2).text();
            assessment.participation =
                participation_from_string(rows.column(3).text()).value_or(Participation::Unsaid);
            found.push_back(std::move(assessment));
        }
        return found;
    }

    std::optional<std::int64_t> find_assessment(const Date& date, const std::string& workbook) const {
        auto& find =
            db_.cached("SELECT assessment_key FROM assessment WHERE assessed_on = ? AND workbook = ?");
        find.bind(1, date.iso());
        find.bind(2, workbook);
        std::optional<std::int64_t> key;
        if (find.step()) key = find.column(0).int64();
        find.reset();
        return key;
    }

    // Removes everything the assessment holds but its own row; evidence first, as it refers to the scores.
    void clear_assessment(std::int64_t key) {
        for (const char* sql : {"DELETE FROM score_evidence WHERE assessment_key = ?",
                                "DELETE FROM assessment_score WHERE assessment_key = ?",
                                "DELETE FROM assessment_action WHERE assessment_key = ?",
                                "DELETE FROM assessment_plan WHERE assessment_key = ?"}) {
            auto& clear = db_.cached(sql);
            clear.bind(1, key);
            clear.exec();
            clear.reset();
        }
    }

    void log_assessment_change(const std::string& workbook, const Date& date, int version,
                               const std::string& when, const std::vector<ChangePart>& parts) {
        const std::int64_t change = write_change(
            db_, principal_.name(), when, ChangeTarget{std::nullopt, {}, workbook + " " + date.iso()}, parts);
        auto& mark = db_.cached(
            "INSERT INTO assessment_change (change_no, workbook, assessed_on, version_no) VALUES (?, ?, ?, "
            "?)");
        mark.bind(1, change);
        mark.bind(2, workbook);
        mark.bind(3, date.iso());
        mark.bind(4, version);
        mark.exec();
        mark.reset();
    }

    // Writes the assessment as its next version and logs what changed; returns the version it is at (the
    // same one when nothing differs, and nothing is written).
    int write_assessment(const WorkbookAssessment& assessment, const std::string& when) {
        auto key = find_assessment(assessment.date, assessment.workbook);
        int version = 1;
        if (key) {
            const auto stored = read_assessments(*key);
            auto& current = db_.cached("SELECT version_no FROM assessment WHERE assessment_key = ?");
            current.bind(1, *key);
            current.step();
            version = current.column(0).integer();
            current.reset();
            const auto parts =
                describe_assessment_change(stored.empty() ? nullptr : &stored.front(), assessment);
            if (parts.empty()) return version;
            ++version;
            log_assessment_change(assessment.workbook, assessment.date, version, when, parts);
            auto& bump = db_.cached(
                "UPDATE assessment SET version_no = ?, participation = ? WHERE assessment_key = ?");
            bump.bind(1, version);
            bump.bind(2, std::string(to_string(assessment.participation)));
            bump.bind(3, *key);
            bump.exec();
            bump.reset();
            clear_assessment(*key);
        } else {
            auto& insert = db_.cached(
                "INSERT INTO assessment (assessed_on, workbook, version_no, participation) VALUES (?, ?, 1, "
                "?) "
                "RETURNING assessment_key");
            insert.bind(1, assessment.date.iso());
            insert.bind(2, assessment.workbook);
            insert.bind(3, std::string(to_string(assessment.participation)));
            insert.step();
            key = insert.column(0).int64();
            insert.reset();
            log_assessment_change(assessment.workbook, assessment.date, version, when,
                                  describe_assessment_change(nullptr, assessment));
        }
        auto& insert_score = db_.cached(
            "INSERT INTO assessment_score (assessment_key, score_position, topic, score_level, note) "
            "VALUES (?, ?, ?, ?, ?)");
        auto& insert_evidence = db_.cached(
            "INSERT INTO score_evidence (assessment_key, score_position, measure, subject_count, "
            "subject_total, "
            "coverage, suggested) VALUES (?, ?, ?, ?, ?, ?, ?)");
        int position = 0;
        for (const auto& score : assessment.scores) {
            insert_score.bind(1, *key);
            insert_score.bind(2, position);
            insert_score.bind(3, score.topic);
            bind_level(insert_score, 4, score.level);
            insert_score.bind(5, score.note);
            insert_score.exec();
            insert_score.reset();
            if (const auto& e = score.evidence) {
                insert_evidence.bind(1, *key);
                insert_evidence.bind(2, position);
                insert_evidence.bind(3, e->measure);
                insert_evidence.bind(4, static_cast<std::int64_t>(e->count));
                insert_evidence.bind(5, static_cast<std::int64_t>(e->total));
                insert_evidence.bind(6, e->coverage);
                bind_level(insert_evidence, 7, e->suggested);
                insert_evidence.exec();
                insert_evidence.reset();
            }
            ++position;
        }
        auto& insert_action = db_.cached(
            "INSERT INTO assessment_action (assessment_key, action_position, topic, target_level, "
            "action_text, who, "
            "by_when, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        position = 0;
        for (const auto& action : assessment.actions) {
            insert_action.bind(1, *key);
            insert_action.bind(2, position++);
            insert_action.bind(3, action.topic);
            bind_level(insert_action, 4, action.target_level);
            insert_action.bind(5, action.action);
            insert_action.bind(6, action.who);
            bind_day(insert_action, 7, action.by_when);
            bind_day(insert_action, 8, action.done);
            insert_action.exec();
            insert_action.reset();
        }
        auto& insert_plan = db_.cached(
            "INSERT INTO assessment_plan (assessment_key, plan_position, topic, why, first_steps, who, "
            "by_when, "
            "who_else_knows, how_get_help, support_inside, support_outside, success, priority, "
            "will_have_changed, will_see, will_feel, will_hear) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        position = 0;
        for (const auto& plan : assessment.plans) {
            insert_plan.bind(1, *key);
            insert_plan.bind(2, position++);
            insert_plan.bind(3, plan.topic);
            insert_plan.bind(4, plan.why);
            insert_plan.bind(5, plan.first_steps);
            insert_plan.bind(6, plan.who);
            bind_day(insert_plan, 7, plan.by_when);
            insert_plan.bind(8, plan.who_else_knows);
            insert_plan.bind(9, plan.how_get_help);
            insert_plan.bind(10, plan.support_inside);
            insert_plan.bind(11, plan.support_outside);
            insert_plan.bind(12, plan.success);
            insert_plan.bind(13, std::string(to_string(plan.priority)));
            insert_plan.bind(14, plan.will_have_changed);
            insert_plan.bind(15, plan.will_see);
            insert_plan.bind(16, plan.will_feel);
            insert_plan.bind(17, plan.will_hear);
            insert_plan.exec();
            insert_plan.reset();
        }
        return version;
    }

    mutable Database db_;
    Principal principal_;
    mutable StatusTable statuses_;
    AccountTable accounts_{db_, principal_.name()};
    std::string backup_problem_;
    // sqlite3_total_changes64 when this store last made an automatic backup (-1: it has made none).
    sqlite3_int64 backed_up_at_ = -1;
};

IntegrityReport SqliteStore::check() const {
    IntegrityReport report;
    auto& problems = report.problems;
    try {
        ReadSnapshot snapshot(db_.sql());
        // A server checks its pages and every reference itself, as each row is written.
        if (!on_server()) {
            sql::Statement integrity(db_.sql(), "PRAGMA integrity_check");
            while (integrity.step()) {
                const std::string line = integrity.column(0).text();
                // TRANSLATORS: {1} is SQLite's own description of the damage, in English.
                if (line != "ok") problems.push_back(fill_in(tr("The file is damaged: {1}."), line));
            }
            sql::Statement foreign(db_.sql(), "PRAGMA foreign_key_check");
            while (foreign.step())
                // TRANSLATORS: {1} is a row number, {2} and {3} names of tables in the database.
                problems.push_back(fill_in(tr("Row {1} of table {2} refers to a {3} that does not exist."),
                                           foreign.column(1).text(), foreign.column(0).text(),
                                           foreign.column(2).text()));
        }

        // Left joins, so rows whose owner is missing (already reported above) are still checked.
        const auto owner = [](sql::Statement& row, int first) {
            return row.column(first).is_null()
                       ? tr("a missing subject")
                       : row.column(first).text() + " " + row.column(first + 1).text();
        };
        sql::Statement records(db_.sql(),
                               "SELECT s.kind, s.ext_id, r.tool_id, r.version_no FROM record r "
                               "LEFT JOIN subject s ON s.subject_key = r.subject_key WHERE NOT EXISTS "
                               "(SELECT 1 FROM record_version rv WHERE rv.record_key = r.record_key "
                               "AND rv.version_no = r.version_no) "
                               "ORDER BY s.kind NULLS FIRST, s.ext_id NULLS FIRST, r.tool_id");
        while (records.step())
            problems.push_back(fill_in(
                // TRANSLATORS: {1} is a tool ("one-page-profile"), {2} whose record ("person P-1" or "a
                // missing subject"), {3} a version number.
                tr("The {1} record of {2} is at version {3} but its history has no such version."),
                records.column(2).text(), owner(records, 0), records.column(3).text()));

        sql::Statement subjects(db_.sql(),
                                "SELECT s.kind, s.ext_id, s.version_no FROM subject s WHERE NOT EXISTS "
                                "(SELECT 1 FROM subject_version sv WHERE sv.subject_key = s.subject_key "
                                "AND sv.version_no = s.version_no) ORDER BY s.kind, s.ext_id");
        while (subjects.step())
            problems.push_back(fill_in(
                // TRANSLATORS: {1} is a kind of subject as the database names it ("person", "staff", "team"),
                // {2} their id, {3} a version number.
                tr("The details of {1} {2} are at version {3} but their history has no such version."),
                subjects.column(0).text(), subjects.column(1).text(), subjects.column(2).text()));

        sql::Statement ahead(db_.sql(),
                             "SELECT s.kind, s.ext_id, r.tool_id, count(*) FROM entry e "
                             "JOIN record r ON r.record_key = e.record_key "
                             "LEFT JOIN subject s ON s.subject_key = r.subject_key "
                             "WHERE e.since_version > r.version_no OR e.until_version > r.version_no "
                             "GROUP BY s.kind, s.ext_id, r.tool_id "
                             "ORDER BY s.kind NULLS FIRST, s.ext_id NULLS FIRST, r.tool_id");
        while (ahead.step()) {
            const auto entries = static_cast<unsigned long>(ahead.column(3).int64());
            problems.push_back(fill_in(
                // TRANSLATORS: {1} is a tool ("one-page-profile"), {2} whose record ("person P-1" or "a
                // missing subject"), {3} the count of entries.
                tr_n("The {1} record of {2} has {3} entry from a version it has not reached.",
                     "The {1} record of {2} has {3} entries from versions it has not reached.", entries),
                ahead.column(2).text(), owner(ahead, 0), entries));
        }

        sql::Statement doubled(
            db_.sql(),
            "SELECT s.kind, s.ext_id, r.tool_id FROM entry e "
            "JOIN record r ON r.record_key = e.record_key "
            "LEFT JOIN subject s ON s.subject_key = r.subject_key WHERE e.until_version IS NULL "
            "GROUP BY s.kind, s.ext_id, r.tool_id, e.section_position, e.entry_position "
            "HAVING count(*) > 1 ORDER BY s.kind NULLS FIRST, s.ext_id NULLS FIRST, r.tool_id");
        std::set<std::string> reported;
        while (doubled.step()) {
            // TRANSLATORS: {1} is a tool ("one-page-profile"), {2} whose record ("person P-1" or "a missing
            // subject").
            std::string line = fill_in(tr("The {1} record of {2} has two current entries in the same place."),
                                       doubled.column(2).text(), owner(doubled, 0));
            if (reported.insert(line).second) problems.push_back(std::move(line));
        }

        sql::Statement keys(db_.sql(),
                            "SELECT kind, ext_id, full_name, preferred_name, search_key FROM subject "
                            "ORDER BY kind, ext_id");
        while (keys.step())
            if (subject_search_key(keys.column(2).text(), keys.column(3).text()) != keys.column(4).text())
                problems.push_back(
                    // TRANSLATORS: {1} is a kind of subject as the database names it ("person", "staff",
                    // "team"), {2} their id.
                    fill_in(tr("The search key of {1} {2} does not match their name, so searches "
                               "may miss them. Save their details again to mend it."),
                            keys.column(0).text(), keys.column(1).text()));
        for (auto& problem : check_audit(db_.sql())) problems.push_back(std::move(problem));
    } catch (const sql::Error& e) {
        problems.push_back(db_.error(tr("check the database"), e).what());
    }
    return report;
}

void SqliteStore::backup(const std::filesystem::path& target) const {
    if (!on_server()) return copy_database(db_.sqlite(), db_.file(), target);
    // A server's copy is a database file, which opens anywhere (and moves back with `migrate`). Written under
    // a temporary name and renamed at the end, as a file's backup is, so a failed or killed backup never
    // looks like a good one; what killed ones left in that folder goes first.
    refuse_existing_backup(target);
    const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    remove_stale_temporaries(folder);
    const std::filesystem::path partial = temporary_name(target);
    try {
        {
            Database copy(partial, OpenMode::CreateIfMissing);
            copy_contents(db_, copy);
            // One file, with nothing left in a log beside it, before it takes the backup's name.
            copy.sqlite().exec("PRAGMA journal_mode = DELETE");
        }
        refuse_existing_backup(target);
        std::filesystem::rename(partial, target);
    } catch (...) {
        std::error_code ec;
        for (const auto& file : sqlite_files(partial)) std::filesystem::remove(file, ec);
        throw;
    }
}

}  // namespace

std::vector<std::filesystem::path> sqlite_files(const std::filesystem::path& file) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::path one = file;
        one += suffix;
        if (std::filesystem::exists(one, ec)) files.push_back(std::move(one));
    }
    return files;
}

std::filesystem::path restore_sqlite_file(const std::filesystem::path& file,
                                          const std::filesystem::path& from) {
    return restore_database(from, file);
}

CopyCounts copy_store_contents(const StoreLocation& from, const StoreLocation& to, const std::string& who) {
    Database source(from, OpenMode::Existing);
    const bool new_file = !to.is_server() && !std::filesystem::exists(to.file());
    try {
        Database target(to, OpenMode::CreateIfMissing);
        const CopyCounts counts = copy_contents(source, target);
        AuditEntry entry;
        entry.when = utc_stamp_now();
        entry.user = who;
        entry.action = AuditAction::Import;
        entry.detail = "copy of " + source.where();
        guarded(target, tr("record the copy in the audit trail"), [&] {
            WriteTransaction transaction(target.sql());
            append_audit(target, entry);
            transaction.commit();
        });
        return counts;
    } catch (...) {
        // A file made for the copy goes with it; a server database stays, empty, as it was.
        if (new_file)
            for (const auto& file : sqlite_files(to.file())) std::filesystem::remove(file);
        throw;
    }
}

int sqlite_schema_version() {
    return latest_schema_version();
}

std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& file, const Principal& acting,
                                         OpenMode mode, DailyBackup daily) {
    return std::make_unique<SqliteStore>(StoreLocation(file), acting, mode, daily);
}

std::unique_ptr<Store> open_server_store(const std::string& uri, const Principal& acting, OpenMode mode) {
    return std::make_unique<SqliteStore>(StoreLocation::parse(uri), acting, mode, DailyBackup::Later);
}

}  // namespace pcr::model
