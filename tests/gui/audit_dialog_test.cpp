// View > Audit Trail, filtered with real key presses: the rows listed are the database's entries by the user
// typed, newest first, and a day after them lists none; who may open it.
#include "app/dialogs/audit_dialog.h"

#include <wx/menu.h>

#include <boost/test/unit_test.hpp>

#include "app/shortcuts.h"
#include "app/views/caseload_view.h"
#include "demo_frame.h"
#include "real_input.h"

using namespace pcr;
using app::from_wx;
using gui_test::RealInput;
using gui_test::with_dialog;

namespace {

// Bea exported two people's profiles and Cy printed one, beside the window (the demo's changes are the
// tester's).
void add_exports(const std::filesystem::path& file) {
    {
        auto bea = model::open_test_store(file, model::OpenMode::Existing, "bea");
        bea->record_event({model::AuditAction::Export, model::SubjectKind::Person, "P-00001", "profile pdf"});
        bea->record_event({model::AuditAction::Export, model::SubjectKind::Person, "P-00002", "record html"});
    }
    auto cy = model::open_test_store(file, model::OpenMode::Existing, "cy");
    cy->record_event({model::AuditAction::Print, model::SubjectKind::Person, "P-00001", "profile"});
}

int menu_id(wxMenuBar* bar, app::Command command) {
    const wxString key = app::key_text(command);
    for (size_t m = 0; m < bar->GetMenuCount(); ++m)
        for (wxMenuItem* item : bar->GetMenu(m)->GetMenuItems())
            if (item->GetItemLabel().AfterFirst('\t') == key) return item->GetId();
    return wxID_NONE;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(audit_dialog_test)

BOOST_AUTO_TEST_CASE(typing_a_user_lists_only_their_entries_newest_first) {
    gui_test::DemoFrame w;
    add_exports(w.file);
    w.frame->SetSize(0, 0, 1000, 740);
    RealInput input;
    const int audit = menu_id(w.frame->GetMenuBar(), app::Command::AuditTrail);
    BOOST_REQUIRE(audit != wxID_NONE);
    std::vector<std::string> users;
    std::vector<std::string> details;
    long rows_for_bea = -1;
    long rows_after_today = -1;
    long rows_for_everyone = -1;
    const bool opened = with_dialog<app::AuditDialog>(
        [&] {
            wxCommandEvent event(wxEVT_MENU, audit);
            w.frame->GetEventHandler()->ProcessEvent(event);
        },
        [&](app::AuditDialog& dialog) {
            rows_for_everyone = dialog.list()->GetItemCount();
            input.click(dialog.user());
            BOOST_TEST(RealInput::wait_for(
                [&] { return dialog.user()->HasFocus() || wxWindow::FindFocus() == dialog.user(); }));
            input.simulator.Text("bea");
            RealInput::wait_for([&] { return dialog.user()->GetValue() == "bea"; });
            RealInput::settle();
            rows_for_bea = dialog.list()->GetItemCount();
            for (long row = 0; row < rows_for_bea; ++row) {
                users.push_back(from_wx(dialog.list()->GetItemText(row, 1)));
                details.push_back(from_wx(dialog.list()->GetItemText(row, 4)));
            }
            // A day after every entry: none.
            input.click(dialog.since());
            input.simulator.Text("2999-01-01");
            RealInput::wait_for([&] { return dialog.list()->GetItemCount() == 0; });
            rows_after_today = dialog.list()->GetItemCount();
            input.key(WXK_ESCAPE);
        });
    BOOST_REQUIRE(opened);
    BOOST_TEST(rows_for_everyone > 3);  // the demo's changes too
    BOOST_TEST(rows_for_bea == 2);
    const std::vector<std::string> bea = {"bea", "bea"};
    BOOST_TEST(users == bea, boost::test_tools::per_element());
    const std::vector<std::string> newest_first = {"record html", "profile pdf"};
    BOOST_TEST(details == newest_first, boost::test_tools::per_element());
    BOOST_TEST(rows_after_today == 0);

    // What the database holds for bea is what was listed.
    const auto store = model::open_test_store(w.file);
    model::AuditFilter filter;
    filter.user = "bea";
    BOOST_TEST(store->audit(filter).size() == 2u);
}

BOOST_AUTO_TEST_CASE(only_the_chosen_person_lists_their_entries) {
    gui_test::DemoFrame w;
    add_exports(w.file);
    w.frame->SetSize(0, 0, 1000, 740);
    RealInput input;
    BOOST_REQUIRE(w.frame->caseload().select_subject(model::SubjectKind::Person, "P-00001"));
    w.settle();
    std::vector<std::string> actions;
    const bool opened = with_dialog<app::AuditDialog>(
        [&] { w.frame->show_audit_trail(); },
        [&](app::AuditDialog& dialog) {
            BOOST_TEST(dialog.only_chosen()->IsEnabled());
            input.click(dialog.only_chosen());
            RealInput::wait_for([&] { return dialog.only_chosen()->GetValue(); });
            for (const auto& entry : dialog.entries()) {
                BOOST_TEST(entry.subject == "P-00001");
                actions.push_back(std::string(model::to_string(entry.action)));
            }
            input.key(WXK_ESCAPE);
        });
    BOOST_REQUIRE(opened);
    // The demo made the person's records (changes), then bea exported and cy printed: newest first.
    BOOST_REQUIRE(actions.size() >= 3u);
    BOOST_TEST(actions[0] == "print");
    BOOST_TEST(actions[1] == "export");
    BOOST_TEST(actions[2] == "change");
}

BOOST_AUTO_TEST_SUITE_END()
