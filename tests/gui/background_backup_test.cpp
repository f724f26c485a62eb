// The app's day's first backup: made after the window shows the records, and a backup that cannot be made is
// told rather than passed over.
#include "app/background_backup.h"

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "demo_frame.h"
#include "model/store/backup_folder.h"
#include "real_input.h"

using namespace pcr;
using pcr::gui_test::DemoFiles;
using pcr::gui_test::kToday;
using pcr::gui_test::RealInput;

namespace {

struct OpenWindow : DemoFiles {
    std::unique_ptr<app::MainFrame> frame;
    gui_test::Recorder recorder;

    OpenWindow() {
        frame = std::make_unique<app::MainFrame>(templates, kToday, true);
        frame->set_error_reporter(&recorder);
        frame->SetSize(1024, 700);
        frame->Show();
    }
    ~OpenWindow() { frame.reset(); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(background_backup_test)

BOOST_FIXTURE_TEST_CASE(the_days_backup_is_made_once_the_records_are_open, OpenWindow) {
    const model::BackupFolder folder(file);
    BOOST_TEST(folder.list().empty());
    frame->open_database(file);
    BOOST_TEST(RealInput::wait_for([&] { return folder.list().size() == 1u; }, 2000));
    const auto backups = folder.list();
    BOOST_TEST_REQUIRE(backups.size() == 1u);
    BOOST_TEST(backups[0].reason == "daily");
    // A whole copy of the records.
    const auto copy = model::open_test_store(backups[0].file, model::OpenMode::Reading);
    BOOST_TEST(copy->count_subjects(model::SubjectKind::Person, {}) ==
               frame->store()->count_subjects(model::SubjectKind::Person, {}));
    BOOST_TEST(copy->count_subjects(model::SubjectKind::Person, {}) > 20u);
    BOOST_TEST(recorder.messages.empty());

    // Once a day: opening again makes no other.
    frame->open_database(file);
    RealInput::settle(50);
    BOOST_TEST(folder.list().size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(a_backup_that_cannot_be_made_is_told, OpenWindow) {
    std::ofstream(model::BackupFolder(file).folder()) << "in the way";
    frame->open_database(file);
    BOOST_TEST(RealInput::wait_for([&] { return !recorder.titles.empty(); }, 2000));
    BOOST_TEST_REQUIRE(recorder.titles.size() == 1u);
    BOOST_TEST(app::from_wx(recorder.titles[0]) == "No automatic backup");
    BOOST_TEST(
        app::from_wx(recorder.messages[0]).find("No automatic backup of " + file.string() + " was made") ==
            0u,
        app::from_wx(recorder.messages[0]));
    // The records stay open for work.
    BOOST_TEST(frame->store() != nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
