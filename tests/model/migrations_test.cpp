// Tests of opening database files: new and empty ones, upgrades of older ones, and refusing what is not ours.
#include "model/sqlite/migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/rules/change_words.h"
#include "model/sql/sqlite_connection.h"
#include "model/sqlite/sqlite_store.h"
#include "support/interchange_files.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::count_rows;
using pcr::test::file_text;
using pcr::test::TempFolder;

namespace {

std::string thrown_message(const std::function<void()>& action) {
    try {
        action();
    } catch (const pcr::StorageError& e) {
        return e.what();
    }
    return "(no StorageError thrown)";
}

// A database as version 1 of the schema left it, with one person, their details' history and a learning log.
void write_version_1_database(const std::filesystem::path& file) {
    pcr::model::sql::SqliteConnection connection(
        std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
    SQLite::Database& db = connection.native();
    migrate(connection, 1);
    db.exec(
        "INSERT INTO change_log (change_no, changed_at, changed_by, summary) VALUES "
        "(1, '2025-01-02T10:00:00Z', 'maria', 'added'), "
        "(2, '2025-01-03T11:00:00Z', 'maria', 'added with 1 section')");
    db.exec(
        "INSERT INTO subject (subject_key, kind, ext_id, full_name, preferred_name, born_on, status, "
        "version_no) "
        "VALUES (1, 'person', 'P-7', 'Zoë Ångström', 'Zo', '1950-05-06', 'active', 1)");
    db.exec(
        "INSERT INTO subject_version (subject_key, version_no, change_no, full_name, preferred_name, "
        "born_on, "
        "status) VALUES (1, 1, 1, 'Zoë Ångström', 'Zo', '1950-05-06', 'active')");
    db.exec(
        "INSERT INTO record (record_key, subject_key, tool_id, reviewed_on, version_no) "
        "VALUES (1, 1, 'learning-log', NULL, 1)");
    db.exec(
        "INSERT INTO record_version (record_key, version_no, change_no, reviewed_on) VALUES (1, 1, 2, NULL)");
    db.exec(
        "INSERT INTO entry (entry_key, record_key, section_id, section_position, entry_position, entry_date, "
        "body, "
        "since_version, until_version) VALUES (1, 1, 'entries', 0, 1, '2025-01-03', '', 1, NULL)");
    db.exec(
        "INSERT INTO cell (entry_key, cell_position, column_id, cell_text) VALUES "
        "(1, 0, 'what-they-did', 'Fed the ducks'), (1, 1, 'worked-well', 'Bread from home')");
}

int pragma(const std::filesystem::path& file, const std::string& name) {
    SQLite::Database db(file, SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA " + name).getInt();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(migrations_test)

BOOST_AUTO_TEST_CASE(steps_are_numbered_one_after_another) {
    const auto& steps = schema_migrations();
    BOOST_TEST(steps.size() >= 2u);
    for (std::size_t i = 0; i < steps.size(); ++i) BOOST_TEST(steps[i].version == static_cast<int>(i) + 1);
    BOOST_TEST(sqlite_schema_version() == steps.back().version);
}

BOOST_AUTO_TEST_CASE(a_new_database_gets_the_latest_schema_our_marker_and_wal) {
    TempFolder folder;
    const auto file = folder.path() / "new.db";
    open_test_store(file, OpenMode::CreateIfMissing)->save_subject(pcr::test::person("P-1", "Ann"));
    BOOST_TEST(pragma(file, "user_version") == sqlite_schema_version());
    BOOST_TEST(pragma(file, "application_id") == kApplicationId);
    SQLite::Database db(file, SQLite::OPEN_READONLY);
    BOOST_TEST(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
}

BOOST_AUTO_TEST_CASE(an_empty_file_becomes_a_database) {
    TempFolder folder;
    const auto file = folder.path() / "empty.db";
    std::ofstream(file).close();
    auto store = open_test_store(file);
    BOOST_TEST(store->count(SubjectKind::Person) == 0u);
    BOOST_TEST(pragma(file, "user_version") == sqlite_schema_version());
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_not_created_unless_asked) {
    TempFolder folder;
    const auto file = folder.path() / "missing.db";
    BOOST_TEST(thrown_message([&] { open_test_store(file); }) ==
               "No database at " + file.string() + ". Create one with `pcrecords-cli --db " + file.string() +
                   " init`, or check the file name.");
    BOOST_TEST(!std::filesystem::exists(file));
    const auto nowhere = folder.path() / "no-such-folder" / "x.db";
    BOOST_TEST(thrown_message([&] { open_test_store(nowhere, OpenMode::CreateIfMissing); }) ==
               "Cannot create a database at " + nowhere.string() + ": the folder " +
                   nowhere.parent_path().string() +
                   " does not exist. Create the folder first or choose another place.");
}

BOOST_AUTO_TEST_CASE(an_older_database_is_upgraded_and_keeps_its_data) {
    TempFolder folder;
    const auto file = folder.path() / "old.db";
    write_version_1_database(file);
    BOOST_TEST(pragma(file, "user_version") == 1);

    auto store = open_test_store(file);
    BOOST_TEST(pragma(file, "user_version") == sqlite_schema_version());
    const auto zoe = store->subject(SubjectKind::Person, "P-7");
    BOOST_REQUIRE(zoe.has_value());
    BOOST_TEST(zoe->name == "Zoë Ångström");
    BOOST_TEST(zoe->born->iso() == "1950-05-06");
    // Search needs the key the upgrade computed for people already there.
    BOOST_TEST(store->subjects(SubjectKind::Person, {"angstrom"}).size() == 1u);
    BOOST_TEST(store->subjects(SubjectKind::Person, {"ZO"}).size() == 1u);
    const auto log = store->record(SubjectKind::Person, "P-7", "learning-log");
    BOOST_REQUIRE(log.has_value());
    BOOST_TEST(log->section("entries")->entries.at(0).cell("what-they-did")->text == "Fed the ducks");
    const auto history = store->history(SubjectKind::Person, "P-7");
    BOOST_TEST(history.size() == 2u);
    BOOST_TEST(history.at(1).who == "maria");
    // Changes written before they were kept as data come back as their stored words.
    BOOST_TEST((history.at(1).parts ==
                std::vector<ChangePart>{{ChangeWhat::Words, 0, "added with 1 section", std::nullopt}}));
    BOOST_TEST(change_words(history.at(1).parts) == "added with 1 section");
    // The changes before the upgrade are in the audit trail, in order, with whose record they changed.
    const auto trail = store->audit(AuditFilter{SubjectKind::Person, "P-7", {}, std::nullopt});
    BOOST_REQUIRE(trail.size() == 2u);
    BOOST_TEST(trail[0].user == "maria");
    BOOST_TEST(trail[0].when == "2025-01-02T10:00:00Z");
    BOOST_TEST(trail[0].detail == "");
    BOOST_TEST(trail[1].change == 2);
    BOOST_TEST(trail[1].detail == "learning-log");
    BOOST_TEST(change_words(trail[1].parts) == "added with 1 section");
    BOOST_TEST(store->check().ok());

    Record more = *log;
    more.section_for_update("entries").entries.push_back(
        pcr::test::row({{"what-they-did", "Swam"}}, "2025-02-01"));
    BOOST_TEST(store->save_record(SubjectKind::Person, "P-7", more) == 2);
    BOOST_TEST((store->history(SubjectKind::Person, "P-7").back().parts ==
                std::vector<ChangePart>{{ChangeWhat::EntriesAdded, 1, {}, std::nullopt}}));
    BOOST_TEST(store->audit({}).back().number == 3);
    BOOST_TEST(store->check().ok());
}

BOOST_AUTO_TEST_CASE(assessments_of_a_version_3_database_are_kept_without_evidence_or_actions) {
    TempFolder folder;
    const auto file = folder.path() / "v3.db";
    {
        pcr::model::sql::SqliteConnection connection(
            std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
        SQLite::Database& db = connection.native();
        migrate(connection, 3);
        db.exec(
            "INSERT INTO assessment (assessment_key, assessed_on, workbook) VALUES "
            "(1, '2025-10-01', 'progress-for-providers-homecare'), "
            "(2, '2025-04-01', 'progress-for-providers-homecare')");
        db.exec(
            "INSERT INTO assessment_score (assessment_key, score_position, topic, score_level, note) VALUES "
            "(1, 0, '1.3', 4, 'Most profiles current'), (1, 1, '2.1', NULL, ''), (2, 0, '1.3', 2, "
            "'Started')");
    }
    BOOST_TEST(pragma(file, "user_version") == 3);

    auto store = open_test_store(file);
    BOOST_TEST(pragma(file, "user_version") == sqlite_schema_version());
    const auto all = store->assessments();
    BOOST_TEST_REQUIRE(all.size() == 2u);
    BOOST_TEST(all[0].date.iso() == "2025-04-01");
    BOOST_TEST(all[0].scores.at(0).note == "Started");
    const auto& later = all[1];
    BOOST_TEST_REQUIRE(later.scores.size() == 2u);
    BOOST_TEST(later.scores[0].topic == "1.3");
    BOOST_TEST(*later.scores[0].level == 4);
    BOOST_TEST(!later.scores[0].evidence.has_value());
    BOOST_TEST(!later.scores[1].level.has_value());
    BOOST_TEST(later.actions.empty());
    BOOST_TEST(later.plans.empty());
    BOOST_TEST(store->check().ok());

    WorkbookAssessment more = later;
    more.actions.push_back({"1.3", 5, "Review the rest", "Sam", Date(2026, 1, 31), std::nullopt});
    store->save_assessment(more);
    BOOST_TEST((store->assessments().at(1) == more));
}

BOOST_AUTO_TEST_CASE(a_version_13_assessment_comes_up_with_nobody_said_to_take_part_and_its_plan_unranked) {
    TempFolder folder;
    const auto file = folder.path() / "v13.db";
    {
        pcr::model::sql::SqliteConnection connection(
            std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
        SQLite::Database& db = connection.native();
        migrate(connection, 13);
        db.exec(
            "INSERT INTO assessment (assessment_key, assessed_on, workbook) VALUES "
            "(1, '2026-01-10', 'progress-for-providers-homecare')");
        db.exec(
            "INSERT INTO assessment_plan (assessment_key, plan_position, topic, why, first_steps, who, "
            "by_when, "
            "who_else_knows, how_get_help, support_inside, support_outside, success) VALUES "
            "(1, 0, '1.3', 'Out of date', '', 'Sam', NULL, '', '', '', '', 'All current')");
    }
    auto store = open_test_store(file);
    BOOST_TEST(pragma(file, "user_version") == sqlite_schema_version());
    const auto all = store->assessments();
    BOOST_TEST_REQUIRE(all.size() == 1u);
    BOOST_TEST((all[0].participation == Participation::Unsaid));
    BOOST_TEST_REQUIRE(all[0].plans.size() == 1u);
    const DetailedPlan& plan = all[0].plans[0];
    BOOST_TEST(plan.why == "Out of date");
    BOOST_TEST(plan.success == "All current");
    BOOST_TEST((plan.priority == PlanPriority::Unranked));
    BOOST_TEST(plan.will_have_changed.empty());
    BOOST_TEST(plan.will_hear.empty());

    WorkbookAssessment ranked = all[0];
    ranked.participation = Participation::WithManager;
    ranked.plans[0].priority = PlanPriority::Top;
    ranked.plans[0].will_see = "Profiles dated this year";
    store->save_assessment(ranked);
    BOOST_TEST((store->assessments().at(0) == ranked));
    BOOST_TEST(store->check().ok());
}

BOOST_AUTO_TEST_CASE(a_version_9_database_gets_teams_and_keeps_its_people_and_default_team) {
    TempFolder folder;
    const auto file = folder.path() / "v9.db";
    write_version_1_database(file);
    {
        // The team as the first version kept it, then up to version 9 (the audit trail takes in its change).
        pcr::model::sql::SqliteConnection connection(
            std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE));
        SQLite::Database& db = connection.native();
        db.exec(
            "INSERT INTO change_log (change_no, changed_at, changed_by, summary) VALUES "
            "(3, '2025-01-04T10:00:00Z', 'maria', 'added')");
        db.exec(
            "INSERT INTO subject (subject_key, kind, ext_id, full_name, preferred_name, born_on, status, "
            "version_no) VALUES (2, 'team', 'team', '', '', NULL, 'active', 1)");
        db.exec(
            "INSERT INTO subject_version (subject_key, version_no, change_no, full_name, preferred_name, "
            "born_on, status) VALUES (2, 1, 3, '', '', NULL, 'active')");
        migrate(connection, 9);
    }
    BOOST_TEST(pragma(file, "user_version") == 9);

    auto store = open_test_store(file);
    BOOST_TEST(pragma(file, "user_version") == latest_schema_version());
    BOOST_TEST(count_rows(file, "SELECT count(*) FROM membership") == 0);
    BOOST_TEST(count_rows(file,
                          "SELECT count(*) FROM sqlite_master WHERE name IN ('membership_by_team', "
                          "'key_worker_by_staff')") == 2);
    BOOST_TEST(store->subject(SubjectKind::Team, "team").has_value());
    // The old default team is a team like any other: people may join it.
    store->set_teams(SubjectKind::Person, "P-7", {"team"});
    BOOST_TEST(store->teams_of(SubjectKind::Person, "P-7") == std::vector<std::string>{"team"},
               boost::test_tools::per_element());
    BOOST_TEST(store->records(SubjectKind::Person, "P-7").size() == 1u);
    const auto report = store->check();
    BOOST_TEST(report.ok(), (report.problems.empty() ? std::string() : report.problems.front()));
}

BOOST_AUTO_TEST_CASE(a_version_10_database_has_its_records_judged_when_first_given_templates) {
    TempFolder folder;
    const auto file = folder.path() / "v10.db";
    write_version_1_database(file);
    {
        pcr::model::sql::SqliteConnection connection(
            std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE));
        SQLite::Database& db = connection.native();
        migrate(connection, 10);
    }
    auto store = open_test_store(file);
    BOOST_TEST(pragma(file, "user_version") == latest_schema_version());
    BOOST_TEST(count_rows(file, "SELECT count(*) FROM record_status") == 0);
    store->judge_by(TemplateRegistry::load(PCR_SOURCE_TEMPLATES));
    // The learning log's one entry of 2025-01-03 lacks what did not work, so it is incomplete, and it is
    // current for three months from that day.
    BOOST_TEST(count_rows(file,
                          "SELECT count(*) FROM record_status WHERE complete = 0 AND last_reviewed = "
                          "'2025-01-03' AND current_until = '2025-04-03' AND has_content = 1") == 1);
    BOOST_TEST(count_rows(file, "SELECT count(*) FROM judged_by WHERE rules_print <> ''") > 0);
}

BOOST_AUTO_TEST_CASE(a_failed_upgrade_step_leaves_the_file_at_its_last_good_version) {
    TempFolder folder;
    const auto file = folder.path() / "old.db";
    write_version_1_database(file);
    {
        // Something in the way of step 2: an index of the name it creates.
        SQLite::Database db(file, SQLite::OPEN_READWRITE);
        db.exec("CREATE INDEX entry_by_record ON entry (record_key)");
    }
    const std::string message = thrown_message([&] { open_test_store(file); });
    BOOST_TEST(message.starts_with("Could not upgrade the database to the layout this program uses in " +
                                   file.string() + ": "));
    BOOST_TEST(pragma(file, "user_version") == 1);
    BOOST_TEST(
        count_rows(file, "SELECT count(*) FROM pragma_table_info('subject') WHERE name = 'search_key'") == 0);
    BOOST_TEST(count_rows(file, "SELECT count(*) FROM subject") == 1);
}

BOOST_AUTO_TEST_CASE(a_database_from_a_newer_program_is_refused) {
    TempFolder folder;
    const auto file = folder.path() / "newer.db";
    const int newer = sqlite_schema_version() + 1;
    open_test_store(file, OpenMode::CreateIfMissing);
    {
        SQLite::Database db(file, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = " + std::to_string(newer));
    }
    BOOST_TEST(thrown_message([&] { open_test_store(file); }) ==
               file.string() + " was written by a newer pcrecords (schema " + std::to_string(newer) +
                   "; this program knows up to " + std::to_string(sqlite_schema_version()) +
                   "). Update pcrecords to open it.");
    BOOST_TEST(pragma(file, "user_version") == newer);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_sqlite_is_refused_and_left_alone) {
    TempFolder folder;
    const auto file = folder.path() / "letter.db";
    const std::string letter =
        "Dear Sam,\nThis is a letter, not a database. It is long enough to have a header.\n";
    std::ofstream(file, std::ios::binary) << letter;
    for (const auto mode : {OpenMode::Existing, OpenMode::CreateIfMissing})
        BOOST_TEST(
            thrown_message([&] { open_test_store(file, mode); }) ==
            file.string() +
                " is not a pcrecords database (it is not an SQLite database at all). Check the file name, or "
                "create a new database with `pcrecords-cli --db NEW-FILE init`.");
    BOOST_TEST(file_text(file) == letter);
}

BOOST_AUTO_TEST_CASE(another_programs_database_is_refused_and_left_alone) {
    TempFolder folder;
    const auto file = folder.path() / "contacts.db";
    {
        SQLite::Database db(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE contact (name TEXT, phone TEXT)");
        db.exec("INSERT INTO contact VALUES ('Sam', '01234')");
    }
    BOOST_TEST(
        thrown_message([&] { open_test_store(file, OpenMode::CreateIfMissing); }) ==
        file.string() +
            " is not a pcrecords database: it is an SQLite database of another program. pcrecords has not "
            "changed it. Open a pcrecords database, or create a new one with `pcrecords-cli --db NEW-FILE "
            "init`.");
    BOOST_TEST(count_rows(file, "SELECT count(*) FROM sqlite_master") == 1);
    BOOST_TEST(pragma(file, "application_id") == 0);
    BOOST_TEST(pragma(file, "user_version") == 0);
}

BOOST_AUTO_TEST_SUITE_END()
