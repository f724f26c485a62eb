// The schema of a pcrecords database, version by version, and the code that applies the steps.
#include "model/sqlite/migrations.h"

#include <algorithm>

#include "model/core/text.h"
#include "model/sql/postgres_dialect.h"
#include "model/sql/statement.h"
#include "model/sqlite/audit_log.h"
#include "model/sqlite/database.h"

namespace pcr::model {

namespace {

// Version 1: subjects, records and their entries with full history, and workbook assessments.
// Entries are versioned by range (since_version, until_version) so a save only writes what changed.
// Entry position 0 of a section holds the section's own text; its list items and rows count from 1.
Migration base_schema() {
    return {1,
            "people, staff, the team, their records with history, and workbook assessments",
            {
                R"(CREATE TABLE change_log (
                     change_no INTEGER PRIMARY KEY,
                     changed_at TEXT NOT NULL,
                     changed_by TEXT NOT NULL,
                     summary TEXT NOT NULL))",
                R"(CREATE TABLE subject (
                     subject_key INTEGER PRIMARY KEY,
                     kind TEXT NOT NULL CHECK (kind IN ('person', 'staff', 'team')),
                     ext_id TEXT NOT NULL CHECK (ext_id <> ''),
                     full_name TEXT NOT NULL,
                     preferred_name TEXT NOT NULL,
                     born_on TEXT,
                     status TEXT NOT NULL CHECK (status IN ('active', 'archived')),
                     version_no INTEGER NOT NULL,
                     UNIQUE (kind, ext_id)))",
                R"(CREATE TABLE subject_version (
                     subject_key INTEGER NOT NULL REFERENCES subject (subject_key),
                     version_no INTEGER NOT NULL,
                     change_no INTEGER NOT NULL REFERENCES change_log (change_no),
                     full_name TEXT NOT NULL,
                     preferred_name TEXT NOT NULL,
                     born_on TEXT,
                     status TEXT NOT NULL,
                     PRIMARY KEY (subject_key, version_no)))",
                R"(CREATE TABLE record (
                     record_key INTEGER PRIMARY KEY,
                     subject_key INTEGER NOT NULL REFERENCES subject (subject_key),
                     tool_id TEXT NOT NULL,
                     reviewed_on TEXT,
                     version_no INTEGER NOT NULL,
                     UNIQUE (subject_key, tool_id)))",
                R"(CREATE TABLE record_version (
                     record_key INTEGER NOT NULL REFERENCES record (record_key),
                     version_no INTEGER NOT NULL,
                     change_no INTEGER NOT NULL REFERENCES change_log (change_no),
                     reviewed_on TEXT,
                     PRIMARY KEY (record_key, version_no)))",
                R"(CREATE TABLE entry (
                     entry_key INTEGER PRIMARY KEY,
                     record_key INTEGER NOT NULL REFERENCES record (record_key),
                     section_id TEXT NOT NULL,
                     section_position INTEGER NOT NULL,
                     entry_position INTEGER NOT NULL,
                     entry_date TEXT,
                     body TEXT NOT NULL,
                     since_version INTEGER NOT NULL,
                     until_version INTEGER,
                     CHECK (until_version IS NULL OR until_version > since_version)))",
                R"(CREATE INDEX entry_current ON entry (record_key, section_position, entry_position)
                     WHERE until_version IS NULL)",
                R"(CREATE TABLE cell (
                     entry_key INTEGER NOT NULL REFERENCES entry (entry_key),
                     cell_position INTEGER NOT NULL,
                     column_id TEXT NOT NULL,
                     cell_text TEXT NOT NULL,
                     PRIMARY KEY (entry_key, cell_position)))",
                R"(CREATE TABLE attendee (
                     entry_key INTEGER NOT NULL,
                     cell_position INTEGER NOT NULL,
                     attendee_position INTEGER NOT NULL,
                     attendee_role TEXT NOT NULL,
                     attendee_name TEXT NOT NULL,
                     PRIMARY KEY (entry_key, cell_position, attendee_position),
                     FOREIGN KEY (entry_key, cell_position) REFERENCES cell (entry_key, cell_position)))",
                R"(CREATE TABLE assessment (
                     assessment_key INTEGER PRIMARY KEY,
                     assessed_on TEXT NOT NULL,
                     workbook TEXT NOT NULL,
                     UNIQUE (assessed_on, workbook)))",
                R"(CREATE TABLE assessment_score (
                     assessment_key INTEGER NOT NULL REFERENCES assessment (assessment_key),
                     score_position INTEGER NOT NULL,
                     topic TEXT NOT NULL,
                     score_level INTEGER CHECK (score_level BETWEEN 1 AND 5),
                     note TEXT NOT NULL,
                     PRIMARY KEY (assessment_key, score_position)))",
            },
            {}};
}

