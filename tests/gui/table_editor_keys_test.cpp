// Table sections typed in with real key presses through the X server: Tab, Enter and Escape in a cell, an
// added row left empty, and the learning log listed newest first, each checked in the database.
#include <wx/grid.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <boost/test/unit_test.hpp>

#include "app/views/caseload_view.h"
#include "app/views/record_editor.h"
#include "app/views/subject_view.h"
#include "app/views/table_section_editor.h"
#include "common/test_store.h"
#include "demo_frame.h"
#include "model/core/date_text.h"
#include "model/rules/dashboard.h"
#include "model/rules/record_edit.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;
using pcr::gui_test::kToday;

namespace {

// Aaron Aaberg sorts first in the caseload and has no records: no review, no learning log.
void add_bo(model::Store& store) {
    model::Subject bo;
    bo.id = "P-AAB";
    bo.name = "Aaron Aaberg";
    store.save_subject(bo);
}

std::string cell(const model::Entry& row, const std::string& column) {
    const model::Cell* c = row.cell(column);
    return c ? c->text : std::string();
}

struct KeyWindow : DemoFrame {
    gui_test::Recorder recorder;
    wxUIActionSimulator keys;
    model::Subject person;

    KeyWindow() : DemoFrame(add_bo) {
        frame->set_error_reporter(&recorder);
        frame->SetSize(0, 0, 1000, 740);  // within the 1024x768 screen the tests run on
        settle();
    }

    app::TableSectionEditor& open(const std::string& tool, const std::string& section) {
        frame->caseload().select_row(0);
        settle();
        BOOST_REQUIRE(frame->subject_view().subject()->id == "P-AAB");
        person = *frame->subject_view().subject();
        BOOST_REQUIRE(frame->subject_view().select_tool_id(tool));
        frame->subject_view().show_editor(true);
        settle();
        auto* table =
            dynamic_cast<app::TableSectionEditor*>(frame->subject_view().editor().section_editor(section));
        BOOST_REQUIRE(table);
        return *table;
    }

    std::optional<model::Record> stored(const std::string& tool) {
        return model::open_test_store(file)->record(person.kind, person.id, tool);
    }

    // Lets the X server's events arrive until `done` (a bounded number of turns, never a clock).
    void until(const std::function<bool()>& done) {
        for (int turn = 0; turn < 400 && !done(); ++turn) {
            wxTheApp->Yield(true);
            wxMilliSleep(2);
        }
        settle();
    }

    // Presses a button with the space bar, as the keyboard does, with the pointer over the frame so its keys
    // go there (with no window manager the keyboard follows the pointer).
    void click(wxWindow* button) {
        frame->Raise();
        button->SetFocus();
        settle();
        keys.MouseMove(frame->GetScreenPosition() + wxPoint(40, 40));
        until([&] { return button->HasFocus(); });
        keys.Char(' ');
    }

    // Types `text` into the grid's cell under the cursor: the first key starts editing it.
    void type(wxGrid* grid, const wxString& text) {
        keys.Text(text.utf8_str());
        until([&] {
            if (!grid->IsCellEditControlShown()) return false;
            wxGridCellEditor* editor =
                grid->GetCellEditor(grid->GetGridCursorRow(), grid->GetGridCursorCol());
            const bool typed = editor->GetValue() == text;
            editor->DecRef();
            return typed;
        });
    }

