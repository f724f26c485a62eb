// Tests of the backups offered to restore from: newest first, in words, whether each can be restored, who
// may see them; and the retention period as a database setting.
#include "model/rules/restore_choices.h"

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <fstream>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/domain/database_settings.h"
#include "model/rules/retention.h"
#include "model/store/backup_folder.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::FreshStore;
using pcr::test::person;

namespace {

// Ann in the database, a daily backup of it from 2026-01-05 and one before an import from 2026-03-01, and a
// file named as a backup from 2026-02-01 that is no database.
struct WithBackups : FreshStore {
    WithBackups() {
        store->save_subject(person("P-1", "Ann Lee"));
        const BackupFolder folder(file);
        BOOST_REQUIRE(!folder.make());
        using std::chrono::sys_days;
        using namespace std::chrono_literals;
        daily = folder.new_name(sys_days{2026y / 1 / 5} + 10h, BackupReason::Daily);
        store->backup(daily);
        import = folder.new_name(sys_days{2026y / 3 / 1} + 9h, BackupReason::BeforeImport);
        store->backup(import);
        broken = folder.new_name(sys_days{2026y / 2 / 1} + 8h, BackupReason::Daily);
        std::ofstream(broken) << "not a database, only words written where a backup should be";
    }
    std::filesystem::path daily, import, broken;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(restore_choices_test)

// A server keeps no automatic backups to restore from (its administrator backs it up).
BOOST_AUTO_TEST_CASE(backups_are_offered_newest_first_with_whether_each_can_be_restored,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    WithBackups w;
    const auto choices = restore_choices(*w.store);
    BOOST_TEST_REQUIRE(choices.size() >= 3u);  // and today's, if the first writing open made one
    const auto at = [&](const std::filesystem::path& file) {
        for (std::size_t i = 0; i < choices.size(); ++i)
            if (choices[i].file == file) return i;
        return choices.size();
    };
    BOOST_TEST(at(w.import) < at(w.broken));
    BOOST_TEST(at(w.broken) < at(w.daily));
    BOOST_TEST(at(w.daily) == choices.size() - 1);

    const auto& import = choices[at(w.import)];
    BOOST_TEST(import.reason == "Before an import");
    BOOST_TEST(import.ok);
    BOOST_TEST(import.state == "Whole");
    BOOST_TEST(import.when.find("Mar 2026") != std::string::npos, import.when);
    BOOST_TEST(import.size.find("KB") != std::string::npos, import.size);
    const auto& broken = choices[at(w.broken)];
    BOOST_TEST(broken.reason == "Daily");
    BOOST_TEST(!broken.ok);
    BOOST_TEST(broken.state == "Not whole: cannot be restored");
}

BOOST_AUTO_TEST_CASE(only_an_administrator_may_restore_or_see_the_backups,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    WithBackups w;
    w.store.reset();
    BOOST_TEST(may_restore(Principal("tester")));  // a database without accounts: anyone
    BOOST_TEST(may_restore(Principal("ann", Role::Administrator)));
    BOOST_TEST(!may_restore(Principal("mo", Role::Manager)));
    BOOST_TEST(!may_restore(Principal("sam", Role::SupportWorker)));
    const auto manager = open_test_store(w.file, Principal("mo", Role::Manager));
    BOOST_CHECK_THROW(restore_choices(*manager), pcr::NotAllowedError);
    const auto admin = open_test_store(w.file, Principal("ann", Role::Administrator));
    BOOST_TEST(restore_choices(*admin).size() >= 3u);
}

BOOST_AUTO_TEST_CASE(every_reason_has_words_and_the_question_says_a_backup_is_kept_first) {
    BOOST_TEST(backup_reason_words("daily") == "Daily");
    BOOST_TEST(backup_reason_words("before-import") == "Before an import");
    BOOST_TEST(backup_reason_words("before-migration") == "Before an upgrade");
    BOOST_TEST(backup_reason_words("before-restore") == "Before a restore");
    BOOST_TEST(backup_reason_words("weekly") == "weekly");
    const std::string question =
        restore_question("/data/care.pcrdb", "/data/care.backups/care-x-daily.pcrdb");
    BOOST_TEST(question.rfind("Put care.pcrdb back as it was in care-x-daily.pcrdb?", 0) == 0u, question);
    BOOST_TEST(question.find("The current records are kept as a backup first") != std::string::npos);
    const std::string elsewhere = restore_question("/data/care.pcrdb", "/media/usb/care.pcrdb");
    BOOST_TEST(elsewhere.rfind("Put care.pcrdb back as it was in /media/usb/care.pcrdb?", 0) == 0u,
               elsewhere);
}

BOOST_AUTO_TEST_CASE(the_retention_period_is_a_database_setting) {
    FreshStore fresh;
    BOOST_TEST(retention_years(*fresh.store) == kDefaultRetentionYears);
    BOOST_TEST(database_setting("retention.years")->default_value == std::to_string(kDefaultRetentionYears));
    fresh.store->change_setting("retention.years", "10");
    BOOST_TEST(retention_years(*fresh.store) == 10);
    BOOST_CHECK_THROW(check_setting_value("retention.years", "0"), pcr::UserError);
    BOOST_CHECK_THROW(check_setting_value("retention.years", "101"), pcr::UserError);
    check_setting_value("retention.years", "100");
}

BOOST_AUTO_TEST_SUITE_END()