// Version 2: case- and accent-insensitive search needs a folded copy of the names, which SQL cannot compute
// portably, so existing subjects get theirs here. And one index of entries by record, current ones first in
// place order, replaces the partial index: it serves both the current record and reading an older version,
// and bulk imports keep one index up to date instead of two.
Migration search_and_history() {
    return {2,
            "search ignoring case and accents, and reading older versions quickly",
            {
                "ALTER TABLE subject ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
                "DROP INDEX entry_current",
                "CREATE INDEX entry_by_record ON entry (record_key, until_version, section_position, "
                "entry_position)",
            },
            [](sql::Connection& db) {
                sql::Statement read(db, "SELECT subject_key, full_name, preferred_name FROM subject");
                sql::Statement write(db, "UPDATE subject SET search_key = ? WHERE subject_key = ?");
                while (read.step()) {
                    write.bind(1, subject_search_key(read.column(1).text(), read.column(2).text()));
                    write.bind(2, read.column(0).int64());
                    write.exec();
                    write.reset();
                }
            }};
}

// Version 3: a photo per subject for the one-page profile, and which changes in the change log were photo
// changes, so they show in the subject's history.
Migration subject_photos() {
    return {3,
            "a photo for each person and staff member",
            {
                R"(CREATE TABLE subject_photo (
                     subject_key INTEGER PRIMARY KEY REFERENCES subject (subject_key),
                     mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
                     bytes BLOB NOT NULL,
                     updated_at TEXT NOT NULL))",
                R"(CREATE TABLE photo_change (
                     change_no INTEGER PRIMARY KEY REFERENCES change_log (change_no),
                     subject_key INTEGER NOT NULL REFERENCES subject (subject_key)))",
            },
            {}};
}

// Version 4: what an assessment keeps besides its scores: the evidence each score stood beside that day, the
// action summary and the detailed action plans. Evidence is a table of its own because self-assessed topics
// and assessments from before evidence have none.
Migration assessment_evidence_and_actions() {
    return {4,
            "evidence kept with each workbook score, and the assessment's actions and detailed plans",
            {
                R"(CREATE TABLE score_evidence (
                     assessment_key INTEGER NOT NULL,
                     score_position INTEGER NOT NULL,
                     measure TEXT NOT NULL,
                     subject_count INTEGER NOT NULL CHECK (subject_count >= 0),
                     subject_total INTEGER NOT NULL CHECK (subject_total >= 0),
                     coverage INTEGER NOT NULL CHECK (coverage BETWEEN 0 AND 100),
                     suggested INTEGER CHECK (suggested BETWEEN 1 AND 5),
                     PRIMARY KEY (assessment_key, score_position),
                     FOREIGN KEY (assessment_key, score_position)
                       REFERENCES assessment_score (assessment_key, score_position)))",
                R"(CREATE TABLE assessment_action (
                     assessment_key INTEGER NOT NULL REFERENCES assessment (assessment_key),
                     action_position INTEGER NOT NULL,
                     topic TEXT NOT NULL,
                     target_level INTEGER CHECK (target_level BETWEEN 1 AND 5),
                     action_text TEXT NOT NULL,
                     who TEXT NOT NULL,
                     by_when TEXT,
                     done_on TEXT,
                     PRIMARY KEY (assessment_key, action_position)))",
                R"(CREATE TABLE assessment_plan (
                     assessment_key INTEGER NOT NULL REFERENCES assessment (assessment_key),
                     plan_position INTEGER NOT NULL,
                     topic TEXT NOT NULL,
                     why TEXT NOT NULL,
                     first_steps TEXT NOT NULL,
                     who TEXT NOT NULL,
                     by_when TEXT,
                     who_else_knows TEXT NOT NULL,
                     how_get_help TEXT NOT NULL,
                     support_inside TEXT NOT NULL,
                     support_outside TEXT NOT NULL,
                     success TEXT NOT NULL,
                     PRIMARY KEY (assessment_key, plan_position)))",
            },
            {}};
}