    // Presses a key (with modifiers) and waits until the editing, the cursor or the focus changes.
    void press(wxGrid* grid, int key, int modifiers = wxMOD_NONE) {
        const bool editing = grid->IsCellEditControlShown();
        const int row = grid->GetGridCursorRow(), column = grid->GetGridCursorCol();
        wxWindow* focus = wxWindow::FindFocus();
        keys.Char(key, modifiers);
        until([&] {
            return grid->IsCellEditControlShown() != editing || grid->GetGridCursorRow() != row ||
                   grid->GetGridCursorCol() != column || wxWindow::FindFocus() != focus;
        });
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(table_editor_keys_test)

BOOST_AUTO_TEST_CASE(a_whole_row_typed_with_tab_alone_is_stored_cell_by_cell) {
    KeyWindow w;
    app::TableSectionEditor& actions = w.open("person-centred-review", "actions");
    wxGrid* grid = actions.grid();
    w.click(actions.add_button());
    w.until([&] { return actions.new_row() >= 0; });
    BOOST_REQUIRE(actions.new_row() >= 0);
    const int row = actions.new_row();
    BOOST_TEST(grid->GetGridCursorRow() == row);
    BOOST_TEST(grid->GetGridCursorCol() == actions.grid_column("action"));

    w.type(grid, "Book the bus pass");
    w.press(grid, WXK_TAB);
    BOOST_TEST(grid->GetGridCursorCol() == actions.grid_column("who"), "Tab goes on to the next cell");
    w.type(grid, "Alan");
    w.press(grid, WXK_TAB);
    BOOST_TEST(grid->GetGridCursorCol() == actions.grid_column("by-when"));
    w.type(grid, "2026-07-31");
    w.press(grid, WXK_TAB);
    BOOST_TEST(grid->GetGridCursorCol() == actions.grid_column("done"));
    w.type(grid, "2026-07-20");
    w.press(grid, WXK_TAB);  // past the last cell one can type in: out of the grid

    const auto review = w.stored("person-centred-review");
    BOOST_REQUIRE(review);
    BOOST_REQUIRE(review->section("actions"));
    BOOST_REQUIRE(review->section("actions")->entries.size() == 1u);
    const model::Entry& stored = review->section("actions")->entries[0];
    BOOST_TEST(cell(stored, "action") == "Book the bus pass");
    BOOST_TEST(cell(stored, "who") == "Alan");
    BOOST_TEST(cell(stored, "by-when") == "2026-07-31");
    BOOST_TEST(cell(stored, "done") == "2026-07-20");
    BOOST_TEST(w.recorder.messages.empty());

    // Shift+Tab goes back cell by cell, and typing there replaces that cell alone.
    grid->SetFocus();
    grid->SetGridCursor(row, actions.grid_column("done"));
    w.press(grid, WXK_TAB, wxMOD_SHIFT);
    BOOST_TEST(grid->GetGridCursorCol() == actions.grid_column("by-when"));
    w.press(grid, WXK_TAB, wxMOD_SHIFT);
    BOOST_TEST(grid->GetGridCursorCol() == actions.grid_column("who"));
    w.type(grid, "Priya");
    w.press(grid, WXK_TAB, wxMOD_SHIFT);
    BOOST_TEST(grid->GetGridCursorCol() == actions.grid_column("action"));
    const model::Entry after = w.stored("person-centred-review")->section("actions")->entries.at(0);
    BOOST_TEST(cell(after, "who") == "Priya");
    BOOST_TEST(cell(after, "action") == "Book the bus pass");
}

BOOST_AUTO_TEST_CASE(escape_takes_back_only_the_cell_being_typed_and_enter_saves_it) {
    KeyWindow w;
    app::TableSectionEditor& actions = w.open("person-centred-review", "actions");
    wxGrid* grid = actions.grid();
    w.click(actions.add_button());
    w.until([&] { return actions.new_row() >= 0; });
    BOOST_REQUIRE(actions.new_row() >= 0);
    const int row = actions.new_row();
    w.type(grid, "Ring the chapel");
    w.press(grid, WXK_TAB);
    w.type(grid, "Sam");
    w.press(grid, WXK_TAB);

    // Back on "Who", typing over it and pressing Escape: the cell is as it was, and so is the rest of the
    // row.
    grid->SetGridCursor(row, actions.grid_column("who"));
    w.type(grid, "Nobody");
    w.press(grid, WXK_ESCAPE);
    BOOST_TEST(!grid->IsCellEditControlShown());
    BOOST_TEST(from_wx(grid->GetCellValue(row, actions.grid_column("who"))) == "Sam");
    BOOST_TEST(from_wx(grid->GetCellValue(row, actions.grid_column("action"))) == "Ring the chapel");
    auto stored = w.stored("person-centred-review")->section("actions")->entries.at(0);
    BOOST_TEST(cell(stored, "who") == "Sam");
    BOOST_TEST(cell(stored, "action") == "Ring the chapel");

    // Enter saves what is typed.
    w.type(grid, "Siobhan");
    w.press(grid, WXK_RETURN);
    BOOST_TEST(!grid->IsCellEditControlShown());
    stored = w.stored("person-centred-review")->section("actions")->entries.at(0);
    BOOST_TEST(cell(stored, "who") == "Siobhan");
    BOOST_TEST(cell(stored, "action") == "Ring the chapel");
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(a_row_added_and_left_empty_changes_nothing_in_the_database) {
    KeyWindow w;
    app::TableSectionEditor& meetings = w.open("person-centred-review", "meetings");
    wxGrid* grid = meetings.grid();
    const auto due = [&] {
        const auto board = model::Dashboard::build(*model::open_test_store(w.file), w.templates, kToday);
        return std::any_of(board.reviews_due.begin(), board.reviews_due.end(),
                           [](const model::DashboardLine& line) { return line.id == "P-AAB"; });
    };
    BOOST_REQUIRE(due());

    // A meeting row added, dated today by itself, and left with Shift+Tab (to its date, then out of the
    // grid): gone, and nothing stored.
    w.click(meetings.add_button());
    w.until([&] { return meetings.new_row() >= 0; });
    BOOST_REQUIRE(meetings.new_row() >= 0);
    BOOST_TEST(from_wx(grid->GetCellValue(meetings.new_row(), meetings.grid_column("date"))) ==
               model::display_date(kToday));
    BOOST_TEST(w.frame->subject_view().editor().status_text().Contains("No record"));
    w.press(grid, WXK_TAB, wxMOD_SHIFT);
    BOOST_TEST(grid->GetGridCursorCol() == meetings.grid_column("date"));
    w.press(grid, WXK_TAB, wxMOD_SHIFT);
    w.until([&] { return meetings.new_row() < 0; });
    BOOST_TEST(meetings.new_row() == -1);
    BOOST_TEST(grid->GetNumberRows() == 0);
    BOOST_TEST(!w.stored("person-centred-review").has_value());

    // Again, with another date typed: a date alone is not content. Then another tool is chosen.
    w.click(meetings.add_button());
    w.until([&] { return meetings.new_row() >= 0; });
    BOOST_REQUIRE(meetings.new_row() >= 0);
    grid->SetGridCursor(meetings.new_row(), meetings.grid_column("date"));
    w.type(grid, "2026-06-29");
    w.press(grid, WXK_TAB);
    BOOST_TEST(!w.stored("person-centred-review").has_value());
    BOOST_REQUIRE(w.frame->subject_view().select_tool_id("one-page-profile"));
    w.settle();
    BOOST_TEST(!w.stored("person-centred-review").has_value());
    BOOST_TEST(due(), "Aaron is still due a review");
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(the_learning_log_lists_its_newest_entry_first) {
    KeyWindow w;
    app::TableSectionEditor& log = w.open("learning-log", "entries");
    {
        auto store = model::open_test_store(w.file);
        const model::ToolTemplate& tool = w.templates.get("learning-log");
        model::Record record;
        record.tool = tool.id;
        model::RecordEdit edit(record, tool);
        edit.set_cell("entries", edit.add_row("entries", model::Date(2026, 6, 20)), "what-they-did",
                      "Cinema");
        edit.set_cell("entries", edit.add_row("entries", model::Date(2026, 5, 2)), "what-they-did", "Bowls");
        store->save_record(w.person.kind, w.person.id, record);
    }
    w.frame->subject_view().editor().reload();
    w.settle();
    wxGrid* grid = log.grid();
    const int what = log.grid_column("what-they-did");
    BOOST_REQUIRE(grid->GetNumberRows() == 2);
    BOOST_TEST(from_wx(grid->GetCellValue(0, what)) == "Cinema");
    BOOST_TEST(from_wx(grid->GetCellValue(1, what)) == "Bowls");

    // A new entry comes in at the top, and is stored after the others, in the order written.
    w.click(log.add_button());
    w.until([&] { return log.new_row() >= 0; });
    BOOST_TEST(log.new_row() == 0);
    w.type(grid, "Walk by the canal");
    w.press(grid, WXK_TAB);
    const auto stored = w.stored("learning-log")->section("entries")->entries;
    BOOST_REQUIRE(stored.size() == 3u);
    BOOST_TEST(cell(stored[0], "what-they-did") == "Cinema");
    BOOST_TEST(cell(stored[2], "what-they-did") == "Walk by the canal");
    BOOST_TEST(stored[2].date == kToday.iso());
    BOOST_TEST(from_wx(grid->GetCellValue(0, what)) == "Walk by the canal");
    BOOST_TEST(from_wx(grid->GetCellValue(1, what)) == "Cinema");
    BOOST_TEST(grid->GetGridCursorRow() == 0, "Tab stays in the new entry");
}

BOOST_AUTO_TEST_SUITE_END()
