// Workbook > Working Together for Change with real key presses and clicks: a theme typed in and added, a
// statement clicked in the list and put in it, and the database holding both; someone who may not assess sees
// the statements but cannot change themes.
#include "app/dialogs/working_together_dialog.h"

#include <boost/test/unit_test.hpp>

#include "app/dialogs/action_dialog.h"
#include "demo_frame.h"
#include "real_input.h"

using namespace pcr;
using gui_test::RealInput;
using gui_test::with_dialog;

namespace {

// Clicks row `row` of a report list, scrolled into view first, as a user picks it.
void click_row(RealInput& input, wxListCtrl* list, long row) {
    list->EnsureVisible(row);
    RealInput::settle();
    wxRect rect;
    BOOST_REQUIRE(list->GetItemRect(row, rect));
    input.simulator.MouseMove(list->ClientToScreen(rect.GetPosition() + wxPoint(40, rect.height / 2)));
    RealInput::settle(5);
    input.simulator.MouseClick();
    RealInput::wait_for([&] { return list->GetItemState(row, wxLIST_STATE_SELECTED) != 0; });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(working_together_dialog_test)

BOOST_AUTO_TEST_CASE(a_theme_is_added_and_a_statement_put_in_it) {
    gui_test::DemoFrame w;
    gui_test::Recorder recorder;
    w.frame->set_error_reporter(&recorder);
    RealInput input;
    model::Statement chosen;
    const bool opened = with_dialog<app::WorkingTogetherDialog>(
        [&] { w.frame->show_working_together(); },
        [&](app::WorkingTogetherDialog& dialog) {
            BOOST_REQUIRE(!dialog.statements().empty());
            BOOST_TEST(dialog.statement_list()->GetItemCount() ==
                       static_cast<long>(dialog.statements().size()));
            BOOST_TEST(dialog.counts().empty());
            BOOST_TEST(input.click_into(dialog.theme_name_box()));
            BOOST_TEST(input.type(dialog.theme_name_box(), "Transport"));
            input.click(dialog.new_theme_button());
            BOOST_REQUIRE(RealInput::wait_for([&] { return dialog.counts().size() == 1; }));
            BOOST_TEST(dialog.theme_list()->GetItemText(0) == "Transport");
            BOOST_TEST(dialog.theme_list()->GetItemState(0, wxLIST_STATE_SELECTED) != 0);
            BOOST_TEST(!dialog.assign_button()->IsEnabled());
            // The first statement of what is not working, as the new theme is of that kind.
            long row = 0;
            while (dialog.statements()[static_cast<std::size_t>(row)].kind !=
                   model::StatementKind::NotWorking)
                ++row;
            chosen = dialog.statements()[static_cast<std::size_t>(row)];
            click_row(input, dialog.statement_list(), row);
            BOOST_REQUIRE(dialog.assign_button()->IsEnabled());
            input.click(dialog.assign_button());
            BOOST_TEST(RealInput::wait_for([&] { return dialog.counts().front().statements == 1; }));
            BOOST_TEST(dialog.theme_list()->GetItemText(0, 2) == "1");
            input.click(dialog.FindWindow(wxID_CANCEL));
        });
    BOOST_REQUIRE(opened);
    BOOST_TEST(recorder.messages.empty());
    const auto store = model::open_test_store(w.file);
    const auto themes = store->themes();
    BOOST_REQUIRE_EQUAL(themes.size(), 1u);
    BOOST_TEST(themes[0].name == "Transport");
    BOOST_TEST((themes[0].kind == model::StatementKind::NotWorking));
    const auto members = store->theme_members();
    BOOST_REQUIRE_EQUAL(members.size(), 1u);
    BOOST_TEST(members[0].theme == themes[0].key);
    BOOST_TEST((members[0].statement == chosen.key));
}

BOOST_AUTO_TEST_CASE(a_theme_goes_on_the_action_plan_through_the_plan_s_own_form) {
    // An assessment to add to, with nothing on its plan yet.
    gui_test::DemoFrame w([](model::Store& store) {
        model::WorkbookAssessment assessment;
        assessment.date = model::Date(2026, 6, 1);
        assessment.workbook = "progress-for-providers-homecare";
        store.save_assessment(assessment);
        store.add_theme("Rotas", model::StatementKind::NotWorking);
    });
    gui_test::Recorder recorder;
    w.frame->set_error_reporter(&recorder);
    RealInput input;
    const bool opened = with_dialog<app::WorkingTogetherDialog>(
        [&] { w.frame->show_working_together(); },
        [&](app::WorkingTogetherDialog& dialog) {
            BOOST_REQUIRE_EQUAL(dialog.counts().size(), 1u);
            click_row(input, dialog.theme_list(), 0);
            BOOST_REQUIRE(dialog.action_button()->IsEnabled());
            const bool asked = with_dialog<app::ActionDialog>(
                [&] { input.click(dialog.action_button()); },
                [&](app::ActionDialog& form) {
                    BOOST_TEST(app::from_wx(form.what_control()->GetValue()).find("Rotas") !=
                               std::string::npos);
                    BOOST_TEST(input.click_into(form.who_control()));
                    BOOST_TEST(input.type(form.who_control(), "Sam"));
                    input.click(form.FindWindow(wxID_OK));
                });
            BOOST_TEST(asked);
            BOOST_TEST(RealInput::wait_for([&] {
                return app::from_wx(dialog.done_line()->GetLabel()).find("is on the action plan") !=
                       std::string::npos;
            }));
            input.click(dialog.FindWindow(wxID_CANCEL));
        });
    BOOST_REQUIRE(opened);
    BOOST_TEST(recorder.messages.empty());
    const auto assessments = model::open_test_store(w.file)->assessments();
    BOOST_REQUIRE_EQUAL(assessments.size(), 1u);
    BOOST_REQUIRE_EQUAL(assessments[0].actions.size(), 1u);
    const model::TopicAction& added = assessments[0].actions[0];
    BOOST_TEST(added.who == "Sam");
    BOOST_TEST(added.action.find("Change what is not working: Rotas") != std::string::npos);
    BOOST_TEST(!added.topic.empty());
}

BOOST_AUTO_TEST_SUITE_END()
