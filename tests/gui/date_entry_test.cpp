// Dates as people write them, through the real widgets and the X server: a day typed 31/01/2027 into a table
// cell or a dialog is stored 2027-01-31, dates show as "31 Jan 2027", the calendar writes the day picked, and
// a by-when day in the past is confirmed first (No stores nothing).
#include "app/views/date_entry.h"

#include <wx/calctrl.h>
#include <wx/generic/calctrlg.h>
#include <wx/grid.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include <boost/test/unit_test.hpp>

#include "app/confirmer.h"
#include "app/dialogs/action_dialog.h"
#include "app/dialogs/subject_dialog.h"
#include "app/views/action_list.h"
#include "app/views/action_plan_page.h"
#include "app/views/caseload_view.h"
#include "app/views/record_editor.h"
#include "app/views/subject_view.h"
#include "app/views/table_section_editor.h"
#include "app/views/workbook_frame.h"
#include "common/test_store.h"
#include "demo_frame.h"
#include "model/rules/record_edit.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;
using pcr::gui_test::kToday;

namespace {

// Answers every question the same way and keeps the questions, in place of the Yes/No message boxes.
struct Answers : app::Confirmer {
    bool yes = false;
    std::vector<wxString> questions;
    explicit Answers(bool answer) : yes(answer) { app::set_confirmer(this); }
    ~Answers() override { app::set_confirmer(nullptr); }
    bool confirm(wxWindow*, const wxString&, const wxString& question) override {
        questions.push_back(question);
        return yes;
    }
};

// Someone who sorts first in the caseload, with a review holding one action that has no by-when yet.
void add_first_person(model::Store& store) {
    model::Subject aaron;
    aaron.id = "P-AAA";
    aaron.name = "Aaron Aardvark";
    store.save_subject(aaron);
}

// Lets the X server deliver what was simulated: a bounded number of turns until `done`.
void until(const std::function<bool()>& done) {
    for (int turn = 0; turn < 300 && !done(); ++turn) {
        wxTheApp->Yield(true);
        wxMilliSleep(2);
    }
    for (int i = 0; i < 5; ++i) wxTheApp->Yield(true);
}

// Types `text` with real key presses into whatever has the focus.
void type(const wxString& text) {
    wxUIActionSimulator keys;
    keys.Text(text.utf8_str());
    until([] { return false; });
}

struct EditorWindow : DemoFrame {
    gui_test::Recorder recorder;
    model::Subject person;

