// Tests of the automatic backups a store makes (once a day on a writing open, before an import, before an
// upgrade), their checks, the rotation set in the database's settings, and the settings themselves.
#include "model/sqlite/backup_copy.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/sql/sqlite_connection.h"
#include "model/sqlite/migrations.h"
#include "support/damaged_file.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::damage_largest_index;
using pcr::test::FreshStore;
using pcr::test::person;

namespace {

std::vector<BackupFile> backups_of(const std::filesystem::path& file) {
    return BackupFolder(file).list();
}

int version_of(const std::filesystem::path& file) {
    SQLite::Database db(file, SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA user_version").getInt();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(backup_copy_test)

BOOST_AUTO_TEST_CASE(the_first_writing_open_of_a_day_makes_one_backup) {
    FreshStore fresh;
    fresh.store->save_subject(person("P-1", "Ann Lee"));
    fresh.store.reset();
    // A database made just now has nothing to keep.
    BOOST_TEST(backups_of(fresh.file).empty());

    open_test_store(fresh.file, OpenMode::Reading);
    BOOST_TEST(backups_of(fresh.file).empty());

    auto store = open_test_store(fresh.file);
    BOOST_TEST(store->automatic_backup_problem() == "");
    store.reset();
    open_test_store(fresh.file);
    auto backups = backups_of(fresh.file);
    BOOST_TEST_REQUIRE(backups.size() == 1u);
    BOOST_TEST(backups[0].reason == "daily");
    BOOST_TEST(restore_problem(backups[0].file) == "");

    // Yesterday's backup does not count for today.
    const auto yesterday = backups[0].file.parent_path() / "records-2000-01-01T000000-daily.db";
    std::filesystem::rename(backups[0].file, yesterday);
    open_test_store(fresh.file);
    backups = backups_of(fresh.file);
    BOOST_TEST_REQUIRE(backups.size() == 2u);
    BOOST_TEST(backups[0].file == yesterday);
}

BOOST_AUTO_TEST_CASE(a_store_opened_to_back_up_later_leaves_the_days_backup_to_make_daily_backup) {
    FreshStore fresh;
    fresh.store->save_subject(person("P-1", "Ann Lee"));
    fresh.store.reset();
    auto store = open_store(fresh.file, Principal("tester"), OpenMode::Existing, DailyBackup::Later);
    BOOST_TEST(backups_of(fresh.file).empty());
    BOOST_TEST(daily_backup_due(fresh.file));

    // Made through a connection of its own while the store writes: the copy holds what was committed.
    store->save_subject(person("P-2", "Bob Kay"));
    BOOST_TEST(make_daily_backup(StoreLocation(fresh.file)) == "");
    store->save_subject(person("P-3", "Cy Dunn"));
    auto backups = backups_of(fresh.file);
    BOOST_TEST_REQUIRE(backups.size() == 1u);
    BOOST_TEST(backups[0].reason == "daily");
    const auto copy = open_test_store(backups[0].file, OpenMode::Reading);
    BOOST_TEST(copy->subject(SubjectKind::Person, "P-2").has_value());
    BOOST_TEST(!copy->subject(SubjectKind::Person, "P-3").has_value());

    // Once a day.
    BOOST_TEST(!daily_backup_due(fresh.file));
    BOOST_TEST(make_daily_backup(StoreLocation(fresh.file)) == "");
    BOOST_TEST(backups_of(fresh.file).size() == 1u);
}

BOOST_AUTO_TEST_CASE(make_daily_backup_says_why_a_damaged_file_got_none) {
    FreshStore fresh;
    fresh.store->import(pcr::test::sample_caseload());
    fresh.store.reset();
    std::filesystem::remove_all(BackupFolder(fresh.file).folder());
    damage_largest_index(fresh.file);
    const std::string problem = make_daily_backup(StoreLocation(fresh.file));
    BOOST_TEST(
        problem.rfind("Cannot back up " + fresh.file.string() + ": the database is damaged (", 0) == 0u,
        problem);
    BOOST_TEST(!std::filesystem::exists(BackupFolder(fresh.file).folder()));
}

// Asking through a descriptor of the -shm file would let go, on closing it, of every lock this process holds
// on that file, SQLite's included: another program would then no longer see this one has the database open.
BOOST_AUTO_TEST_CASE(asking_whether_the_file_is_open_elsewhere_keeps_this_programs_own_locks) {
    FreshStore fresh;
    fresh.store->save_subject(person("P-1", "Ann Lee"));
    BOOST_TEST(!open_elsewhere(fresh.file));
    const pid_t child = fork();
    if (child == 0) _exit(open_elsewhere(fresh.file) ? 0 : 1);
    int status = -1;
    BOOST_REQUIRE(waitpid(child, &status, 0) == child);
    BOOST_TEST(WIFEXITED(status));
    BOOST_TEST(WEXITSTATUS(status) == 0, "another process does not see this one has the database open");
}

BOOST_AUTO_TEST_CASE(a_backup_before_an_import_holds_what_was_there_before_it) {
    FreshStore fresh;
    fresh.store->save_subject(person("P-1", "Ann Lee"));
    fresh.store->import(pcr::test::sample_caseload());

    const auto backups = backups_of(fresh.file);
    BOOST_TEST_REQUIRE(backups.size() == 1u);
    BOOST_TEST(backups[0].reason == "before-import");
    BOOST_TEST(fresh.store->automatic_backup_problem() == "");
    const auto copy = open_test_store(backups[0].file, OpenMode::Reading);
    BOOST_TEST(copy->subject(SubjectKind::Person, "P-1").has_value());
    BOOST_TEST(!copy->subject(SubjectKind::Person, "P-0001").has_value());
    BOOST_TEST(fresh.store->subject(SubjectKind::Person, "P-0001").has_value());
}

BOOST_AUTO_TEST_CASE(a_backup_before_an_upgrade_keeps_the_old_layout) {
    pcr::test::TempFolder temp;
    const auto file = temp.path() / "old.db";
    {
        pcr::model::sql::SqliteConnection connection(
            std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
        SQLite::Database& db = connection.native();
        migrate(connection, 1);
        db.exec(
            "INSERT INTO change_log (change_no, changed_at, changed_by, summary) VALUES "
            "(1, '2025-01-02T10:00:00Z', 'maria', 'added')");
        db.exec(
            "INSERT INTO subject (subject_key, kind, ext_id, full_name, preferred_name, born_on, status, "
            "version_no) VALUES (1, 'person', 'P-7', 'Zoë Ångström', 'Zo', '1950-05-06', 'active', 1)");
        db.exec(
            "INSERT INTO subject_version (subject_key, version_no, change_no, full_name, preferred_name, "
            "born_on, status) VALUES (1, 1, 1, 'Zoë Ångström', 'Zo', '1950-05-06', 'active')");
        migrate(connection, 10);
    }
    const auto store = open_test_store(file);
    BOOST_TEST(version_of(file) == latest_schema_version());
    const auto backups = backups_of(file);
    BOOST_TEST_REQUIRE(backups.size() == 1u);
    BOOST_TEST(backups[0].reason == "before-migration");
    BOOST_TEST(version_of(backups[0].file) == 10);
    SQLite::Database copy(backups[0].file, SQLite::OPEN_READONLY);
    BOOST_TEST(copy.execAndGet("SELECT ext_id FROM subject").getString() == "P-7");
}

BOOST_AUTO_TEST_CASE(a_database_with_nothing_in_it_gets_no_backup) {
    FreshStore fresh;
    fresh.store.reset();
    BOOST_TEST(open_test_store(fresh.file)->automatic_backup_problem() == "");
    BOOST_TEST(!std::filesystem::exists(BackupFolder(fresh.file).folder()));
}

BOOST_AUTO_TEST_CASE(an_import_just_after_the_days_backup_needs_no_other) {
    FreshStore fresh;
    fresh.store->save_subject(person("P-1", "Ann Lee"));
    fresh.store.reset();
    const auto store = open_test_store(fresh.file);
    store->import(pcr::test::sample_caseload());
    const auto backups = backups_of(fresh.file);
    BOOST_TEST_REQUIRE(backups.size() == 1u);
    BOOST_TEST(backups[0].reason == "daily");
}

BOOST_AUTO_TEST_CASE(a_damaged_file_gets_no_backup_and_says_why) {
    FreshStore fresh;
    fresh.store->import(pcr::test::sample_caseload());
    fresh.store.reset();
    std::filesystem::remove_all(BackupFolder(fresh.file).folder());
    damage_largest_index(fresh.file);

    const auto store = open_test_store(fresh.file);
    const std::string problem = store->automatic_backup_problem();
    BOOST_TEST(
        problem.rfind("Cannot back up " + fresh.file.string() + ": the database is damaged (", 0) == 0u,
        problem);
    BOOST_TEST(!std::filesystem::exists(BackupFolder(fresh.file).folder()));
}

BOOST_AUTO_TEST_CASE(a_folder_that_cannot_be_made_is_reported_and_work_goes_on) {
    FreshStore fresh;
    fresh.store->save_subject(person("P-1", "Ann Lee"));
    fresh.store.reset();
    std::ofstream(BackupFolder(fresh.file).folder()) << "in the way";
    const auto store = open_test_store(fresh.file);
    const std::string problem = store->automatic_backup_problem();
    BOOST_TEST(problem.find("No automatic backup of " + fresh.file.string() + " was made") == 0u, problem);
    store->save_subject(person("P-2", "Bob Kay"));
    BOOST_TEST(store->subject(SubjectKind::Person, "P-2").has_value());
}

BOOST_AUTO_TEST_CASE(backups_lists_each_with_whether_it_reads_back_whole) {
    FreshStore fresh;
    fresh.store->save_subject(person("P-1", "Ann Lee"));
    fresh.store->import(pcr::test::sample_caseload());
    // Moved to an earlier day, or the rotation would keep only the newest of today's.
    const auto first = backups_of(fresh.file).at(0).file;
    std::filesystem::rename(first, first.parent_path() / "records-2026-01-05T100000-before-import.db");
    fresh.store->import(pcr::test::sample_caseload());
    auto listed = fresh.store->backups();
    BOOST_TEST_REQUIRE(listed.size() == 2u);
    BOOST_TEST(listed[0].ok);
    BOOST_TEST(listed[1].ok);
    BOOST_TEST(listed[0].backup.size == std::filesystem::file_size(listed[0].backup.file));
    damage_largest_index(listed[1].backup.file);
    listed = fresh.store->backups();
    BOOST_TEST(listed[0].ok);
    BOOST_TEST(!listed[1].ok);
}

BOOST_AUTO_TEST_CASE(settings_are_kept_checked_and_audited) {
    FreshStore fresh;
    BOOST_TEST(!fresh.store->setting("backup.daily").has_value());
    fresh.store->change_setting("backup.daily", "3");
    fresh.store->change_setting("backup.daily", "2");
    BOOST_TEST(fresh.store->setting("backup.daily").value_or("") == "2");
    BOOST_CHECK_THROW(fresh.store->change_setting("backup.hourly", "1"), pcr::UserError);
    BOOST_CHECK_THROW(fresh.store->change_setting("backup.weekly", "-1"), pcr::UserError);
    BOOST_CHECK_THROW(fresh.store->change_setting("backup.weekly", "two"), pcr::UserError);
    BOOST_TEST(!fresh.store->setting("backup.weekly").has_value());

    std::vector<std::string> details;
    for (const auto& entry : fresh.store->audit({}))
        if (entry.action == AuditAction::Setting) details.push_back(entry.user + " " + entry.detail);
    BOOST_TEST(details == (std::vector<std::string>{"tester backup.daily=3", "tester backup.daily=2"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_rotation_follows_the_settings) {
    FreshStore fresh;
    fresh.store->change_setting("backup.daily", "2");
    fresh.store->change_setting("backup.weekly", "0");
    fresh.store->change_setting("backup.monthly", "0");
    fresh.store->save_subject(person("P-1", "Ann Lee"));
    const BackupFolder folder(fresh.file);
    BOOST_TEST_REQUIRE(!folder.make());
    for (const char* old : {"records-2026-01-05T100000-daily.db", "records-2026-01-06T100000-daily.db"})
        std::ofstream(folder.folder() / old) << "old";
    fresh.store->import(pcr::test::sample_caseload());
    const auto left = folder.list();
    BOOST_TEST_REQUIRE(left.size() == 2u);
    BOOST_TEST(left[0].file.filename().string() == "records-2026-01-06T100000-daily.db");
    BOOST_TEST(left[1].reason == "before-import");
}

BOOST_AUTO_TEST_CASE(only_an_administrator_lists_backups_and_changes_settings) {
    FreshStore fresh;
    fresh.store->save_subject(person("P-1", "Ann Lee"));
    fresh.store.reset();
    const auto worker = open_test_store(fresh.file, Principal("sam", Role::SupportWorker));
    BOOST_CHECK_THROW(worker->backups(), pcr::NotAllowedError);
    BOOST_CHECK_THROW(worker->change_setting("backup.daily", "1"), pcr::NotAllowedError);
    const auto manager = open_test_store(fresh.file, Principal("mo", Role::Manager));
    BOOST_CHECK_THROW(manager->change_setting("backup.daily", "1"), pcr::NotAllowedError);
    const auto admin = open_test_store(fresh.file, Principal("ann", Role::Administrator));
    BOOST_TEST(admin->backups().size() == 1u);
    admin->change_setting("backup.daily", "1");
    BOOST_TEST(worker->setting("backup.daily").value_or("") == "1");
}

BOOST_AUTO_TEST_SUITE_END()
