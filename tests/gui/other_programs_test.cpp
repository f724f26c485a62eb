// The window beside other programs working in the same database: a person changed by another program since
// the window read them is not overwritten by Archive or Edit Details (the window says who changed them and
// shows them as they are now); a person added by the command line while the window is open appears in the
// caseload without losing what is typed in the editor; and a database the program cannot write opens
// read-only, says so and greys every change.
#include <sys/wait.h>
#include <unistd.h>
#include <wx/menu.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "app/dialogs/subject_dialog.h"
#include "app/views/caseload_view.h"
#include "app/views/list_section_editor.h"
#include "app/views/record_editor.h"
#include "common/test_store.h"
#include "common/unwritable_file.h"
#include "demo_frame.h"
#include "real_input.h"

using namespace pcr;
using app::from_wx;
using gui_test::RealInput;

namespace {

const char* const kProfile = "one-page-profile";

// Answers Yes to the window's questions (Archive asks first) without showing them.
struct AnswerYes : wxModalDialogHook {
    int asked = 0;
    AnswerYes() { Register(); }
    ~AnswerYes() override { Unregister(); }
    int Enter(wxDialog* dialog) override {
        if (!dynamic_cast<wxMessageDialog*>(dialog)) return wxID_NONE;
        ++asked;
        return wxID_YES;
    }
    void Exit(wxDialog*) override {}
};

struct Window : gui_test::DemoFrame {
    gui_test::Recorder recorder;
    RealInput input;

    Window() {
        frame->set_error_reporter(&recorder);
        // Within the 1024x768 display, so every click lands on what it aims at.
        frame->SetSize(0, 0, 1000, 740);
        frame->Raise();
        settle();
    }