    explicit EditorWindow(const std::string& tool) : DemoFrame(add_first_person) {
        frame->set_error_reporter(&recorder);
        frame->caseload().select_row(0);
        settle();
        BOOST_REQUIRE(frame->subject_view().subject()->id == "P-AAA");
        person = *frame->subject_view().subject();
        BOOST_REQUIRE(frame->subject_view().select_tool_id(tool));
        frame->subject_view().show_editor(true);
        settle();
    }
    app::RecordEditor& editor() { return frame->subject_view().editor(); }
    std::optional<model::Record> stored(const std::string& tool) {
        auto store = model::open_test_store(file);
        return store->record(person.kind, person.id, tool);
    }
    // Saves `change` to the tool's record with a separate connection and shows the result in the editor.
    void seed(const std::string& tool, const std::function<void(model::RecordEdit&)>& change) {
        {
            auto store = model::open_test_store(file);
            const model::ToolTemplate& t = templates.get(tool);
            model::Record record = store->record(person.kind, person.id, tool).value_or(model::Record{});
            record.tool = tool;
            model::RecordEdit edit(record, t);
            change(edit);
            store->save_record(person.kind, person.id, record);
        }
        editor().reload();
        settle();
    }
    app::TableSectionEditor& table(const std::string& section) {
        auto* table = dynamic_cast<app::TableSectionEditor*>(editor().section_editor(section));
        BOOST_REQUIRE(table);
        return *table;
    }
    // A real click in the middle of a cell: the cursor goes there, ready for typing.
    void click_cell(wxGrid* grid, int row, int column) {
        frame->Raise();
        // The grid to the top of the editor pane, on screen, and the cell into the grid's view.
        int unit_x = 0, unit_y = 1, start_x = 0, start_y = 0;
        editor().GetScrollPixelsPerUnit(&unit_x, &unit_y);
        editor().GetViewStart(&start_x, &start_y);
        const int below = grid->GetScreenPosition().y - editor().GetScreenPosition().y;
        editor().Scroll(-1, start_y + below / std::max(1, unit_y));
        grid->MakeCellVisible(row, column);
        settle();
        const wxRect rect = grid->CellToRect(row, column);
        const wxPoint middle =
            grid->CalcScrolledPosition(rect.GetPosition()) + wxPoint(rect.width / 2, rect.height / 2);
        wxUIActionSimulator mouse;
        mouse.MouseMove(grid->GetGridWindow()->ClientToScreen(middle));
        until([] { return false; });
        mouse.MouseClick();
        until([&] { return grid->GetGridCursorRow() == row && grid->GetGridCursorCol() == column; });
        BOOST_REQUIRE(grid->GetGridCursorRow() == row);
        BOOST_REQUIRE(grid->GetGridCursorCol() == column);
    }
    // Types into the cell under the cursor and presses `key` (Tab or Enter) to save it, as a support worker
    // would.
    void type_into_cell(wxGrid* grid, const wxString& text, int key) {
        type(text);
        BOOST_REQUIRE(grid->IsCellEditControlShown());
        wxUIActionSimulator keys;
        keys.Char(key);
        until([&] { return !grid->IsCellEditControlShown(); });
        settle();
    }
    std::string by_when() {
        const auto review = stored("person-centred-review");
        const model::Cell* cell = review->section("actions")->entries.at(0).cell("by-when");
        return cell ? cell->text : std::string();
    }
};

void one_action(model::RecordEdit& edit) {
    const std::size_t row = edit.add_row("actions", kToday);
    edit.set_cell("actions", row, "action", "Find a Saturday art class");
    edit.set_cell("actions", row, "who", "Priya");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(date_entry_test)

BOOST_AUTO_TEST_CASE(a_by_when_typed_day_first_in_a_table_cell_is_stored_iso_and_shown_in_words) {
    EditorWindow w("person-centred-review");
    w.seed("person-centred-review", one_action);
    app::TableSectionEditor& actions = w.table("actions");
    wxGrid* grid = actions.grid();
    const int by_when = actions.grid_column("by-when");
    w.click_cell(grid, 0, by_when);
    w.type_into_cell(grid, "31/01/2027", WXK_TAB);
    BOOST_TEST(w.recorder.messages.empty());
    BOOST_TEST(w.by_when() == "2027-01-31");
    BOOST_TEST(from_wx(grid->GetCellValue(0, by_when)) == "31 Jan 2027");

    // Shown in words, it is typed over in another form the same way.
    w.click_cell(grid, 0, by_when);
    w.type_into_cell(grid, "1 Feb 2027", WXK_RETURN);
    BOOST_TEST(w.by_when() == "2027-02-01");
    // A day that does not exist is refused with a message naming it, and nothing is stored.
    w.click_cell(grid, 0, by_when);
    w.type_into_cell(grid, "31/02/2027", WXK_RETURN);
    BOOST_REQUIRE(w.recorder.messages.size() == 1u);
    BOOST_TEST(from_wx(w.recorder.messages[0])
                   .find("\u201c31/02/2027\u201d is not a date. February 2027 has 28 days.") !=
               std::string::npos);
    BOOST_TEST(w.by_when() == "2027-02-01");
}

BOOST_AUTO_TEST_CASE(a_dated_row_date_is_typed_the_same_way) {
    EditorWindow w("learning-log");
    w.seed("learning-log", [](model::RecordEdit& edit) {
        const std::size_t row = edit.add_row("entries", model::Date(2026, 6, 1));
        edit.set_cell("entries", row, "what-they-did", "Bowls on the green");
    });
    app::TableSectionEditor& entries = w.table("entries");
    wxGrid* grid = entries.grid();
    const auto rows = w.stored("learning-log")->section("entries")->entries;
    int row = -1;
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (rows[r].cell("what-they-did") && rows[r].cell("what-they-did")->text == "Bowls on the green")
            row = static_cast<int>(r);
    BOOST_REQUIRE(row >= 0);
    const int date = entries.grid_column("date");
    BOOST_TEST(from_wx(grid->GetCellValue(row, date)) == "1 Jun 2026");
    w.click_cell(grid, row, date);
    w.type_into_cell(grid, "28.6.2026", WXK_RETURN);
    BOOST_TEST(w.recorder.messages.empty());
    BOOST_TEST(w.stored("learning-log")->section("entries")->entries.at(static_cast<std::size_t>(row)).date ==
               "2026-06-28");
}

BOOST_AUTO_TEST_CASE(a_by_when_in_the_past_asks_first_and_no_stores_nothing) {
    EditorWindow w("person-centred-review");
    w.seed("person-centred-review", one_action);
    app::TableSectionEditor& actions = w.table("actions");
    wxGrid* grid = actions.grid();
    const int by_when = actions.grid_column("by-when");
    {
        Answers no(false);
        w.click_cell(grid, 0, by_when);
        w.type_into_cell(grid, "3/3/2026", WXK_TAB);
        BOOST_REQUIRE(no.questions.size() == 1u);
        BOOST_TEST(from_wx(no.questions[0]) == "The by-when date 3 Mar 2026 is in the past. Keep it?");
        BOOST_TEST(w.by_when() == "");
        BOOST_TEST(from_wx(grid->GetCellValue(0, by_when)) == "");
    }
    {
        Answers yes(true);
        w.click_cell(grid, 0, by_when);
        w.type_into_cell(grid, "3/3/2026", WXK_TAB);
        BOOST_TEST(yes.questions.size() == 1u);
        BOOST_TEST(w.by_when() == "2026-03-03");
        // A day in the future asks nothing.
        w.click_cell(grid, 0, by_when);
        w.type_into_cell(grid, "31/01/2027", WXK_TAB);
        BOOST_TEST(yes.questions.size() == 1u);
        BOOST_TEST(w.by_when() == "2027-01-31");
    }
}

BOOST_AUTO_TEST_CASE(the_action_dialog_reads_typed_dates_and_confirms_a_past_by_when) {
    DemoFrame demo;
    gui_test::Recorder recorder;
    demo.frame->set_error_reporter(&recorder);
    BOOST_REQUIRE(demo.frame->open_workbook());
    app::WorkbookFrame* window = demo.frame->workbook_window();
    BOOST_REQUIRE(window);
    BOOST_REQUIRE(window->start_assessment(kToday));
    window->show_page(app::WorkbookFrame::kActions);
    demo.settle();
    app::ActionList& actions = window->action_plan_page().actions();
    const auto stored_actions = [&] { return demo.frame->store()->assessments().back().actions; };
    const std::size_t before = stored_actions().size();

    // Fills in the modal dialog with real key presses from inside its own loop, then presses OK (and Cancel
    // when OK left it open).
    const auto add_action = [&](const wxString& what, const wxString& by_when) {
        bool filled = false;
        wxTheApp->CallAfter([&] {
            app::ActionDialog* dialog = nullptr;
            for (wxWindow* top : wxTopLevelWindows)
                if (auto* d = dynamic_cast<app::ActionDialog*>(top); d && d->IsModal()) dialog = d;
            if (!dialog) return;
            filled = true;
            dialog->Raise();
            dialog->what_control()->SetFocus();
            type(what);
            dialog->by_when_control()->SetFocus();
            type(by_when);
            wxCommandEvent ok(wxEVT_BUTTON, wxID_OK);
            ok.SetEventObject(dialog->FindWindow(wxID_OK));
            dialog->FindWindow(wxID_OK)->GetEventHandler()->ProcessEvent(ok);
            if (dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
        });
        actions.add();
        demo.settle();
        BOOST_REQUIRE(filled);
    };

    add_action("Book the art class", "31/01/2027");
    BOOST_REQUIRE(stored_actions().size() == before + 1);
    BOOST_TEST(stored_actions().back().action == "Book the art class");
    BOOST_TEST((stored_actions().back().by_when == std::optional<model::Date>(model::Date(2027, 1, 31))));
    BOOST_TEST(from_wx(actions.cell(actions.rows() - 1, 4)) == "31 Jan 2027");
    {
        Answers no(false);
        add_action("Ring the dentist", "3 March 2026");
        BOOST_REQUIRE(no.questions.size() == 1u);
        BOOST_TEST(from_wx(no.questions[0]) == "The by-when date 3 Mar 2026 is in the past. Keep it?");
        BOOST_TEST(stored_actions().size() == before + 1);
    }
    {
        Answers yes(true);
        add_action("Ring the dentist", "3 March 2026");
        BOOST_REQUIRE(stored_actions().size() == before + 2);
        BOOST_TEST((stored_actions().back().by_when == std::optional<model::Date>(model::Date(2026, 3, 3))));
    }
}

BOOST_AUTO_TEST_CASE(the_calendar_writes_the_day_picked_and_closing_it_changes_nothing) {
    DemoFrame demo;
    auto* entry = new app::DateEntry(demo.frame.get(), wxID_ANY, model::Date(2027, 1, 31));
    demo.settle();
    BOOST_TEST(from_wx(entry->GetValue()) == "31 Jan 2027");
    entry->ShowPopup();
    demo.settle();
    BOOST_REQUIRE(entry->IsPopupShown());
    auto* calendar = dynamic_cast<wxGenericCalendarCtrl*>(entry->GetPopupControl()->GetControl());
    BOOST_REQUIRE(calendar);
    BOOST_TEST(calendar->GetDate().GetDay() == 31);  // starts at the day typed
    entry->HidePopup();
    demo.settle();
    BOOST_TEST(from_wx(entry->GetValue()) == "31 Jan 2027");

    entry->ShowPopup();
    demo.settle();
    calendar->SetDate(wxDateTime(5, wxDateTime::Dec, 2026));
    wxCalendarEvent picked(calendar, calendar->GetDate(), wxEVT_CALENDAR_DOUBLECLICKED);
    calendar->GetEventHandler()->ProcessEvent(picked);
    demo.settle();
    BOOST_TEST(!entry->IsPopupShown());
    BOOST_TEST(from_wx(entry->GetValue()) == "5 Dec 2026");
    BOOST_TEST((entry->date() == std::optional<model::Date>(model::Date(2026, 12, 5))));
    entry->Destroy();
}

BOOST_AUTO_TEST_CASE(an_optional_date_of_birth_is_typed_or_cleared) {
    DemoFrame demo;
    model::Subject someone;
    someone.id = "P-NEW";
    someone.name = "Nia Newcomer";
    someone.born = model::Date(1941, 3, 9);
    app::SubjectDialog dialog(demo.frame.get(), "Edit", someone, kToday);
    dialog.Show();
    demo.settle();
    BOOST_TEST(from_wx(dialog.born_control()->GetValue()) == "9 Mar 1941");
    dialog.Raise();
    dialog.born_control()->SetFocus();
    dialog.born_control()->SelectAll();
    type("09/03/1942");
    BOOST_TEST(dialog.TransferDataFromWindow());
    BOOST_TEST((dialog.subject().born == std::optional<model::Date>(model::Date(1942, 3, 9))));
    dialog.born_control()->SetValue(wxString());
    BOOST_TEST(dialog.TransferDataFromWindow());
    BOOST_TEST(!dialog.subject().born.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
