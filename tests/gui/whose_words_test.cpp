// Whose words an item or row is, chosen with real key presses in the editors and checked in the database, and
// the dashboard listing a review held without the person.
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/html/htmlwin.h>
#include <wx/uiaction.h>

#include <boost/test/unit_test.hpp>

#include "app/views/caseload_view.h"
#include "app/views/dashboard_view.h"
#include "app/views/list_section_editor.h"
#include "app/views/record_editor.h"
#include "app/views/subject_view.h"
#include "app/views/table_section_editor.h"
#include "common/test_store.h"
#include "demo_frame.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;

namespace {

// Aaron Aabel sorts first: a profile item, an action of a review held on 2026-05-01 with family and staff
// but without him, and one held before that with him there; he is in the demo's first team.
void add_aaron(model::Store& store) {
    model::Subject aaron;
    aaron.id = "P-AAA";
    aaron.name = "Aaron Aabel";
    store.save_subject(aaron);
    model::Record profile;
    profile.tool = "one-page-profile";
    model::Entry item;
    item.text = "Kind to the cat";
    profile.section_for_update("appreciation").entries.push_back(item);
    store.save_record(aaron.kind, aaron.id, profile);

    model::Record review;
    review.tool = "person-centred-review";
    model::Entry without;
    without.date = "2026-05-01";
    without.cells = {model::Cell{"attendees", {}, {{"family", "Alan"}, {"staff", "Sam"}}},
                     model::Cell{"working", "Swimming", {}}};
    model::Entry with;
    with.date = "2026-02-01";
    with.cells = {model::Cell{"attendees", {}, {{"person", "Aaron"}}}};
    review.section_for_update("meetings").entries = {with, without};
    model::Entry action;
    action.cells = {model::Cell{"action", "Book the bus pass", {}}, model::Cell{"who", "Alan", {}},
                    model::Cell{"by-when", "2026-09-01", {}}};
    review.section_for_update("actions").entries.push_back(action);
    store.save_record(aaron.kind, aaron.id, review);
    store.set_teams(aaron.kind, aaron.id, {store.subjects(model::SubjectKind::Team).at(0).id});
}

struct WhoseWindow : DemoFrame {
    gui_test::Recorder recorder;
    wxUIActionSimulator keys;

    WhoseWindow() : DemoFrame(add_aaron) {
        frame->set_error_reporter(&recorder);
        frame->SetSize(0, 0, 1000, 740);  // within the 1024x768 screen the tests run on
        settle();
    }

    app::SectionEditor* open(const std::string& tool, const std::string& section) {
        frame->caseload().select_row(0);
        settle();
        BOOST_REQUIRE(frame->subject_view().subject()->id == "P-AAA");
        BOOST_REQUIRE(frame->subject_view().select_tool_id(tool));
        frame->subject_view().show_editor(true);
        settle();
        return frame->subject_view().editor().section_editor(section);
    }

    model::Record stored(const std::string& tool) {
        auto record = model::open_test_store(file)->record(model::SubjectKind::Person, "P-AAA", tool);
        BOOST_REQUIRE(record);
        return *record;
    }

    // Lets the X server's events arrive until `done` (a bounded number of turns, never a clock).
    void until(const std::function<bool()>& done) {
        for (int turn = 0; turn < 400 && !done(); ++turn) {
            wxTheApp->Yield(true);
            wxMilliSleep(2);
        }
        settle();
    }

