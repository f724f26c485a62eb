// What a role may not do is greyed: a support worker signed in (typed into the sign-in dialog) finds Import,
// the whole-record and bulk exports, Archive and new assessments disabled; an administrator finds them
// enabled.
#include <boost/test/unit_test.hpp>

#include "app/dialogs/sign_in_dialog.h"
#include "app/shortcuts.h"
#include "app/views/caseload_view.h"
#include "app/views/dashboard_view.h"
#include "app/views/subject_view.h"
#include "app/views/workbook_frame.h"
#include "app/wx_text.h"
#include "demo_frame.h"
#include "model/accounts/account_admin.h"
#include "real_input.h"
#include "sign_in_steps.h"

using namespace pcr;
using gui_test::RealInput;
using gui_test::with_dialog;

namespace {

const std::string kPassword = "a long enough password";

// ann the administrator and sam a support worker.
void add_accounts(model::Store& store) {
    gui_test::add_ann_and_sam(store, kPassword);
}

struct Window : gui_test::DemoFiles {
    std::unique_ptr<app::MainFrame> frame;
    RealInput input;
    Window() : DemoFiles(add_accounts) {
        frame = std::make_unique<app::MainFrame>(templates, gui_test::kToday, true);
        frame->SetSize(1000, 740);
        frame->Move(0, 0);
        frame->Show();
        RealInput::settle();
    }
    ~Window() { frame.reset(); }

    void sign_in(const std::string& name) { gui_test::sign_in_by_keys(*frame, file, input, name, kPassword); }

    // Whether the menu item `label` (in the menu titled `menu`) of `window` is enabled now.
    static bool enabled(wxFrame* window, const wxString& menu, const wxString& label) {
        window->UpdateWindowUI(wxUPDATE_UI_RECURSE);
        wxMenuBar* bar = window->GetMenuBar();
        const int id = bar->FindMenuItem(menu, label);
        BOOST_REQUIRE_MESSAGE(id != wxNOT_FOUND, label);
        return bar->IsEnabled(id);
    }
    bool enabled(const wxString& menu, const wxString& label) { return enabled(frame.get(), menu, label); }
    static bool enabled(wxFrame* window, app::Command command) {
        window->UpdateWindowUI(wxUPDATE_UI_RECURSE);
        const wxMenuItem* found = nullptr;
        std::function<void(const wxMenu*)> search = [&](const wxMenu* menu) {
            for (const wxMenuItem* item : menu->GetMenuItems()) {
                if (item->GetSubMenu())
                    search(item->GetSubMenu());
                else if (item->GetItemLabel().AfterFirst('\t') == app::key_text(command))
                    found = item;
            }
        };
        wxMenuBar* bar = window->GetMenuBar();
        for (size_t m = 0; m < bar->GetMenuCount(); ++m) search(bar->GetMenu(m));
        BOOST_REQUIRE_MESSAGE(found != nullptr, "no menu item for the command");
        return found->IsEnabled();
    }
    bool enabled(app::Command command) { return enabled(frame.get(), command); }
    // The first person in the caseload shown, chosen.
    void choose_someone() {
        model::SubjectQuery shown;
        shown.caseload = frame->caseload().scope();
        const auto people = frame->store()->subjects(model::SubjectKind::Person, shown);
        BOOST_REQUIRE(!people.empty());
        frame->open_record(model::SubjectKind::Person, people.front().id, "one-page-profile");
        RealInput::settle();
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(role_menus_test)

BOOST_AUTO_TEST_CASE(a_support_worker_finds_what_the_role_may_not_do_greyed) {
    Window w;
    w.sign_in("sam");
    w.choose_someone();
    BOOST_TEST(!w.enabled(app::Command::Import));
    BOOST_TEST(!w.enabled(app::Command::ExportInterchange));
    BOOST_TEST(!w.enabled("File", L"Whole Record\u2026"));
    BOOST_TEST(!w.enabled("File", L"One-Page Profiles of the List\u2026"));
    BOOST_TEST(!w.enabled("Person", "Archive"));
    BOOST_TEST(w.enabled("File", L"One-Page Profile\u2026"));
    BOOST_TEST(w.enabled(app::Command::AddLogEntry));

    BOOST_REQUIRE(w.frame->open_workbook());
    app::WorkbookFrame* workbook = w.frame->workbook_window();
    BOOST_REQUIRE(workbook != nullptr);
    BOOST_TEST(!workbook->may_assess());
    BOOST_TEST(!Window::enabled(workbook, app::Command::NewAssessment));
    BOOST_TEST(!Window::enabled(workbook, "Assessment", L"Delete Assessment\u2026"));
    // The button beside the dates too.
    std::function<wxButton*(wxWindow*)> find_start = [&](wxWindow* parent) -> wxButton* {
        for (wxWindow* child : parent->GetChildren()) {
            if (auto* button = dynamic_cast<wxButton*>(child);
                button && button->GetLabelText().StartsWith("New"))
                return button;
            if (wxButton* found = find_start(child)) return found;
        }
        return nullptr;
    };
    wxButton* start = find_start(workbook);
    BOOST_REQUIRE(start != nullptr);
    BOOST_TEST(!start->IsEnabled());
}

BOOST_AUTO_TEST_CASE(an_administrator_finds_them_enabled) {
    Window w;
    w.sign_in("ann");
    w.choose_someone();
    BOOST_TEST(w.enabled(app::Command::Import));
    BOOST_TEST(w.enabled(app::Command::ExportInterchange));
    BOOST_TEST(w.enabled("File", L"Whole Record\u2026"));
    BOOST_TEST(w.enabled("Person", "Archive"));
    BOOST_REQUIRE(w.frame->open_workbook());
    BOOST_TEST(w.frame->workbook_window()->may_assess());
    BOOST_TEST(Window::enabled(w.frame->workbook_window(), app::Command::NewAssessment));
}

BOOST_AUTO_TEST_CASE(a_support_worker_opens_on_my_people_and_is_offered_my_teams_but_not_everyone) {
    Window w;
    w.sign_in("sam");
    app::CaseloadView& caseload = w.frame->caseload();
    BOOST_TEST((caseload.scope() == model::CaseloadScope::MyPeople));
    BOOST_TEST(caseload.scope_control()->IsShown());
    BOOST_TEST(caseload.scope_control()->GetCount() == 2u);
    BOOST_TEST(app::from_wx(caseload.scope_control()->GetStringSelection()) == "My people");
    const auto listed = [&](model::CaseloadScope scope) {
        model::SubjectQuery query;
        query.caseload = scope;
        return w.frame->store()->subjects(model::SubjectKind::Person, query).size();
    };
    const std::size_t mine = listed(model::CaseloadScope::MyPeople);
    BOOST_TEST(mine > 0u);
    BOOST_TEST(caseload.rows().subjects().size() == mine);
    caseload.set_scope(model::CaseloadScope::MyTeams);
    BOOST_TEST(caseload.rows().subjects().size() == listed(model::CaseloadScope::MyTeams));
    BOOST_TEST(caseload.rows().subjects().size() > mine);
    // The dashboard follows the caseload chosen.
    BOOST_TEST((w.frame->subject_view().dashboard().caseload() == model::CaseloadScope::MyTeams));
}

BOOST_AUTO_TEST_SUITE_END()
