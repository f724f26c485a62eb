// Tests of restoring a store from a backup: the file replaced whole, a backup of it kept, the restore
// audited, and every backup that is not a whole pcrecords database refused with the database left as it was.
#include "model/backends/restore_store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/sql/sqlite_connection.h"
#include "model/sqlite/migrations.h"
#include "model/store/backup_folder.h"
#include "support/damaged_file.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::FreshStore;
using pcr::test::person;

namespace {

std::string thrown_message(const std::function<void()>& action) {
    try {
        action();
    } catch (const pcr::Error& e) {
        return e.what();
    }
    return "(nothing thrown)";
}

std::vector<std::string> people_in(const std::filesystem::path& file) {
    std::vector<std::string> ids;
    for (const auto& subject : open_test_store(file, OpenMode::Reading)->subjects(SubjectKind::Person, {}))
        ids.push_back(subject.id);
    return ids;
}

// Ann in the database; a backup of it; then Bob added after the backup.
struct Restorable : FreshStore {
    Restorable() {
        store->save_subject(person("P-1", "Ann Lee"));
        backup = folder.path() / "earlier.db";
        store->backup(backup);
        store->save_subject(person("P-2", "Bob Kay"));
        store.reset();
    }
    std::filesystem::path backup;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(restore_store_test)

BOOST_AUTO_TEST_CASE(restore_puts_the_backup_in_place_and_keeps_the_file_it_replaced) {
    Restorable r;
    const auto kept = restore_store(r.file, Principal("tester"), r.backup);

    BOOST_TEST(people_in(r.file) == (std::vector<std::string>{"P-1"}), boost::test_tools::per_element());
    BOOST_TEST(kept.parent_path() == BackupFolder(r.file).folder());
    BOOST_TEST(kept.filename().string().find("-before-restore.db") != std::string::npos, kept.string());
    BOOST_TEST(people_in(kept) == (std::vector<std::string>{"P-1", "P-2"}), boost::test_tools::per_element());
    BOOST_TEST(!std::filesystem::exists(std::filesystem::path(r.file.string() + "-wal")));

    const auto store = open_test_store(r.file);
    BOOST_TEST(store->check().ok());
    const auto trail = store->audit({});
    BOOST_TEST_REQUIRE(!trail.empty());
    BOOST_TEST((trail.back().action == AuditAction::Restore));
    BOOST_TEST(trail.back().detail == "earlier.db");
    BOOST_TEST(trail.back().user == "tester");
}

BOOST_AUTO_TEST_CASE(an_older_backup_is_upgraded_when_restored) {
    Restorable r;
    const auto old = r.folder.path() / "old.db";
    {
        pcr::model::sql::SqliteConnection connection(
            std::make_unique<SQLite::Database>(old, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
        SQLite::Database& db = connection.native();
        migrate(connection, 10);
    }
    restore_store(r.file, Principal("tester"), old);
    BOOST_TEST(people_in(r.file).empty());
    SQLite::Database db(r.file, SQLite::OPEN_READONLY);
    BOOST_TEST(db.execAndGet("PRAGMA user_version").getInt() == latest_schema_version());
}

BOOST_AUTO_TEST_CASE(a_damaged_or_foreign_backup_is_refused_and_nothing_changes) {
    Restorable r;
    const auto other = r.folder.path() / "other.db";
    {
        SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE notes (text TEXT)");
    }
    const auto text = r.folder.path() / "notes.txt";
    std::ofstream(text) << "not a database at all, just some words that are long enough to fill a header..";
    const auto newer = r.folder.path() / "newer.db";
    {
        pcr::model::sql::SqliteConnection connection(
            std::make_unique<SQLite::Database>(newer, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
        SQLite::Database& db = connection.native();
        migrate(connection, latest_schema_version());
        db.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
    }
    const auto damaged = r.folder.path() / "damaged.db";
    {
        auto store = open_test_store(damaged, OpenMode::CreateIfMissing);
        store->import(pcr::test::sample_caseload());
    }
    pcr::test::damage_largest_index(damaged);

    open_test_store(r.file);  // today's automatic backup, made by the first writing open
    const auto before = BackupFolder(r.file).list().size();
    const std::string prefix = "Cannot restore " + r.file.string() + " from ";
    for (const auto& [from, reason] : std::vector<std::pair<std::filesystem::path, std::string>>{
             {other, "it is not a pcrecords database"},
             {text, "it is not a pcrecords database"},
             {newer, "it was written by a newer pcrecords"},
             {damaged, "it is damaged ("},
             {r.folder.path() / "missing.db", "there is no such file"},
             {r.file, "they are the same file"}}) {
        const std::string message = thrown_message([&] { restore_store(r.file, Principal("tester"), from); });
        BOOST_TEST(message.rfind(prefix + from.string() + ": " + reason, 0) == 0u, message);
        BOOST_TEST(message.find("The database was not changed.") != std::string::npos, message);
    }
    BOOST_TEST(people_in(r.file) == (std::vector<std::string>{"P-1", "P-2"}),
               boost::test_tools::per_element());
    BOOST_TEST(BackupFolder(r.file).list().size() == before);
}

BOOST_AUTO_TEST_CASE(only_an_administrator_restores) {
    Restorable r;
    const std::string refused =
        thrown_message([&] { restore_store(r.file, Principal("mo", Role::Manager), r.backup); });
    BOOST_TEST(refused.find("needs the role administrator") != std::string::npos, refused);
    BOOST_TEST(people_in(r.file) == (std::vector<std::string>{"P-1", "P-2"}),
               boost::test_tools::per_element());
    restore_store(r.file, Principal("ann", Role::Administrator), r.backup);
    BOOST_TEST(people_in(r.file) == (std::vector<std::string>{"P-1"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
