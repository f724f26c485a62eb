// The idle lock of a protected database, with real key presses and clicks: an item typed and not saved is
// kept while the window is locked, the same user unlocks it with their password, and the item is then saved
// into the database; locking and unlocking are in the audit trail.
#include <boost/test/unit_test.hpp>

#include "app/dialogs/preferences_dialog.h"
#include "app/dialogs/sign_in_dialog.h"
#include "app/views/caseload_view.h"
#include "app/views/list_section_editor.h"
#include "app/views/lock_panel.h"
#include "app/views/record_editor.h"
#include "app/views/subject_view.h"
#include "demo_frame.h"
#include "model/accounts/account_admin.h"
#include "real_input.h"

using namespace pcr;
using app::from_wx;
using gui_test::RealInput;
using gui_test::with_dialog;

namespace {

const std::string kPassword = "ann's gui password";
const char* const kProfile = "one-page-profile";
const char* const kTyped = "Likes a pot of tea at eleven";

// The demo caseload with Aaron first in the list, and ann, its administrator: a protected database.
void add_aaron_and_ann(model::Store& store) {
    model::Subject aaron;
    aaron.id = "P-AAA";
    aaron.name = "Aaron Aardvark";
    store.save_subject(aaron);
    model::Account ann;
    ann.user_name = "ann";
    ann.full_name = "Ann Admin";
    ann.role = model::Role::Administrator;
    model::AccountAdmin(store, store.principal()).add(ann, kPassword);
}

struct LockWindow : gui_test::DemoFiles {
    std::unique_ptr<app::MainFrame> frame;
    gui_test::Recorder recorder;
    RealInput input;

    LockWindow() : DemoFiles(add_aaron_and_ann) {
        frame = std::make_unique<app::MainFrame>(templates, gui_test::kToday, true);
        frame->set_error_reporter(&recorder);
        frame->SetSize(0, 0, 1000, 740);
        frame->Show();
        RealInput::settle();
        const bool opened =
            with_dialog<app::SignInDialog>([&] { frame->open_database(file); },
                                           [&](app::SignInDialog& dialog) {
                                               BOOST_TEST(input.click_into(dialog.user_name()));
                                               dialog.user_name()->SelectAll();
                                               BOOST_TEST(input.type(dialog.user_name(), "ann"));
                                               BOOST_TEST(input.click_into(dialog.password()));
                                               BOOST_TEST(input.type(dialog.password(), kPassword));
                                               input.click(dialog.FindWindow(wxID_OK));
                                               RealInput::wait_for([&] { return !dialog.IsModal(); }, 2000);
                                           });
        BOOST_REQUIRE(opened);
        RealInput::settle();
        BOOST_REQUIRE(frame->store() != nullptr);
        BOOST_REQUIRE(frame->store()->principal().name() == "ann");
    }
    ~LockWindow() { frame.reset(); }

    // Aaron's one-page profile in the editor, and an item typed into "How best to support me", not saved.
    wxTextCtrl* type_pending_item() {
        BOOST_REQUIRE(frame->caseload().select_subject(model::SubjectKind::Person, "P-AAA"));
        RealInput::settle();
        BOOST_REQUIRE(frame->subject_view().select_tool_id(kProfile));
        frame->subject_view().show_editor(true);
        RealInput::settle();
        auto* list = dynamic_cast<app::ListSectionEditor*>(
            frame->subject_view().editor().section_editor("how-to-support"));
        BOOST_REQUIRE(list);
        wxTextCtrl* line = list->new_item_control();
        BOOST_REQUIRE(input.give_keyboard(line));
        BOOST_REQUIRE(input.type(line, kTyped));
        return line;
    }

    // Unlocks by a real click on Unlock and the password typed, after one wrong one.
    void unlock_as_ann() {
        const bool opened = with_dialog<app::SignInDialog>(
            [&] { input.click(frame->lock_panel().unlock_button()); },
            [&](app::SignInDialog& dialog) {
                BOOST_TEST(from_wx(dialog.user_name()->GetValue()) == "ann");
                BOOST_TEST(!dialog.user_name()->IsEnabled());
                BOOST_TEST(input.click_into(dialog.password()));
                BOOST_TEST(input.type(dialog.password(), "guess"));
                input.key(WXK_RETURN);
                RealInput::wait_for([&] { return !dialog.refusal().empty(); }, 2000);
                BOOST_TEST(dialog.IsModal());
                BOOST_TEST(input.click_into(dialog.password()));
                BOOST_TEST(input.type(dialog.password(), kPassword));
                input.click(dialog.FindWindow(wxID_OK));
                RealInput::wait_for([&] { return !dialog.IsModal(); }, 2000);
            });
        BOOST_REQUIRE(opened);
        RealInput::settle();
    }

