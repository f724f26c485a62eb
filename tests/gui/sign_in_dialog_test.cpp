// The sign-in dialog, typed into with real key presses: a refusal asks again, the account signed in is who
// changes are recorded under, Cancel keeps the database that was open, and only the user name is remembered.
#include "app/dialogs/sign_in_dialog.h"

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iterator>

#include "app/dialogs/subject_dialog.h"
#include "app/shortcuts.h"
#include "demo_frame.h"
#include "model/accounts/account_admin.h"
#include "real_input.h"

using namespace pcr;
using app::from_wx;
using gui_test::RealInput;
using gui_test::with_dialog;

namespace {

const std::string kPassword = "ann's gui password";

// The demo caseload with one account, ann, its administrator: a protected database.
void add_ann(model::Store& store) {
    model::Account ann;
    ann.user_name = "ann";
    ann.full_name = "Ann Admin";
    ann.role = model::Role::Administrator;
    model::AccountAdmin(store, store.principal()).add(ann, kPassword);
}

// The main window before any database is open, on a protected demo database.
struct Window : gui_test::DemoFiles {
    std::unique_ptr<app::MainFrame> frame;
    RealInput input;
    Window() : DemoFiles(add_ann) {
        frame = std::make_unique<app::MainFrame>(templates, gui_test::kToday, true);
        frame->SetSize(1000, 740);
        frame->Move(0, 0);
        frame->Show();
        RealInput::settle();
    }
    ~Window() { frame.reset(); }

    wxString status(int field) const { return frame->GetStatusBar()->GetStatusText(field); }

    // Opens the protected database and signs in as ann, first with a wrong password.
    void sign_in() {
        const bool opened = with_dialog<app::SignInDialog>(
            [&] { frame->open_database(file); },
            [&](app::SignInDialog& dialog) {
                BOOST_TEST(input.click_into(dialog.user_name()));
                BOOST_TEST(input.type(dialog.user_name(), "ann"));
                BOOST_TEST(input.click_into(dialog.password()));
                BOOST_TEST(input.type(dialog.password(), "guess"));
                input.click(dialog.FindWindow(wxID_OK));
                // Checking a password takes a moment (Argon2id), longer on a busy machine.
                RealInput::wait_for([&] { return !dialog.refusal().empty(); }, 2000);
                BOOST_TEST(dialog.IsModal());
                BOOST_TEST(from_wx(dialog.refusal()).find("The user name or password is wrong") == 0u);
                BOOST_TEST(dialog.password()->IsEmpty());
                BOOST_TEST(input.click_into(dialog.password()));
                BOOST_TEST(input.type(dialog.password(), kPassword));
                input.click(dialog.FindWindow(wxID_OK));
                RealInput::wait_for([&] { return !dialog.IsModal(); }, 2000);
            });
        BOOST_REQUIRE(opened);
        RealInput::settle();
    }
};

int menu_id(wxMenuBar* bar, app::Command command) {
    const wxString key = app::key_text(command);
    for (size_t m = 0; m < bar->GetMenuCount(); ++m)
        for (wxMenuItem* item : bar->GetMenu(m)->GetMenuItems())
            if (item->GetItemLabel().AfterFirst('\t') == key) return item->GetId();
    return wxID_NONE;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sign_in_dialog_test)

BOOST_AUTO_TEST_CASE(a_person_added_after_signing_in_is_recorded_under_the_account) {
    Window w;
    w.sign_in();
    BOOST_REQUIRE(w.frame->store() != nullptr);
    BOOST_TEST(w.frame->store()->principal().name() == "ann");
    BOOST_TEST(from_wx(w.status(2)) == "Signed in as ann (administrator)");

    const int add = menu_id(w.frame->GetMenuBar(), app::Command::AddSubject);
    BOOST_REQUIRE(add != wxID_NONE);
    const bool opened = with_dialog<app::SubjectDialog>(
        [&] {
            wxCommandEvent event(wxEVT_MENU, add);
            w.frame->GetEventHandler()->ProcessEvent(event);
        },
        [&](app::SubjectDialog& dialog) {
            BOOST_TEST(w.input.click_into(dialog.name_control()));
            BOOST_TEST(w.input.type(dialog.name_control(), "Margaret Jones"));
            w.input.click(dialog.FindWindow(wxID_OK));
        });
    BOOST_REQUIRE(opened);
    const auto stored = model::open_test_store(w.file);
    std::optional<model::Subject> margaret;
    for (const auto& subject : stored->subjects(model::SubjectKind::Person))
        if (subject.name == "Margaret Jones") margaret = subject;
    BOOST_REQUIRE(margaret.has_value());
    const auto history = stored->history(model::SubjectKind::Person, margaret->id);
    BOOST_REQUIRE(!history.empty());
    BOOST_TEST(history.front().who == "ann");
}

BOOST_AUTO_TEST_CASE(ctrl_q_signs_out_in_the_audit_trail) {
    Window w;
    w.sign_in();
    BOOST_REQUIRE(w.frame->store() != nullptr);
    // The keys go where the pointer rests: no window manager gives the focus.
    w.input.simulator.MouseMove(w.frame->GetScreenPosition() + wxPoint(200, 10));
    RealInput::settle();
    BOOST_REQUIRE(
        gui_test::closed_by(w.frame, [&](app::MainFrame&) { w.input.simulator.Char('q', wxMOD_CONTROL); }));

    std::vector<std::string> trail;
    for (const auto& entry : model::open_test_store(w.file)->audit({}))
        if (entry.action == model::AuditAction::SignIn || entry.action == model::AuditAction::SignOut)
            trail.push_back(entry.user + " " + std::string(model::to_string(entry.action)));
    BOOST_TEST(trail == (std::vector<std::string>{"ann sign-in", "ann sign-out"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(cancel_keeps_the_open_database_that_was_open_before) {
    Window w;
    const auto open_one = w.folder / "open.pcrdb";
    model::open_test_store(open_one, model::OpenMode::CreateIfMissing);
    w.frame->open_database(open_one);
    RealInput::settle();
    BOOST_TEST(from_wx(w.status(2)) == "Open database: no sign-in");
    const bool opened = with_dialog<app::SignInDialog>(
        [&] { w.frame->open_database(w.file); },
        [&](app::SignInDialog& dialog) { w.input.click(dialog.FindWindow(wxID_CANCEL)); });
    BOOST_REQUIRE(opened);
    RealInput::settle();
    BOOST_TEST(from_wx(w.status(0)) == from_wx(app::to_wx(open_one)));
    BOOST_TEST(from_wx(w.status(2)) == "Open database: no sign-in");
}

BOOST_AUTO_TEST_CASE(the_user_name_is_remembered_and_the_password_never_is) {
    Window w;
    w.sign_in();
    bool prefilled = false;
    with_dialog<app::SignInDialog>([&] { w.frame->open_database(w.file); },
                                   [&](app::SignInDialog& dialog) {
                                       prefilled = from_wx(dialog.user_name()->GetValue()) == "ann";
                                       w.input.click(dialog.FindWindow(wxID_CANCEL));
                                   });
    BOOST_TEST(prefilled);
    std::ifstream in(w.folder / "settings.ini", std::ios::binary);
    const std::string settings{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    BOOST_TEST(settings.find("LastUser=ann") != std::string::npos);
    BOOST_TEST(settings.find(kPassword) == std::string::npos);
    BOOST_TEST(settings.find("guess") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
