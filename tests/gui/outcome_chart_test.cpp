// The outcome ratings' chart: ratings chosen with real key presses in the editor's grid reach the database,
// and the Chart tab lays out and paints a step line for the area rated.
#include <wx/grid.h>
#include <wx/notebook.h>
#include <wx/uiaction.h>

#include <boost/test/unit_test.hpp>

#include "app/views/caseload_view.h"
#include "app/views/rating_chart_view.h"
#include "app/views/record_editor.h"
#include "app/views/subject_view.h"
#include "app/views/table_section_editor.h"
#include "common/test_store.h"
#include "demo_frame.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;

namespace {

// Aaron Aaberg sorts first in the caseload and has no records.
void add_aaron(model::Store& store) {
    model::Subject aaron;
    aaron.id = "P-AAB";
    aaron.name = "Aaron Aaberg";
    store.save_subject(aaron);
}

std::string cell(const model::Entry& row, const std::string& column) {
    const model::Cell* c = row.cell(column);
    return c ? c->text : std::string();
}

struct RatingWindow : DemoFrame {
    gui_test::Recorder recorder;
    wxUIActionSimulator keys;
    model::Subject person;

    RatingWindow() : DemoFrame(add_aaron) {
        frame->set_error_reporter(&recorder);
        frame->SetSize(0, 0, 1000, 740);  // within the 1024x768 screen the tests run on
        settle();
        frame->caseload().select_row(0);
        settle();
        BOOST_REQUIRE(frame->subject_view().subject()->id == "P-AAB");
        person = *frame->subject_view().subject();
        BOOST_REQUIRE(frame->subject_view().select_tool_id("outcome-ratings"));
        settle();
    }

    app::SubjectView& view() { return frame->subject_view(); }

    app::TableSectionEditor& ratings() {
        view().show_editor(true);
        settle();
        auto* table = dynamic_cast<app::TableSectionEditor*>(view().editor().section_editor("ratings"));
        BOOST_REQUIRE(table);
        return *table;
    }

    std::optional<model::Record> stored() {
        return model::open_test_store(file)->record(person.kind, person.id, "outcome-ratings");
    }

    // Lets the X server's events arrive until `done` (a bounded number of turns, never a clock).
    void until(const std::function<bool()>& done) {
        for (int turn = 0; turn < 400 && !done(); ++turn) {
            wxTheApp->Yield(true);
            wxMilliSleep(2);
        }
        settle();
    }

    // Presses the Add button with the space bar, with the pointer over the frame so the keys go there.
    void add(app::TableSectionEditor& table) {
        frame->Raise();
        table.add_button()->SetFocus();
        settle();
        keys.MouseMove(frame->GetScreenPosition() + wxPoint(40, 40));
        until([&] { return table.add_button()->HasFocus(); });
        keys.Char(' ');
        until([&] { return table.new_row() >= 0; });
        BOOST_REQUIRE(table.new_row() >= 0);
    }

    wxString editor_value(wxGrid* grid) {
        wxGridCellEditor* editor = grid->GetCellEditor(grid->GetGridCursorRow(), grid->GetGridCursorCol());
        const wxString value = editor->GetValue();
        editor->DecRef();
        return value;
    }

    // Chooses the `steps`-th choice of the choice cell under the cursor as the keyboard does: F2 opens the
    // cell's list on its blank first line, Down moves through the choices, Tab keeps the one reached.
    void choose(wxGrid* grid, int steps, const wxString& label) {
        keys.Char(WXK_F2);
        until([&] { return grid->IsCellEditControlShown(); });
        BOOST_REQUIRE(grid->IsCellEditControlShown());
        for (int i = 0; i < steps; ++i) keys.Char(WXK_DOWN);
        until([&] { return editor_value(grid) == label; });
        BOOST_TEST(from_wx(editor_value(grid)) == from_wx(label));
        keys.Char(WXK_TAB);
        until([&] { return !grid->IsCellEditControlShown(); });
    }

