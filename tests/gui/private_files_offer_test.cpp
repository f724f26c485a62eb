// The app's offer to make a database others can read private: Fix clicked makes it 0600, Leave keeps it, and
// either way the same file is not asked about again.
#include "app/private_files_offer.h"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/generic/msgdlgg.h>

#include <boost/test/unit_test.hpp>

#include "demo_frame.h"
#include "real_input.h"

using namespace pcr;
using pcr::gui_test::DemoFiles;
using pcr::gui_test::kToday;
using pcr::gui_test::RealInput;
using pcr::gui_test::with_dialog;
namespace fs = std::filesystem;

namespace {

unsigned mode_of(const fs::path& file) {
    return static_cast<unsigned>(fs::status(file).permissions() & fs::perms::mask);
}

// A main window not yet on any database, over a demo database that group and others can read, as a copy made
// under the usual umask is.
struct ReadableDatabase : DemoFiles {
    std::unique_ptr<app::MainFrame> frame;
    gui_test::Recorder recorder;
    RealInput input;

    ReadableDatabase() {
        fs::permissions(file, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
        frame = std::make_unique<app::MainFrame>(templates, kToday, true);
        frame->set_error_reporter(&recorder);
        frame->SetSize(1024, 700);
        frame->Show();
    }
    ~ReadableDatabase() { frame.reset(); }

    // Opens the database and, when the offer comes, clicks the button `id` (wxID_YES: Fix, wxID_NO: Leave).
    // Returns whether the offer came; `question` gets its words.
    bool open_and_click(int id, wxString* question = nullptr) {
        return with_dialog<wxGenericMessageDialog>([&] { frame->open_database(file); },
                                                   [&](wxGenericMessageDialog& dialog) {
                                                       if (question) *question = dialog.GetMessage();
                                                       auto* button = dialog.FindWindow(id);
                                                       BOOST_REQUIRE(button);
                                                       input.click(button);
                                                       // Patience for a loaded machine: the click ends it.
                                                       RealInput::wait_for([&] { return !dialog.IsModal(); },
                                                                           2000);
                                                   });
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(private_files_offer_test)

BOOST_AUTO_TEST_CASE(fix_clicked_makes_the_database_readable_by_its_owner_only) {
    ReadableDatabase d;
    BOOST_TEST(mode_of(d.file) == 0644u);
    wxString question;
    BOOST_TEST(d.open_and_click(wxID_YES, &question));
    BOOST_TEST(question.Contains("Other accounts on this computer can read " + app::to_wx(d.file)));
    BOOST_TEST(mode_of(d.file) == 0600u);
    BOOST_TEST(d.frame->database_file() == d.file);
    BOOST_TEST(d.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(leave_clicked_keeps_the_file_as_it_is_and_the_question_comes_once) {
    ReadableDatabase d;
    BOOST_TEST(d.open_and_click(wxID_NO));
    BOOST_TEST(mode_of(d.file) == 0644u);
    BOOST_TEST(d.frame->database_file() == d.file);

    // Opened again, still readable by others: not asked again.
    BOOST_TEST(!d.open_and_click(wxID_YES));
    BOOST_TEST(mode_of(d.file) == 0644u);
}

BOOST_AUTO_TEST_SUITE_END()