    int stored_count() const {
        const auto store = model::open_test_store(file);
        const auto record = store->record(model::SubjectKind::Person, "P-AAA", kProfile);
        int count = 0;
        if (const model::Section* section = record ? record->section("how-to-support") : nullptr)
            for (const auto& entry : section->entries) count += entry.text == kTyped;
        return count;
    }

    // The audit trail's non-change entries by ann, as "action detail".
    std::vector<std::string> events() const {
        const auto store = model::open_test_store(file);
        model::AuditFilter filter;
        filter.user = "ann";
        std::vector<std::string> found;
        for (const auto& entry : store->audit(filter))
            if (entry.action != model::AuditAction::Change)
                found.push_back(std::string(model::to_string(entry.action)) + " " + entry.detail);
        return found;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(idle_lock_test)

BOOST_AUTO_TEST_CASE(an_item_typed_before_the_idle_lock_is_kept_and_saved_after_unlocking) {
    LockWindow w;
    wxTextCtrl* line = w.type_pending_item();
    // A short idle time for the test; no input from here on until the window locks itself.
    w.frame->set_lock_after(std::chrono::seconds(1));
    RealInput::wait_for([&] { return w.frame->locked(); }, 1000);
    BOOST_REQUIRE(w.frame->locked());
    BOOST_TEST(!w.frame->splitter()->IsShown());
    BOOST_TEST(w.frame->lock_panel().IsShown());
    // Hidden, not saved: the item is the user's to save, after unlocking.
    BOOST_TEST(w.stored_count() == 0);

    w.unlock_as_ann();
    BOOST_REQUIRE(!w.frame->locked());
    BOOST_TEST(w.frame->splitter()->IsShown());
    BOOST_TEST(from_wx(line->GetValue()) == kTyped);
    BOOST_TEST(w.stored_count() == 0);

    // Enter in the line saves the item, as it would have before the lock: the line has the focus again.
    BOOST_TEST(wxWindow::FindFocus() == line);
    BOOST_REQUIRE(w.input.give_keyboard(line));
    w.input.key(WXK_RETURN);
    RealInput::wait_for([&] { return w.stored_count() == 1; });
    BOOST_TEST(w.stored_count() == 1);
    BOOST_TEST(w.recorder.messages.empty());

    const auto events = w.events();
    const std::vector<std::string> expected = {"sign-in ", "lock ", "sign-in-failed wrong password 1/5",
                                               "sign-in "};
    BOOST_TEST(events == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(lock_now_hides_the_records_and_an_open_database_never_locks) {
    LockWindow w;
    w.type_pending_item();
    // File > Lock Now by its key: the pointer rests on the window, so the keys go to it.
    w.input.key('L', wxMOD_CONTROL | wxMOD_SHIFT);
    RealInput::wait_for([&] { return w.frame->locked(); });
    BOOST_REQUIRE(w.frame->locked());
    BOOST_TEST(!w.frame->caseload().IsShownOnScreen());
    BOOST_TEST(!w.frame->GetMenuBar()->IsEnabledTop(0));
    w.unlock_as_ann();
    BOOST_TEST(!w.frame->locked());
    BOOST_TEST(w.frame->GetMenuBar()->IsEnabledTop(0));

    const auto open_one = w.folder / "open.pcrdb";
    model::open_test_store(open_one, model::OpenMode::CreateIfMissing);
    w.frame->open_database(open_one);
    RealInput::settle();
    BOOST_TEST(!w.frame->lock());
    BOOST_TEST(!w.frame->locked());
}

BOOST_AUTO_TEST_CASE(a_dialog_open_when_the_window_locks_is_closed_first) {
    LockWindow w;
    bool closed = false;
    const bool opened = with_dialog<app::PreferencesDialog>(
        [&] {
            wxCommandEvent event(wxEVT_MENU, wxID_PREFERENCES);
            w.frame->GetEventHandler()->ProcessEvent(event);
        },
        [&](app::PreferencesDialog& dialog) {
            BOOST_TEST(w.frame->lock());
            closed = RealInput::wait_for([&] { return !dialog.IsModal(); });
        });
    BOOST_REQUIRE(opened);
    BOOST_TEST(closed);
    RealInput::wait_for([&] { return w.frame->locked(); });
    BOOST_TEST(w.frame->locked());
    BOOST_TEST(!w.frame->splitter()->IsShown());
}

BOOST_AUTO_TEST_SUITE_END()
