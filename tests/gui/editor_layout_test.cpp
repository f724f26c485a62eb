// What the editors show of long text on a laptop-sized window: list items and table cells wrap to show all of
// it, and column titles never run into each other.
#include <wx/grid.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "app/views/caseload_view.h"
#include "app/views/list_section_editor.h"
#include "app/views/record_editor.h"
#include "app/views/subject_view.h"
#include "app/views/table_section_editor.h"
#include "demo_frame.h"
#include "model/rules/record_edit.h"
#include "real_input.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;

namespace {

const char* const kLongItem =
    "Makes the best Victoria sponge in the street and will tell you the secret if you ask her about the jam, "
    "which has to be raspberry and never strawberry";
const char* const kLongName = "Aabha Bartholomew-Alexander Fitzwilliam-Montgomery-Smythe";

// Someone first in the caseload with a long name, a long profile item and a long learning-log entry.
void add_long_words(model::Store& store) {
    model::Subject person;
    person.id = "P-AAA";
    person.name = kLongName;
    store.save_subject(person);
    model::Record profile;
    profile.tool = "one-page-profile";
    profile.section_for_update("appreciation").entries.push_back(model::Entry{0, {}, kLongItem, {}});
    store.save_record(person.kind, person.id, profile);
    model::Record log;
    log.tool = "learning-log";
    auto& entry = log.section_for_update("entries").entries.emplace_back();
    entry.date = "2026-06-01";
    entry.cells.push_back(model::Cell{"what-they-did", kLongItem, {}});
    store.save_record(person.kind, person.id, log);
}

struct LaptopWindow : DemoFrame {
    LaptopWindow() : DemoFrame(add_long_words) {
        frame->SetSize(1024, 740);
        settle();
    }
    app::RecordEditor& open(const std::string& tool) {
        frame->caseload().select_row(0);
        settle();
        BOOST_REQUIRE(frame->subject_view().subject()->id == "P-AAA");
        BOOST_REQUIRE(frame->subject_view().select_tool_id(tool));
        frame->subject_view().show_editor(true);
        app::RecordEditor& editor = frame->subject_view().editor();
        // Until the editor has been given its size and laid out its sections, as the user sees it.
        gui_test::RealInput::wait_for([&] {
            settle();
            const wxWindowList& children = editor.GetChildren();
            return editor.GetClientSize().x > 0 && !children.empty() &&
                   std::all_of(children.begin(), children.end(), [](const wxWindow* child) {
                       return !child->IsShown() || child->GetSize().x > 0;
                   });
        });
        return editor;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(editor_layout_test)

BOOST_AUTO_TEST_CASE(a_long_list_item_wraps_to_show_all_of_it) {
    LaptopWindow w;
    app::RecordEditor& editor = w.open("one-page-profile");
    auto* section = dynamic_cast<app::ListSectionEditor*>(editor.section_editor("appreciation"));
    BOOST_REQUIRE(section);
    BOOST_REQUIRE(section->item_count() == 1u);
    wxTextCtrl* item = section->item_control(0);
    BOOST_TEST(from_wx(item->GetValue()) == kLongItem);
    // The profile's columns are narrow: the item takes several lines, and the control is tall enough for
    // them.
    const int line = item->GetCharHeight();
    // The line grows once it knows its width (after the layout that gives it one).
    gui_test::RealInput::wait_for([&] { return item->GetSize().y >= 4 * line; });
    BOOST_TEST(item->GetSize().y >= 4 * line, "height " << item->GetSize().y << " for lines of " << line);
    BOOST_TEST(item->GetSize().x <= section->GetSize().x);
    // The line to add an item stays one line high while it is empty.
    BOOST_TEST(section->new_item_control()->GetSize().y < 2 * line + line / 2);
}

BOOST_AUTO_TEST_CASE(a_long_cell_wraps_and_its_row_is_as_tall_as_the_text) {
    LaptopWindow w;
    app::RecordEditor& editor = w.open("learning-log");
    auto* entries = dynamic_cast<app::TableSectionEditor*>(editor.section_editor("entries"));
    BOOST_REQUIRE(entries);
    wxGrid* grid = entries->grid();
    BOOST_REQUIRE(grid->GetNumberRows() == 1);
    const int column = entries->grid_column("what-they-did");
    wxGridCellAttr* attr = grid->GetOrCreateCellAttr(0, column);
    wxGridCellRenderer* renderer = grid->GetCellRenderer(0, column);
    wxClientDC dc(grid->GetGridWindow());
    const int best = renderer->GetBestHeight(*grid, *attr, dc, 0, column, grid->GetColSize(column));
    renderer->DecRef();
    attr->DecRef();
    BOOST_TEST(best > 2 * grid->GetCharHeight(), "the text takes several lines in its column");
    BOOST_TEST(grid->GetRowSize(0) >= best);
}

BOOST_AUTO_TEST_CASE(column_titles_wrap_within_their_columns) {
    LaptopWindow w;
    app::RecordEditor& editor = w.open("person-centred-review");
    auto* meetings = dynamic_cast<app::TableSectionEditor*>(editor.section_editor("meetings"));
    BOOST_REQUIRE(meetings);
    wxGrid* grid = meetings->grid();
    const wxFont font = grid->GetLabelFont();
    int most_lines = 1;
    for (int c = 0; c < grid->GetNumberCols(); ++c) {
        const wxArrayString lines = wxSplit(grid->GetColLabelValue(c), '\n', '\0');
        most_lines = std::max(most_lines, static_cast<int>(lines.size()));
        for (const wxString& line : lines) {
            int width = 0, height = 0;
            grid->GetTextExtent(line, &width, &height, nullptr, nullptr, &font);
            BOOST_TEST(width <= grid->GetColSize(c), from_wx(line)
                                                         << " in a column of " << grid->GetColSize(c));
        }
    }
    BOOST_TEST(most_lines > 1, "the longest titles take two lines");
    BOOST_TEST(grid->GetColLabelSize() >= most_lines * grid->GetCharHeight());
    // The words are the template's, all of them.
    const int future = meetings->grid_column("important-future");
    wxString title = grid->GetColLabelValue(future);
    title.Replace("\n", " ");
    BOOST_TEST(from_wx(title) == "What is important to me in the future");
}

BOOST_AUTO_TEST_SUITE_END()