// Version 5: a change kept as data (what changed, how many, in which section, to which day) rather than as
// English words, so history can be worded in the reader's language. Changes written before keep their words
// in change_log.summary and have no parts.
Migration change_parts() {
    return {5,
            "what each change did, kept as data",
            {
                R"(CREATE TABLE change_part (
                     change_no INTEGER NOT NULL REFERENCES change_log (change_no),
                     part_position INTEGER NOT NULL,
                     what TEXT NOT NULL,
                     amount INTEGER NOT NULL,
                     section_id TEXT NOT NULL,
                     day TEXT,
                     PRIMARY KEY (change_no, part_position)) WITHOUT ROWID)",
            },
            {}};
}

// Version 6: assessments are versioned like records, and every save or removal of one is a change in the log
// (the workbook and day are kept with it, so the line outlives a removed assessment).
Migration assessment_versions() {
    return {6,
            "a version and a history for each workbook assessment",
            {
                "ALTER TABLE assessment ADD COLUMN version_no INTEGER NOT NULL DEFAULT 1",
                R"(CREATE TABLE assessment_change (
                     change_no INTEGER PRIMARY KEY REFERENCES change_log (change_no),
                     workbook TEXT NOT NULL,
                     assessed_on TEXT NOT NULL,
                     version_no INTEGER NOT NULL))",
                "CREATE INDEX assessment_change_workbook ON assessment_change (workbook, change_no)",
            },
            {}};
}

// Version 7: the accounts of the people who use pcrecords. A password is kept only as its Argon2id hash, and
// the table refuses anything else in that column. Times are UTC stamps; the expiry is a day.
Migration accounts() {
    return {7,
            "accounts: who may sign in, with what role",
            {
                R"(CREATE TABLE account (
                     user_name TEXT PRIMARY KEY COLLATE NOCASE CHECK (user_name <> ''),
                     full_name TEXT NOT NULL,
                     role TEXT NOT NULL
                       CHECK (role IN ('support-worker', 'senior', 'manager', 'administrator')),
                     staff_id TEXT,
                     expires_on TEXT,
                     disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                     failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
                     locked_until TEXT,
                     last_sign_in TEXT,
                     password_hash TEXT NOT NULL CHECK (substr(password_hash, 1, 10) = '$argon2id$')))",
            },
            {},
            {},
            // User names match whatever their case, as NOCASE makes them match in SQLite.
            {"CREATE UNIQUE INDEX account_name_any_case ON account (lower(user_name))"}};
}