    // Types `text` into the cell under the cursor (the first key starts editing it) and keeps it with Tab,
    // which stays on the row (a new row left before anything but its date is typed is dropped).
    void type(wxGrid* grid, const wxString& text) {
        keys.Text(text.utf8_str());
        until([&] { return grid->IsCellEditControlShown() && editor_value(grid) == text; });
        keys.Char(WXK_TAB);
        until([&] { return !grid->IsCellEditControlShown(); });
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(outcome_chart_test)

BOOST_AUTO_TEST_CASE(ratings_chosen_with_keys_are_stored_and_charted) {
    RatingWindow w;
    wxNotebook* tabs = w.view().record_tabs();
    app::RatingChartView& chart = w.view().rating_chart();
    BOOST_REQUIRE(tabs->FindPage(&chart) != wxNOT_FOUND);
    BOOST_TEST(tabs->GetPageText(static_cast<size_t>(tabs->FindPage(&chart))) == "Chart");
    BOOST_TEST(chart.layout().empty(), "nothing rated yet");
    BOOST_TEST(chart.layout().charts.size() == 8u, "one small chart for each area of life");

    // The first rating, dated today as a new row is: control over daily life, some needs.
    app::TableSectionEditor& table = w.ratings();
    wxGrid* grid = table.grid();
    w.add(table);
    const int first = table.new_row();
    BOOST_TEST(grid->GetGridCursorCol() == table.grid_column("domain"));
    w.choose(grid, 1, "Control over daily life");
    grid->SetGridCursor(first, table.grid_column("rating"));
    w.choose(grid, 2, "Some needs");
    auto record = w.stored();
    BOOST_REQUIRE(record);
    BOOST_REQUIRE(record->section("ratings"));
    BOOST_REQUIRE(record->section("ratings")->entries.size() == 1u);
    const model::Entry stored = record->section("ratings")->entries[0];
    BOOST_TEST(stored.date == gui_test::kToday.iso());
    BOOST_TEST(cell(stored, "domain") == "control");
    BOOST_TEST(cell(stored, "rating") == "some-needs");

    // An earlier rating of the same area, as the person would want it, typed with its date.
    w.add(table);
    const int second = table.new_row();
    grid->SetGridCursor(second, table.grid_column("date"));
    w.type(grid, "2026-03-01");
    grid->SetGridCursor(second, table.grid_column("domain"));
    w.choose(grid, 1, "Control over daily life");
    grid->SetGridCursor(second, table.grid_column("rating"));
    w.choose(grid, 4, "As I want it");
    record = w.stored();
    BOOST_REQUIRE(record->section("ratings")->entries.size() == 2u);
    BOOST_TEST(record->section("ratings")->entries[1].date == "2026-03-01");
    BOOST_TEST(cell(record->section("ratings")->entries[1], "rating") == "ideal");
    BOOST_TEST(w.recorder.messages.empty());

    // The chart follows what was saved: control has two ratings, oldest first, and a step line down from
    // the top level to the second; the other areas have none yet.
    w.settle();
    const model::MeasureChart& control = chart.layout().charts.at(0);
    BOOST_REQUIRE(control.ratings.size() == 2u);
    BOOST_TEST(control.ratings[0].date.iso() == "2026-03-01");
    BOOST_TEST(control.ratings[0].level == 3);
    BOOST_TEST(control.ratings[1].level == 1);
    BOOST_TEST(control.steps.size() == 3u);
    BOOST_TEST(control.steps.front().y < control.steps.back().y, "down from as wanted to some needs");
    BOOST_TEST(chart.layout().charts.at(1).ratings.empty());

    // Shown, it paints.
    tabs->SetSelection(static_cast<size_t>(tabs->FindPage(&chart)));
    w.settle();
    const int before = chart.paints();
    chart.Refresh();
    chart.Update();
    w.until([&] { return chart.paints() > before; });
    BOOST_TEST(chart.paints() > before);
    BOOST_TEST(chart.IsShownOnScreen());
    BOOST_TEST(chart.GetVirtualSize().y >= static_cast<int>(chart.layout().height));
}

BOOST_AUTO_TEST_CASE(a_tool_without_ratings_has_no_chart_tab) {
    RatingWindow w;
    BOOST_REQUIRE(w.view().select_tool_id("learning-log"));
    w.settle();
    BOOST_TEST(w.view().record_tabs()->FindPage(&w.view().rating_chart()) == wxNOT_FOUND);
    BOOST_REQUIRE(w.view().select_tool_id("outcome-ratings"));
    w.settle();
    BOOST_TEST(w.view().record_tabs()->FindPage(&w.view().rating_chart()) != wxNOT_FOUND);
}

BOOST_AUTO_TEST_CASE(every_tool_for_a_person_opens_in_the_editor_with_all_its_sections) {
    RatingWindow w;
    for (const model::ToolTemplate* tool : w.templates.tools_for(model::SubjectKind::Person)) {
        BOOST_TEST_CONTEXT(tool->id) {
            BOOST_REQUIRE(w.view().select_tool_id(tool->id));
            w.view().show_editor(true);
            w.settle();
            for (const auto& section : tool->sections)
                BOOST_TEST(w.view().editor().section_editor(section.id) != nullptr, section.id);
            BOOST_TEST(w.recorder.messages.empty());
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