    // The first person in the caseload, their profile shown in the editor.
    model::Subject choose_first() {
        const model::Subject first = *frame->caseload().rows().subject(0);
        frame->open_record(first.kind, first.id, kProfile);
        frame->subject_view().show_editor(true);
        settle();
        BOOST_REQUIRE(frame->subject_view().subject() != nullptr);
        return *frame->subject_view().subject();
    }
    void menu(const wxString& title, const wxString& label) {
        const int id = frame->GetMenuBar()->FindMenuItem(title, label);
        BOOST_REQUIRE_MESSAGE(id != wxNOT_FOUND, label);
        wxCommandEvent event(wxEVT_MENU, id);
        frame->GetEventHandler()->ProcessEvent(event);
        settle();
    }
    bool enabled(const wxString& title, const wxString& label) {
        frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
        const int id = frame->GetMenuBar()->FindMenuItem(title, label);
        BOOST_REQUIRE_MESSAGE(id != wxNOT_FOUND, label);
        return frame->GetMenuBar()->IsEnabled(id);
    }
    // The person as another program reading the file sees them.
    model::Subject stored(const std::string& id) {
        return *model::open_test_store(file)->subject(model::SubjectKind::Person, id);
    }
    // Another program gives the person a new name: a process of its own, as another program is.
    void rename_elsewhere(const std::string& id, const std::string& name) {
        const pid_t child = fork();
        BOOST_REQUIRE(child >= 0);
        if (child == 0) {
            int code = 1;
            try {
                auto other = model::open_test_store(file, model::OpenMode::Existing, "carol");
                model::Subject person = *other->subject(model::SubjectKind::Person, id);
                person.name = name;
                other->save_subject(person);
                code = 0;
            } catch (...) {
            }
            _exit(code);
        }
        int status = 0;
        waitpid(child, &status, 0);
        BOOST_REQUIRE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    // Turns the event loop for up to `seconds`, as the user waiting, until `done`.
    static bool wait_seconds(int seconds, const std::function<bool()>& done) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        while (!done() && std::chrono::steady_clock::now() < until) {
            wxTheApp->Yield(true);
            wxMilliSleep(10);
        }
        return done();
    }
    // pcrecords-cli imports Aaron Commandline, who has no one-page profile, into the open database.
    void import_with_the_command_line() {
        const auto xml = folder / "new.xml";
        std::ofstream(xml)
            << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pcrecords format=\"1\">\n"
               "  <person id=\"P-CLI\" status=\"active\"><name>Aaron Commandline</name></person>\n"
               "</pcrecords>\n";
        const std::string command = std::string(PCR_CLI_PATH) + " --db '" + file.string() + "' import '" +
                                    xml.string() + "' >/dev/null 2>&1";
        BOOST_REQUIRE(std::system(command.c_str()) == 0);
    }
    bool listed(const std::string& name) const {
        const app::CaseloadModel& rows = frame->caseload().rows();
        for (unsigned row = 0; row < rows.GetCount(); ++row)
            if (rows.subject(row)->name == name) return true;
        return false;
    }
};

std::string last(const std::vector<wxString>& messages) {
    return messages.empty() ? std::string() : from_wx(messages.back());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(other_programs_test)

BOOST_AUTO_TEST_CASE(archive_of_a_person_renamed_elsewhere_is_refused_and_shows_the_new_name) {
    Window w;
    const model::Subject person = w.choose_first();
    // Renamed by another program, and archived here at once, before the window has looked again.
    w.rename_elsewhere(person.id, "Renamed Elsewhere");
    AnswerYes yes;
    w.menu("Person", "Archive");
    BOOST_TEST(yes.asked == 1);
    BOOST_TEST(
        last(w.recorder.messages).find("were changed by someone else since you opened them (by carol at") !=
            std::string::npos,
        last(w.recorder.messages));
    BOOST_TEST(w.stored(person.id).name == "Renamed Elsewhere");
    BOOST_TEST((w.stored(person.id).status == model::Status::Active));
    // The window shows them as they are now, so Archive again archives what is there.
    BOOST_TEST(w.frame->subject_view().subject()->name == "Renamed Elsewhere");
    w.frame->open_record(person.kind, person.id, kProfile);
    w.settle();
    w.menu("Person", "Archive");
    BOOST_TEST(yes.asked == 2);
    BOOST_TEST((w.stored(person.id).status == model::Status::Archived));
    BOOST_TEST(w.stored(person.id).name == "Renamed Elsewhere");
}

BOOST_AUTO_TEST_CASE(details_edited_in_the_window_do_not_overwrite_a_rename_made_elsewhere) {
    Window w;
    const model::Subject person = w.choose_first();
    const bool opened = gui_test::with_dialog<app::SubjectDialog>(
        [&] { w.menu("Person", L"Edit Details\u2026"); },
        [&](app::SubjectDialog& dialog) {
            // While the dialog is open, another program renames them.
            w.rename_elsewhere(person.id, "Renamed Elsewhere");
            BOOST_TEST(w.input.click_into(dialog.preferred_control()));
            BOOST_TEST(w.input.type(dialog.preferred_control(), "Pip"));
            w.input.click(dialog.FindWindow(wxID_OK));
            RealInput::wait_for([&] { return !dialog.IsModal(); });
        });
    BOOST_REQUIRE(opened);
    w.settle();
    BOOST_TEST(
        last(w.recorder.messages).find("were changed by someone else since you opened them (by carol at") !=
            std::string::npos,
        last(w.recorder.messages));
    BOOST_TEST(w.stored(person.id).name == "Renamed Elsewhere");
    BOOST_TEST(w.stored(person.id).preferred_name == person.preferred_name);
    BOOST_TEST(w.frame->subject_view().subject()->name == "Renamed Elsewhere");
}

BOOST_AUTO_TEST_CASE(a_person_added_by_the_command_line_appears_and_typed_text_stays) {
    Window w;
    const model::Subject person = w.choose_first();
    // Typed, not saved yet.
    auto* list = dynamic_cast<app::ListSectionEditor*>(
        w.frame->subject_view().editor().section_editor("appreciation"));
    BOOST_REQUIRE(list);
    wxTextCtrl* line = list->new_item_control();
    RealInput::reveal(line);
    BOOST_REQUIRE(w.input.click_into(line));
    BOOST_REQUIRE(w.input.type(line, "Half-typed"));
    BOOST_TEST(w.frame->subject_view().editor().has_unsaved());

    w.import_with_the_command_line();
    w.rename_elsewhere(person.id, person.name + " Renamed");

    // Within a few looks of the watch, without a click.
    BOOST_TEST(Window::wait_seconds(10, [&] { return w.listed("Aaron Commandline"); }));
    BOOST_TEST(Window::wait_seconds(
        5, [&] { return w.frame->subject_view().subject()->name == person.name + " Renamed"; }));
    BOOST_TEST(w.listed(person.name + " Renamed"));
    // What was typed is still there, unsaved, where it was typed.
    BOOST_TEST(from_wx(line->GetValue()) == "Half-typed");
    BOOST_TEST(w.frame->subject_view().subject()->id == person.id);
    BOOST_TEST(!w.stored(person.id).name.empty());
    auto record = model::open_test_store(w.file)->record(person.kind, person.id, kProfile);
    bool saved = false;
    if (record && record->section("appreciation"))
        for (const auto& entry : record->section("appreciation")->entries)
            saved |= entry.text == "Half-typed";
    BOOST_TEST(!saved);
}

BOOST_AUTO_TEST_CASE(the_dashboard_counts_a_person_added_by_the_command_line) {
    Window w;
    w.frame->caseload().clear_selection();
    w.frame->subject_view().show_dashboard();
    w.counted();
    const auto without_profile = [&] {
        std::size_t found = 0;
        for (const auto& line : w.frame->subject_view().dashboard().dashboard().no_profile)
            found += line.id == "P-CLI";
        return found;
    };
    BOOST_REQUIRE(w.frame->subject_view().showing_dashboard());
    BOOST_REQUIRE(without_profile() == 0u);
    w.import_with_the_command_line();
    BOOST_TEST(Window::wait_seconds(
        10, [&] { return !w.frame->subject_view().dashboard().counting() && without_profile() == 1u; }));
    // Still the dashboard, with nobody chosen.
    BOOST_TEST(w.frame->subject_view().showing_dashboard());
    BOOST_TEST(w.listed("Aaron Commandline"));
}

BOOST_AUTO_TEST_CASE(a_database_that_cannot_be_written_opens_read_only_and_refuses_changes) {
    gui_test::DemoFiles files;
    test::UnwritableFile unwritable(files.file);
    if (!unwritable.made()) {
        BOOST_TEST_MESSAGE("the file system cannot make a file immutable: not checked here");
        return;
    }
    gui_test::Recorder recorder;
    auto frame = std::make_unique<app::MainFrame>(files.templates, gui_test::kToday, true);
    frame->set_error_reporter(&recorder);
    frame->SetSize(0, 0, 1000, 740);
    frame->Show();
    frame->open_database(files.file);
    RealInput::settle();
    BOOST_REQUIRE(frame->store() != nullptr);
    BOOST_TEST(frame->store()->read_only());
    BOOST_TEST(frame->GetTitle().Contains("(read-only)"), from_wx(frame->GetTitle()));
    BOOST_TEST(frame->GetStatusBar()->GetStatusText(0).StartsWith("Read-only:"));
    // Nobody is told to wait for a program that cannot write.
    BOOST_TEST(!std::filesystem::exists(files.file.string() + ".lock"));
    BOOST_TEST(frame->caseload().rows().GetCount() > 0u);

    const model::Subject first = *frame->caseload().rows().subject(0);
    frame->open_record(first.kind, first.id, kProfile);
    RealInput::settle();
    frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
    wxMenuBar* bar = frame->GetMenuBar();
    for (const auto& [menu, label] : std::vector<std::pair<wxString, wxString>>{
             {"Person", "Archive"}, {"Person", L"Add\u2026"}, {"Person", L"Edit Details\u2026"}}) {
        const int id = bar->FindMenuItem(menu, label);
        BOOST_REQUIRE_MESSAGE(id != wxNOT_FOUND, label);
        BOOST_TEST(!bar->IsEnabled(id), from_wx(label));
    }
    // Reading and exporting are not changes.
    const int profile = bar->FindMenuItem("File", L"One-Page Profile\u2026");
    BOOST_REQUIRE(profile != wxNOT_FOUND);
    BOOST_TEST(bar->IsEnabled(profile));

    // The record is read, not edited: its sections are greyed, and Mark as Reviewed is not offered.
    app::RecordEditor& editor = frame->subject_view().editor();
    frame->subject_view().show_editor(true);
    RealInput::settle();
    auto* list = dynamic_cast<app::ListSectionEditor*>(editor.section_editor("appreciation"));
    BOOST_REQUIRE(list);
    BOOST_TEST(!list->new_item_control()->IsEnabled());
    BOOST_TEST(!editor.reviewed_button()->IsShown());
    BOOST_TEST(recorder.messages.empty());
    // Were a change to reach the store, it would be refused with the reason.
    model::Subject archived = first;
    archived.status = model::Status::Archived;
    BOOST_CHECK_THROW(frame->session()->save_subject(archived, "archive"), pcr::StorageError);
    frame.reset();
}

BOOST_AUTO_TEST_SUITE_END()