// Version 8: the audit trail. Append-only (triggers refuse UPDATE and DELETE) and hash-chained, so an entry
// changed, removed or inserted by another program after dropping the triggers is found by the check. Every
// change already in the history gets its entry here, in order, so the trail covers what came before.
Migration audit_trail() {
    return {
        8,
        "an audit trail of who did what, that cannot be rewritten unnoticed",
        {
            R"(CREATE TABLE audit_log (
                     audit_no INTEGER PRIMARY KEY,
                     logged_at TEXT NOT NULL,
                     user_name TEXT NOT NULL,
                     action TEXT NOT NULL,
                     subject_kind TEXT,
                     subject_id TEXT,
                     change_no INTEGER REFERENCES change_log (change_no),
                     detail TEXT NOT NULL,
                     prev_hash TEXT NOT NULL,
                     hash TEXT NOT NULL))",
            "CREATE INDEX audit_by_subject ON audit_log (subject_kind, subject_id)",
        },
        [](sql::Connection& db) {
            // What each change was to, from the table that points at it.
            sql::Statement changes(
                db,
                "SELECT c.change_no, c.changed_at, c.changed_by, "
                "coalesce(s1.kind, s2.kind, s3.kind), coalesce(s1.ext_id, s2.ext_id, s3.ext_id), "
                "coalesce(r.tool_id, ac.workbook || ' ' || ac.assessed_on, '') FROM change_log c "
                "LEFT JOIN subject_version sv ON sv.change_no = c.change_no "
                "LEFT JOIN subject s1 ON s1.subject_key = sv.subject_key "
                "LEFT JOIN record_version rv ON rv.change_no = c.change_no "
                "LEFT JOIN record r ON r.record_key = rv.record_key "
                "LEFT JOIN subject s2 ON s2.subject_key = r.subject_key "
                "LEFT JOIN photo_change pc ON pc.change_no = c.change_no "
                "LEFT JOIN subject s3 ON s3.subject_key = pc.subject_key "
                "LEFT JOIN assessment_change ac ON ac.change_no = c.change_no ORDER BY c.change_no");
            sql::Statement last(db, AuditAppender::kLastSql);
            sql::Statement insert(db, AuditAppender::kInsertSql);
            AuditAppender appender(last, insert);
            while (changes.step()) {
                AuditEntry entry;
                entry.change = changes.column(0).int64();
                entry.when = changes.column(1).text();
                entry.user = changes.column(2).text();
                entry.action = AuditAction::Change;
                if (!changes.column(3).is_null()) {
                    entry.kind = subject_kind_from_string(changes.column(3).text());
                    if (entry.kind) entry.subject = changes.column(4).text();
                }
                entry.detail = changes.column(5).text();
                appender.append(entry);
            }
        },
        {
            R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                     BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END)",
            R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                     BEGIN SELECT RAISE(ABORT, 'entries cannot be removed from the audit trail'); END)",
        },
        // The same rule on a server, where a trigger calls a function. The program's own server account
        // also may not update or delete the table at all (docs/server-roles.sql); erasure, which
        // anonymises entries, goes through pcr_anonymise_audit below.
        {
            R"(CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                     BEGIN
                       IF TG_OP = 'UPDATE' AND current_setting('pcrecords.erasing', true) = 'on' THEN
                         RETURN NEW;
                       END IF;
                       RAISE EXCEPTION '%', TG_ARGV[0];
                     END $$)",
            R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
                     EXECUTE FUNCTION audit_log_refuse('the audit trail cannot be changed'))",
            R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
                     EXECUTE FUNCTION audit_log_refuse('entries cannot be removed from the audit trail'))",
            R"(CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT
                     EXECUTE FUNCTION audit_log_refuse('entries cannot be removed from the audit trail'))",
            // Erasing a person makes the earlier entries about them anonymous: the one change to the trail
            // there is, which the program's account (no UPDATE on the table) makes through this function
            // of the schema's owner.
            R"(CREATE FUNCTION pcr_anonymise_audit(erased_kind TEXT, erased_id TEXT, erased_changes BIGINT[],
                                                       new_detail TEXT) RETURNS BIGINT
                     LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
                     DECLARE
                       changed BIGINT;
                     BEGIN
                       PERFORM set_config('pcrecords.erasing', 'on', true);
                       UPDATE audit_log SET subject_id = '', change_no = NULL, detail = new_detail
                         WHERE (subject_kind = erased_kind AND subject_id = erased_id)
                            OR change_no = ANY (erased_changes);
                       GET DIAGNOSTICS changed = ROW_COUNT;
                       PERFORM set_config('pcrecords.erasing', 'off', true);
                       RETURN changed;
                     END $$)",
        }};
}

// Version 9: sign-offs. A senior or manager vouches for one version of a record; the change log keeps who and
// when, this table which record and version and the comment.
Migration record_sign_offs() {
    return {9,
            "sign-off of records",
            {
                R"(CREATE TABLE sign_off (
                     change_no INTEGER PRIMARY KEY REFERENCES change_log (change_no),
                     record_key INTEGER NOT NULL REFERENCES record (record_key),
                     version_no INTEGER NOT NULL,
                     comment TEXT NOT NULL))",
                "CREATE INDEX sign_off_record ON sign_off (record_key, change_no)",
            },
            {}};
}

// Version 10: teams and caseloads. People and staff belong to teams (subjects of kind team), and a person may
// have a key worker (a staff member). Each change to either is in the change log, marked here with whose it
// is, so it shows in their history and the audit trail. Indexes by team and by key worker keep a support
// worker's caseload quick among 10,000 people.
Migration teams_and_key_workers() {
    return {10,
            "teams, who belongs to them, and key workers",
            {
                R"(CREATE TABLE membership (
                     subject_key INTEGER NOT NULL REFERENCES subject (subject_key),
                     team_key INTEGER NOT NULL REFERENCES subject (subject_key),
                     PRIMARY KEY (subject_key, team_key)) WITHOUT ROWID)",
                "CREATE INDEX membership_by_team ON membership (team_key, subject_key)",
                R"(CREATE TABLE key_worker (
                     person_key INTEGER PRIMARY KEY REFERENCES subject (subject_key),
                     staff_key INTEGER NOT NULL REFERENCES subject (subject_key)))",
                "CREATE INDEX key_worker_by_staff ON key_worker (staff_key, person_key)",
                R"(CREATE TABLE assignment_change (
                     change_no INTEGER PRIMARY KEY REFERENCES change_log (change_no),
                     subject_key INTEGER NOT NULL REFERENCES subject (subject_key)))",
                "CREATE INDEX assignment_change_by_subject ON assignment_change (subject_key, change_no)",
            },
            {}};
}

