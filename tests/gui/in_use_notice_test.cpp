// The app opening a database another running program has open: the notice names who, Cancel keeps the window
// as it was and Open anyway opens it; with nobody else on the file, or only a killed program's trace, no
// notice comes.
#include "app/in_use_notice.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wx/generic/msgdlgg.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "demo_frame.h"
#include "real_input.h"

extern char** environ;

using namespace pcr;
using pcr::gui_test::DemoFiles;
using pcr::gui_test::kToday;
using pcr::gui_test::RealInput;
using pcr::gui_test::with_dialog;
namespace fs = std::filesystem;

namespace {

std::string this_host() {
    char name[256] = {};
    gethostname(name, sizeof name - 1);
    return name;
}

// Another program with the demo database open: a running process whose presence file is beside it.
struct OpenElsewhere : DemoFiles {
    pid_t other = 0;
    std::unique_ptr<app::MainFrame> frame;
    gui_test::Recorder recorder;
    RealInput input;

    OpenElsewhere() {
        char sleep[] = "sleep", seconds[] = "120";
        char* argv[] = {sleep, seconds, nullptr};
        BOOST_REQUIRE(posix_spawnp(&other, "sleep", nullptr, nullptr, argv, environ) == 0);
        std::ofstream(model::PresenceFile::path_for(file))
            << "pid=" << other << "\nprogram=pcrecords\nuser=ann\nhost=" << this_host()
            << "\nsince=2026-12-06T09:30:00Z\n";
        frame = std::make_unique<app::MainFrame>(templates, kToday, true);
        frame->set_error_reporter(&recorder);
        frame->SetSize(1024, 700);
        frame->Show();
    }
    ~OpenElsewhere() {
        frame.reset();
        end_other();
    }
    void end_other() {
        if (other == 0) return;
        kill(other, SIGKILL);
        waitpid(other, nullptr, 0);
        other = 0;
    }

    // Opens the database and, when the notice comes, clicks `id` (wxID_YES: Open anyway, wxID_NO: Cancel).
    // Returns whether the notice came; `words` gets what it said.
    bool open_and_click(int id, wxString* words = nullptr, int* width = nullptr) {
        return with_dialog<wxGenericMessageDialog>([&] { frame->open_database(file); },
                                                   [&](wxGenericMessageDialog& dialog) {
                                                       if (words) *words = dialog.GetMessage();
                                                       if (width) *width = dialog.GetSize().GetWidth();
                                                       auto* button = dialog.FindWindow(id);
                                                       BOOST_REQUIRE(button);
                                                       input.click(button);
                                                       RealInput::wait_for([&] { return !dialog.IsModal(); },
                                                                           2000);
                                                   });
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(in_use_notice_test)

BOOST_AUTO_TEST_CASE(cancel_on_the_notice_leaves_the_database_closed) {
    OpenElsewhere d;
    wxString words;
    int width = 0;
    BOOST_TEST(d.open_and_click(wxID_NO, &words, &width));
    // Its lines are broken to fit a 1024-pixel screen (it used to run off both sides), so the words are
    // compared with the breaks taken out.
    BOOST_TEST(width > 0);
    BOOST_TEST(width < 800, width);
    words.Replace("\n\n", "\t");
    words.Replace("\n", " ");
    BOOST_TEST(words.Contains(app::to_wx(d.file.string()) + " is already open in pcrecords on " +
                              app::to_wx(this_host()) + " by ann since 2026-12-06T09:30:00Z (process " +
                              std::to_string(d.other) + ")."));
    BOOST_TEST(d.frame->database_file().empty());
    BOOST_TEST(!d.frame->store());
}

BOOST_AUTO_TEST_CASE(open_anyway_opens_it_and_leaves_the_other_programs_presence) {
    OpenElsewhere d;
    BOOST_TEST(d.open_and_click(wxID_YES));
    BOOST_TEST(d.frame->database_file() == d.file);
    BOOST_TEST(d.frame->store());
    const auto other = model::PresenceFile::other(d.file);
    BOOST_REQUIRE(other);
    BOOST_TEST(other->pid == d.other);
}

BOOST_AUTO_TEST_CASE(a_killed_programs_trace_brings_no_notice_and_the_app_takes_its_place) {
    OpenElsewhere d;
    d.end_other();
    BOOST_TEST(!d.open_and_click(wxID_NO));
    BOOST_TEST(d.frame->database_file() == d.file);
    std::ifstream in(model::PresenceFile::path_for(d.file));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    BOOST_TEST(text.find("pid=" + std::to_string(getpid()) + "\n") != std::string::npos, text);
}

BOOST_AUTO_TEST_SUITE_END()
