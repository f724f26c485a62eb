// Tests of the folder of automatic backups: names that sort by time and say why, listing, rotation.
#include "model/store/backup_folder.h"

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "common/file_modes.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::TempFolder;

namespace {

std::chrono::system_clock::time_point at(int year, int month, int day, int hour, int minute, int second) {
    using namespace std::chrono;
    return sys_days(
               year_month_day(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day))) +
           hours(hour) + minutes(minute) + seconds(second);
}

void touch(const std::filesystem::path& file) {
    std::ofstream(file) << "x";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(backup_folder_test)

BOOST_AUTO_TEST_CASE(names_sort_by_utc_time_and_say_why) {
    TempFolder temp;
    const BackupFolder folder(temp.path() / "care.pcrdb");
    BOOST_TEST(folder.folder() == temp.path() / "care.backups");
    BOOST_TEST(folder.new_name(at(2026, 12, 6, 14, 5, 1), BackupReason::BeforeImport).filename().string() ==
               "care-2026-12-06T140501-before-import.pcrdb");
    BOOST_TEST(BackupFolder(temp.path() / "care")
                   .new_name(at(2027, 1, 2, 3, 4, 5), BackupReason::Daily)
                   .filename()
                   .string() == "care-2027-01-02T030405-daily.db");
}

BOOST_AUTO_TEST_CASE(the_folder_is_its_owners_only) {
    pcr::test::UsualUmask umask;
    TempFolder temp;
    const BackupFolder folder(temp.path() / "care.pcrdb");
    BOOST_TEST(!folder.make());
    BOOST_TEST(pcr::test::mode_of(folder.folder()) == 0700u);
    BOOST_TEST(!folder.make());  // already there
}

BOOST_AUTO_TEST_CASE(lists_its_backups_oldest_first_and_nothing_else) {
    TempFolder temp;
    const BackupFolder folder(temp.path() / "care.pcrdb");
    BOOST_TEST_REQUIRE(!folder.make());
    const auto second = folder.new_name(at(2026, 12, 6, 9, 0, 0), BackupReason::BeforeMigration);
    touch(second);
    const auto first = folder.new_name(at(2026, 11, 30, 23, 59, 59), BackupReason::Daily);
    touch(first);
    const auto third = folder.new_name(at(2026, 12, 6, 9, 0, 0), BackupReason::BeforeMigration);
    BOOST_TEST(third.filename().string() == "care-2026-12-06T090000-before-migration-2.pcrdb");
    touch(third);
    for (const char* other : {"notes.txt", "care-2026-12-06T090000-daily.db", "care-yesterday-daily.pcrdb",
                              "other-2026-12-06T090000-daily.pcrdb", ".care.pcrdb.pcr-1-x.part"})
        touch(folder.folder() / other);

    const auto backups = folder.list();
    BOOST_TEST_REQUIRE(backups.size() == 3u);
    BOOST_TEST(backups[0].file == first);
    BOOST_TEST(backups[0].when == "2026-11-30T23:59:59Z");
    BOOST_TEST(backups[0].reason == "daily");
    BOOST_TEST(backups[0].size == 1u);
    BOOST_TEST(backups[1].when == "2026-12-06T09:00:00Z");
    BOOST_TEST(backups[1].reason == "before-migration");
    BOOST_TEST(backups[2].reason == "before-migration");
    BOOST_TEST(folder.has_backup_on(Date(2026, 12, 6)));
    BOOST_TEST(!folder.has_backup_on(Date(2026, 12, 1)));
}

BOOST_AUTO_TEST_CASE(no_folder_lists_nothing) {
    TempFolder temp;
    BOOST_TEST(BackupFolder(temp.path() / "care.pcrdb").list().empty());
}

BOOST_AUTO_TEST_CASE(rotation_removes_what_it_does_not_keep) {
    TempFolder temp;
    const BackupFolder folder(temp.path() / "care.pcrdb");
    BOOST_TEST_REQUIRE(!folder.make());
    for (int day = 1; day <= 20; ++day)
        touch(folder.new_name(at(2026, 11, day, 10, 0, 0), BackupReason::Daily));
    touch(folder.folder() / "notes.txt");
    const auto removed = folder.rotate({3, 0, 0});
    BOOST_TEST(removed.size() == 17u);
    const auto left = folder.list();
    BOOST_TEST_REQUIRE(left.size() == 3u);
    BOOST_TEST(left[0].when == "2026-11-18T10:00:00Z");
    BOOST_TEST(std::filesystem::exists(folder.folder() / "notes.txt"));
}

BOOST_AUTO_TEST_CASE(the_utc_day_of_a_moment) {
    BOOST_TEST(utc_day(at(2026, 12, 31, 23, 59, 59)).iso() == "2026-12-31");
    BOOST_TEST(utc_day(at(2027, 1, 1, 0, 0, 0)).iso() == "2027-01-01");
}

BOOST_AUTO_TEST_SUITE_END()
