// The dashboard is shown on opening, lists someone without a one-page profile, and opens their record; how
// far ahead it looks for records due is a preference.
#include "app/views/dashboard_view.h"

#include <wx/html/htmlwin.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "app/dialogs/preferences_dialog.h"
#include "app/preferences.h"
#include "app/views/caseload_view.h"
#include "app/views/subject_view.h"
#include "demo_frame.h"

using namespace pcr;
using namespace pcr::model;
using pcr::app::from_wx;

namespace {

void add_newcomer(Store& store) {
    Subject nia;
    nia.id = "P-NEW";
    nia.name = "Nia Newcomer";
    store.save_subject(nia);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dashboard_view_test)

BOOST_AUTO_TEST_CASE(lists_a_person_without_a_profile_and_opens_it) {
    gui_test::DemoFrame demo(add_newcomer);
    app::SubjectView& view = demo.frame->subject_view();
    BOOST_TEST(view.showing_dashboard());
    BOOST_TEST(demo.frame->caseload().selected_row() == -1);
    // A section shows its first lines and a link to the rest; following it lists everyone.
    std::string page = from_wx(view.dashboard().page()->ToText());
    BOOST_TEST(page.find("Show ") != std::string::npos);
    wxHtmlLinkEvent more(view.dashboard().page()->GetId(), wxHtmlLinkInfo("more:0"));
    view.dashboard().page()->GetEventHandler()->ProcessEvent(more);

    const app::DashboardView& dashboard = view.dashboard();
    const auto& missing = dashboard.dashboard().no_profile;
    std::size_t index = missing.size();
    for (std::size_t i = 0; i < missing.size(); ++i)
        if (missing[i].id == "P-NEW") index = i;
    BOOST_REQUIRE(index < missing.size());
    BOOST_TEST(missing[index].tool == "one-page-profile");
    page = from_wx(dashboard.page()->ToText());
    BOOST_TEST(page.find("No one-page profile") != std::string::npos);
    BOOST_TEST(page.find("Nia Newcomer") != std::string::npos);
    BOOST_TEST(page.find("Coverage per tool") != std::string::npos);

    // Following the line's link, as a click on it does.
    wxHtmlLinkEvent click(dashboard.page()->GetId(), wxHtmlLinkInfo(app::DashboardView::link_for(0, index)));
    click.SetEventObject(dashboard.page());
    dashboard.page()->GetEventHandler()->ProcessEvent(click);

    BOOST_TEST(!view.showing_dashboard());
    const int row = demo.frame->caseload().selected_row();
    BOOST_REQUIRE(row >= 0);
    BOOST_TEST(demo.frame->caseload().rows().subject(row)->id == "P-NEW");
    BOOST_TEST(from_wx(view.header_name()) == "Nia Newcomer");
    const int tool = view.selected_tool();
    BOOST_REQUIRE(tool >= 0);
    BOOST_TEST(view.tool_rows().standing(tool)->tool->id == "one-page-profile");
}

BOOST_AUTO_TEST_CASE(counts_on_another_thread_and_shows_the_lines_when_done) {
    gui_test::DemoFrame demo(add_newcomer);
    app::SubjectView& view = demo.frame->subject_view();
    // Someone added by another program after the window opened is on the next count.
    {
        auto other = open_test_store(demo.file);
        Subject late;
        late.id = "P-LATE";
        late.name = "Lata Later";
        other->save_subject(late);
    }
    view.show_dashboard();
    BOOST_TEST(view.dashboard().counting());
    BOOST_TEST(from_wx(view.dashboard().page()->ToText()).find("Counting") != std::string::npos);
    BOOST_TEST(view.dashboard().dashboard().no_profile.empty());
    demo.counted();
    BOOST_REQUIRE(!view.dashboard().counting());
    const auto& missing = view.dashboard().dashboard().no_profile;
    const auto late = std::find_if(missing.begin(), missing.end(),
                                   [](const DashboardLine& line) { return line.id == "P-LATE"; });
    BOOST_TEST((late != missing.end()));
    BOOST_TEST(from_wx(view.dashboard().page()->ToText()).find("No one-page profile") != std::string::npos);
    const std::size_t before = missing.size();
    // A second refresh while one is counting is counted after it; only the latest reaches the page.
    view.show_dashboard();
    view.show_dashboard();
    demo.counted();
    BOOST_TEST(!view.dashboard().counting());
    BOOST_TEST(view.dashboard().dashboard().no_profile.size() == before);
}

BOOST_AUTO_TEST_CASE(a_new_empty_database_says_there_is_nobody_yet) {
    gui_test::DemoFrame demo;
    // What File > New does once its dialog has a name that is not taken.
    demo.frame->open_database(demo.folder / "new.pcrdb", model::OpenMode::CreateIfMissing);
    demo.settle();
    demo.counted();
    app::SubjectView& view = demo.frame->subject_view();
    BOOST_REQUIRE(view.showing_dashboard());
    const std::string page = from_wx(view.dashboard().page()->ToText());
    BOOST_TEST(page.find("There is nobody here yet.") != std::string::npos, page);
    BOOST_TEST(page.find("Everyone has a one-page profile") == std::string::npos, page);
    BOOST_TEST(page.find("No person-centred reviews are due") == std::string::npos, page);
}

BOOST_AUTO_TEST_CASE(the_due_soon_window_is_set_in_preferences) {
    gui_test::DemoFrame demo;
    app::SubjectView& view = demo.frame->subject_view();
    BOOST_REQUIRE(view.showing_dashboard());
    BOOST_TEST(view.dashboard().dashboard().due_within_days == 30);
    BOOST_TEST(from_wx(view.dashboard().page()->ToText()).find("due within 30 days") != std::string::npos);

    // Edit > Preferences, as the user fills it in: a week instead of 30 days.
    bool shown = false;
    wxTheApp->CallAfter([&] {
        for (wxWindow* window : wxTopLevelWindows)
            if (auto* dialog = dynamic_cast<app::PreferencesDialog*>(window); dialog && dialog->IsModal()) {
                shown = true;
                BOOST_TEST(dialog->due_within_days_control()->GetValue() == 30);
                dialog->due_within_days_control()->SetValue(7);
                dialog->EndModal(wxID_OK);
            }
    });
    wxCommandEvent menu(wxEVT_MENU, wxID_PREFERENCES);
    demo.frame->GetEventHandler()->ProcessEvent(menu);
    demo.settle();
    BOOST_REQUIRE(shown);
    // Counted again on its thread: a busy machine takes longer than a few turns of the event loop.
    demo.counted();

    const model::Dashboard& board = view.dashboard().dashboard();
    BOOST_TEST(board.due_within_days == 7);
    BOOST_TEST(from_wx(view.dashboard().page()->ToText()).find("due within 7 days") != std::string::npos);
    for (const auto& line : board.records_due)
        BOOST_TEST((!line.date || *line.date <= gui_test::kToday.plus_days(7)), line.text);
    BOOST_TEST(app::Preferences::load().due_within_days == 7);
}

BOOST_AUTO_TEST_SUITE_END()