    // Puts the keyboard in `window`: the pointer over the frame (with no window manager the keyboard follows
    // the pointer), then the focus.
    void focus(wxWindow* window) {
        frame->Raise();
        window->SetFocus();
        settle();
        keys.MouseMove(frame->GetScreenPosition() + wxPoint(40, 40));
        until([&] { return window->HasFocus(); });
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(whose_words_test)

BOOST_AUTO_TEST_CASE(whose_words_chosen_for_an_item_with_the_keyboard_are_saved_at_once) {
    WhoseWindow w;
    auto* list = dynamic_cast<app::ListSectionEditor*>(w.open("one-page-profile", "appreciation"));
    BOOST_REQUIRE(list);
    BOOST_REQUIRE(list->item_count() == 1u);
    wxChoice* whose = list->origin_control(0);
    BOOST_TEST(whose->GetSelection() == 0, "not said yet");

    // Tab from the item's line reaches its choice.
    w.focus(list->item_control(0));
    w.keys.Char(WXK_TAB);
    // GTK gives the focus to the button inside the choice, which wx does not name (FindFocus is null): the
    // line has lost it, and the keys that follow change the choice.
    w.until([&] { return !list->item_control(0)->HasFocus(); });
    BOOST_TEST(!list->item_control(0)->HasFocus());

    // Down twice: the person, then family; each choice is saved as it is made.
    w.keys.Char(WXK_DOWN);
    w.until([&] { return w.stored("one-page-profile").section("appreciation")->entries.at(0).origin != ""; });
    w.keys.Char(WXK_DOWN);
    w.until([&] {
        return w.stored("one-page-profile").section("appreciation")->entries.at(0).origin == "family";
    });
    const model::Entry item = w.stored("one-page-profile").section("appreciation")->entries.at(0);
    BOOST_TEST(item.origin == "family");
    BOOST_TEST(item.text == "Kind to the cat");
    BOOST_TEST(from_wx(whose->GetStringSelection()) == "Family");
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(whose_words_chosen_for_a_row_with_the_keyboard_are_saved) {
    WhoseWindow w;
    auto* actions = dynamic_cast<app::TableSectionEditor*>(w.open("person-centred-review", "actions"));
    BOOST_REQUIRE(actions);
    wxGrid* grid = actions->grid();
    const int column = actions->origin_column();
    BOOST_REQUIRE(column >= 0);
    BOOST_TEST(from_wx(grid->GetColLabelValue(column)).find("Whose") != std::string::npos);

    w.focus(grid);
    grid->SetGridCursor(0, actions->grid_column("by-when"));
    w.settle();
    // Tab goes on from the last of the template's columns to whose words, past "Done on".
    w.keys.Char(WXK_TAB);
    w.until([&] { return grid->GetGridCursorCol() == actions->grid_column("done"); });
    w.keys.Char(WXK_TAB);
    w.until([&] { return grid->GetGridCursorCol() == column; });
    BOOST_REQUIRE(grid->GetGridCursorCol() == column);

    // F2 opens the choice, Down moves to the next one (the person), Enter saves it.
    w.keys.Char(WXK_F2);
    w.until([&] { return grid->IsCellEditControlShown(); });
    BOOST_REQUIRE(grid->IsCellEditControlShown());
    w.keys.Char(WXK_DOWN);
    w.settle();
    w.keys.Char(WXK_RETURN);
    w.until([&] {
        return w.stored("person-centred-review").section("actions")->entries.at(0).origin == "person";
    });
    const model::Entry row = w.stored("person-centred-review").section("actions")->entries.at(0);
    BOOST_TEST(row.origin == "person");
    BOOST_TEST(row.cell("action")->text == "Book the bus pass");
    BOOST_TEST(from_wx(grid->GetCellValue(0, column)) == "The person");
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(a_letter_typed_on_a_choice_cell_picks_the_choice_it_starts_and_saves_it) {
    WhoseWindow w;
    auto* actions = dynamic_cast<app::TableSectionEditor*>(w.open("person-centred-review", "actions"));
    BOOST_REQUIRE(actions);
    wxGrid* grid = actions->grid();
    const int column = actions->origin_column();
    w.focus(grid);
    grid->SetGridCursor(0, column);
    w.settle();
    // "f" for Family, with no choice box opened.
    w.keys.Char('f');
    w.until([&] {
        return w.stored("person-centred-review").section("actions")->entries.at(0).origin == "family";
    });
    BOOST_TEST(w.stored("person-centred-review").section("actions")->entries.at(0).origin == "family");
    BOOST_TEST(from_wx(grid->GetCellValue(0, column)) == "Family");
    // Another letter, another choice.
    w.keys.Char('o');
    w.until([&] {
        return w.stored("person-centred-review").section("actions")->entries.at(0).origin == "other";
    });
    BOOST_TEST(from_wx(grid->GetCellValue(0, column)) == "Other");
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(the_dashboard_lists_a_review_held_without_the_person) {
    DemoFrame demo(add_aaron);
    app::SubjectView& view = demo.frame->subject_view();
    BOOST_TEST(view.showing_dashboard());
    const auto& lines = view.dashboard().dashboard().without_person;
    const auto found =
        std::find_if(lines.begin(), lines.end(), [](const auto& l) { return l.id == "P-AAA"; });
    BOOST_REQUIRE(found != lines.end());
    BOOST_TEST(found->date->iso() == "2026-05-01");
    BOOST_TEST(!found->teams.empty());
    BOOST_TEST(found->text.find(found->teams) != std::string::npos);
    const std::string page = from_wx(view.dashboard().page()->ToText());
    BOOST_TEST(page.find("Reviews held without the person") != std::string::npos);
    BOOST_TEST(page.find("held without them") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