// Version 11: each record's judgement (domain/completeness.h), kept in the transaction that saves the record,
// so "complete and current on day D" is one comparison per row of a small table instead of a walk over every
// entry. current_until is the last day the record is current ('9999-12-31': it never goes out of date; NULL:
// never reviewed and it has to be). Judging needs the templates, which live in files, not here, so existing
// records are judged when a program first opens the file with its templates (StatusTable::use), and again
// whenever a template's rules change (rules_print). judged_by says which rules each tool's records were
// judged by ('' when some were saved unjudged), so checking that is a read of a few rows.
Migration record_statuses() {
    return {11,
            "how complete and current each record is, kept with the record",
            {
                R"(CREATE TABLE record_status (
                     record_key INTEGER PRIMARY KEY REFERENCES record (record_key),
                     subject_key INTEGER NOT NULL REFERENCES subject (subject_key),
                     tool_id TEXT NOT NULL,
                     rules_print TEXT NOT NULL,
                     has_content INTEGER NOT NULL CHECK (has_content IN (0, 1)),
                     completeness INTEGER NOT NULL CHECK (completeness BETWEEN 0 AND 100),
                     complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
                     last_reviewed TEXT,
                     current_until TEXT,
                     section_counts TEXT NOT NULL))",
                "CREATE INDEX record_status_by_subject ON record_status (subject_key, tool_id)",
                "CREATE INDEX record_status_by_tool ON record_status (tool_id, subject_key, complete, "
                "current_until)",
                R"(CREATE TABLE judged_by (
                     tool_id TEXT PRIMARY KEY,
                     rules_print TEXT NOT NULL))",
            },
            {}};
}

// Version 12: a judgement keeps the rows that rules read by column (domain/completeness.h: keeps_rows), so
// evidence and the dashboard answer a whole caseload from record_status. The judgement's version in
// rules_print rose with it, so a program with templates judges every record again when it first opens the
// file, filling the column.
Migration kept_rows() {
    return {12,
            "the rows that evidence and the dashboard read, kept with each record's judgement",
            {"ALTER TABLE record_status ADD COLUMN kept_rows TEXT NOT NULL DEFAULT ''"},
            {}};
}

// Version 13: settings kept in the database for everyone who uses it (domain/database_settings.h), such as
// how many automatic backups to keep. One row a setting that has been changed; a missing one is at its
// default.
Migration settings() {
    return {13,
            "settings kept in the database, such as how many automatic backups to keep",
            {R"(CREATE TABLE setting (
                  name TEXT PRIMARY KEY CHECK (name <> ''),
                  value TEXT NOT NULL))"},
            {}};
}

// Version 14: Working Together for Change. A manager's themes, each of statements of one kind (what is
// working, what is not), and which theme each statement is in. A statement is one working or not-working cell
// of a record's entry, named by the entry's key and the column: an entry is never changed in place (an edit
// closes it and writes a new one), so the key stays the statement's while its words do. No reference to
// entry: a statement edited since keeps its old row, which points at an entry no longer current and is not
// counted; erasing a person removes theirs.
Migration themes() {
    return {14,
            "themes of what is working and not working across the caseload (Working Together for Change)",
            {
                R"(CREATE TABLE theme (
                     theme_key INTEGER PRIMARY KEY,
                     name TEXT NOT NULL CHECK (name <> ''),
                     kind TEXT NOT NULL CHECK (kind IN ('working', 'not-working')),
                     UNIQUE (name, kind)))",
                R"(CREATE TABLE theme_statement (
                     entry_key INTEGER NOT NULL,
                     column_id TEXT NOT NULL,
                     theme_key INTEGER NOT NULL REFERENCES theme (theme_key),
                     PRIMARY KEY (entry_key, column_id)))",
                "CREATE INDEX theme_statement_by_theme ON theme_statement (theme_key)",
            },
            {}};
}

// Version 15: whose words an item or row is (domain/entry_origin.h), kept with the entry's version, so a
// change of it closes the entry and history shows it. NULL: nobody said, as every entry written before.
Migration entry_origins() {
    return {15,
            "whose words each item or row is: the person's, family's, staff's or someone else's",
            {"ALTER TABLE entry ADD COLUMN origin TEXT CHECK (origin IN ('person', 'family', 'staff', "
             "'other'))"},
            {}};
}

// Version 16: who took part in an assessment, and each detailed plan's rank (top or next priority) and its
// answers to the workbook's prompts for success. Empty text for what older assessments did not ask.
Migration participation_and_priorities() {
    return {16,
            "who took part in an assessment; detailed plans ranked, with the prompts for success",
            {
                "ALTER TABLE assessment ADD COLUMN participation TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE assessment_plan ADD COLUMN priority TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE assessment_plan ADD COLUMN will_have_changed TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE assessment_plan ADD COLUMN will_see TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE assessment_plan ADD COLUMN will_feel TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE assessment_plan ADD COLUMN will_hear TEXT NOT NULL DEFAULT ''",
            },
            {}};
}

}  // namespace

const std::vector<Migration>& schema_migrations() {
    static const std::vector<Migration> steps{base_schema(),      search_and_history(),
                                              subject_photos(),   assessment_evidence_and_actions(),
                                              change_parts(),     assessment_versions(),
                                              accounts(),         audit_trail(),
                                              record_sign_offs(), teams_and_key_workers(),
                                              record_statuses(),  kept_rows(),
                                              settings(),         themes(),
                                              entry_origins(),    participation_and_priorities()};
    return steps;
}

int latest_schema_version() {
    return schema_migrations().back().version;
}

int stored_schema_version(sql::Connection& db) {
    if (db.engine() == sql::Engine::Sqlite)
        return static_cast<int>(sql::one_integer(db, "PRAGMA user_version"));
    if (sql::one_text(db, "SELECT CAST(to_regclass('pcr_schema') AS TEXT)").empty()) return 0;
    return static_cast<int>(sql::one_integer(db, "SELECT version FROM pcr_schema"));
}

int stored_application_id(sql::Connection& db) {
    if (db.engine() == sql::Engine::Sqlite)
        return static_cast<int>(sql::one_integer(db, "PRAGMA application_id"));
    if (sql::one_text(db, "SELECT CAST(to_regclass('pcr_schema') AS TEXT)").empty()) return 0;
    return static_cast<int>(sql::one_integer(db, "SELECT application_id FROM pcr_schema"));
}

namespace {

// Records that the database is pcrecords' and at `version`. PRAGMA takes no bound parameters; both values
// are this program's own integers.
void set_schema_version(sql::Connection& db, int version) {
    if (db.engine() == sql::Engine::Sqlite) {
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(version));
        return;
    }
    db.exec(
        "CREATE TABLE IF NOT EXISTS pcr_schema (application_id BIGINT NOT NULL, version BIGINT NOT NULL)");
    db.exec("DELETE FROM pcr_schema");
    sql::Statement set(db, "INSERT INTO pcr_schema (application_id, version) VALUES (?, ?)");
    set.bind(1, kApplicationId);
    set.bind(2, version);
    set.exec();
}

}  // namespace

void migrate(sql::Connection& db, int target) {
    const auto& steps = schema_migrations();
    const bool server = db.engine() == sql::Engine::Postgresql;
    for (int version = stored_schema_version(db); version < target; version = stored_schema_version(db)) {
        WriteTransaction transaction(db);
        // Another program may have upgraded the database while this one waited for the write lock.
        if (stored_schema_version(db) != version) continue;
        // The step after `version`, found by number: steps are numbered in order.
        const auto next = std::find_if(steps.begin(), steps.end(),
                                       [&](const Migration& step) { return step.version > version; });
        const Migration& step = *next;
        for (const auto& statement : step.statements)
            db.exec(server ? sql::postgresql_schema(statement) : statement);
        for (const auto& statement : server ? step.server_only : step.file_only) db.exec(statement);
        if (step.backfill) step.backfill(db);
        set_schema_version(db, step.version);
        transaction.commit();
    }
}

std::string subject_search_key(const std::string& name, const std::string& preferred_name) {
    return fold_for_search(preferred_name.empty() ? name : name + " " + preferred_name);
}

}  // namespace pcr::model
