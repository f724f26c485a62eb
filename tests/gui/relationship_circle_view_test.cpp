// The drawn relationship circle: dragging a marker into another ring, and doing everything from the keyboard
// (choosing, editing, moving to another ring or group, removing, the context menu), saves to the database
// as one undoable step each.
#include "app/views/relationship_circle_view.h"

#include <wx/event.h>
#include <wx/menu.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <numbers>

#include "app/dialogs/circle_person_dialog.h"
#include "app/views/caseload_view.h"
#include "app/views/subject_view.h"
#include "demo_frame.h"

using namespace pcr;
using namespace pcr::model;

namespace {

using gui_test::add_mo;
using gui_test::kCircle;

void send(wxWindow& window, wxEventType type, wxPoint at) {
    wxMouseEvent event(type);
    event.SetPosition(at);
    event.m_leftDown = type != wxEVT_LEFT_UP;
    event.SetEventObject(&window);
    window.GetEventHandler()->ProcessEvent(event);
}

// A key press as the drawing receives it from the toolkit.
void press(wxWindow& window, int key, int modifiers = wxMOD_NONE) {
    wxKeyEvent event(wxEVT_KEY_DOWN);
    event.m_keyCode = key;
    event.m_controlDown = (modifiers & wxMOD_CONTROL) != 0;
    event.m_shiftDown = (modifiers & wxMOD_SHIFT) != 0;
    event.m_altDown = (modifiers & wxMOD_ALT) != 0;
    event.SetEventObject(&window);
    window.GetEventHandler()->ProcessEvent(event);
}

// A typed character ("+", "-"), which arrives as a char event.
void type(wxWindow& window, wxChar character) {
    wxKeyEvent event(wxEVT_CHAR);
    event.m_keyCode = character;
    event.m_uniChar = character;
    event.SetEventObject(&window);
    window.GetEventHandler()->ProcessEvent(event);
}

std::size_t stored_rows(const Store& store) {
    const auto record = store.record(SubjectKind::Person, "P-MO", kCircle);
    return record && record->section("people") ? record->section("people")->entries.size() : 0u;
}

std::string stored_cell(const Store& store, std::size_t row, const std::string& column) {
    const auto record = store.record(SubjectKind::Person, "P-MO", kCircle);
    BOOST_REQUIRE(record);
    const Section* people = record->section("people");
    BOOST_REQUIRE(people);
    BOOST_REQUIRE(row < people->entries.size());
    const Cell* cell = people->entries[row].cell(column);
    return cell ? cell->text : std::string();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(relationship_circle_view_test)

BOOST_AUTO_TEST_CASE(dragging_a_marker_to_another_ring_saves_the_ring) {
    gui_test::DemoFrame demo(add_mo);
    BOOST_REQUIRE(demo.frame->caseload().select_subject(SubjectKind::Person, "P-MO"));
    BOOST_REQUIRE(demo.frame->subject_view().select_tool_id(kCircle));
    demo.settle();

    app::RelationshipCircleView& circle = demo.frame->subject_view().circle();
    BOOST_REQUIRE(circle.IsShownOnScreen());
    BOOST_REQUIRE(circle.canvas().GetClientSize().x > 200);
    const CircleLayout* layout = circle.layout();
    BOOST_REQUIRE(layout);
    BOOST_REQUIRE(layout->markers().size() == 3u);
    const CircleMarker* ann = nullptr;
    for (const auto& marker : layout->markers())
        if (marker.name == "Ann") ann = &marker;
    BOOST_REQUIRE(ann);
    BOOST_TEST(ann->circle == "1");

    // A point in the middle of ring 4 within the family sector.
    const CircleSector* family = nullptr;
    for (const auto& sector : layout->sectors())
        if (sector.group == "family") family = &sector;
    BOOST_REQUIRE(family);
    const double angle = (family->start_degrees + family->end_degrees) / 2 * std::numbers::pi / 180;
    const double radius = (layout->inner_radius(4) + layout->outer_radius(4)) / 2;
    const Point target{0.5 + radius * std::cos(angle), 0.5 - radius * std::sin(angle)};
    BOOST_REQUIRE(layout->place(target) == (CirclePlace{"4", "family"}));

    const std::size_t row = ann->row;
    const wxPoint from = circle.to_window(ann->centre);
    const wxPoint to = circle.to_window(target);
    const wxPoint halfway((from.x + to.x) / 2, (from.y + to.y) / 2);
    send(circle.canvas(), wxEVT_LEFT_DOWN, from);
    send(circle.canvas(), wxEVT_MOTION, halfway);
    send(circle.canvas(), wxEVT_MOTION, to);
    send(circle.canvas(), wxEVT_LEFT_UP, to);

    const Store& store = *demo.frame->store();
    BOOST_TEST(stored_cell(store, row, "circle") == "4");
    BOOST_TEST(stored_cell(store, row, "group") == "family");
    BOOST_TEST(stored_cell(store, row, "name") == "Ann");
    // One undoable step, and the drawing follows the saved record.
    BOOST_TEST(demo.frame->session()->can_undo());
    BOOST_TEST(demo.frame->session()->undo_description() ==
               "Undo move Ann, in Mo Circlewright's relationship circle");
    bool redrawn = false;
    for (const auto& marker : circle.layout()->markers())
        if (marker.name == "Ann") redrawn = marker.circle == "4";
    BOOST_TEST(redrawn);

    demo.frame->session()->undo();
    BOOST_TEST(stored_cell(store, row, "circle") == "1");
}

BOOST_AUTO_TEST_CASE(a_drag_that_ends_outside_the_rings_changes_nothing) {
    gui_test::DemoFrame demo(add_mo);
    BOOST_REQUIRE(demo.frame->caseload().select_subject(SubjectKind::Person, "P-MO"));
    BOOST_REQUIRE(demo.frame->subject_view().select_tool_id(kCircle));
    demo.settle();
    app::RelationshipCircleView& circle = demo.frame->subject_view().circle();
    const CircleMarker& first = circle.layout()->markers().front();
    const std::size_t row = first.row;
    const std::string ring = first.circle;
    const wxPoint from = circle.to_window(first.centre);
    const wxPoint outside = circle.to_window(Point{0.02, 0.98});
    send(circle.canvas(), wxEVT_LEFT_DOWN, from);
    send(circle.canvas(), wxEVT_MOTION, outside);
    send(circle.canvas(), wxEVT_LEFT_UP, outside);
    BOOST_TEST(stored_cell(*demo.frame->store(), row, "circle") == ring);
    BOOST_TEST(!demo.frame->session()->can_undo());
}

// Mo's circle shown, as the tests below start from it.
struct MoCircle {
    gui_test::DemoFrame demo{add_mo};
    MoCircle() {
        BOOST_REQUIRE(demo.frame->caseload().select_subject(SubjectKind::Person, "P-MO"));
        BOOST_REQUIRE(demo.frame->subject_view().select_tool_id(kCircle));
        demo.settle();
        BOOST_REQUIRE(circle().layout());
        BOOST_REQUIRE(circle().layout()->markers().size() == 3u);
    }
    app::RelationshipCircleView& circle() { return demo.frame->subject_view().circle(); }
    wxWindow& canvas() { return circle().canvas(); }
    const Store& store() { return *demo.frame->store(); }
    std::string chosen_name() {
        const auto row = circle().selected();
        return row ? stored_cell(store(), *row, "name") : std::string();
    }
    void menu(int id) {
        wxCommandEvent event(wxEVT_MENU, id);
        demo.frame->GetEventHandler()->ProcessEvent(event);
        demo.settle();
    }
};

BOOST_AUTO_TEST_CASE(the_drawing_is_a_stop_in_the_tab_order_after_the_add_button) {
    MoCircle mo;
    BOOST_TEST(mo.canvas().AcceptsFocusFromKeyboard());
    BOOST_TEST(mo.circle().add_button().AcceptsFocusFromKeyboard());
    const wxWindowList& children = mo.circle().GetChildren();
    const auto position = [&](wxWindow* window) { return children.IndexOf(window); };
    BOOST_TEST(position(&mo.circle().add_button()) < position(&mo.canvas()));
    // Taking the focus (as Tab gives it) chooses the first person, so the arrow keys start somewhere.
    mo.canvas().SetFocus();
    mo.demo.settle();
    if (mo.canvas().HasFocus()) BOOST_TEST(mo.chosen_name() == "Ann");
}

BOOST_AUTO_TEST_CASE(arrow_keys_choose_people_in_reading_order_and_mark_them) {
    MoCircle mo;
    press(mo.canvas(), WXK_HOME);
    BOOST_TEST(mo.chosen_name() == "Ann");
    BOOST_TEST(mo.circle().chosen_text().StartsWith(L"Ann \u2014 sister \u00b7 Family, circle 1"));
    press(mo.canvas(), WXK_RIGHT);
    BOOST_TEST(mo.chosen_name() == "Bea");
    press(mo.canvas(), WXK_DOWN);
    BOOST_TEST(mo.chosen_name() == "Cy");
    press(mo.canvas(), WXK_RIGHT);  // round the circle to the first again
    BOOST_TEST(mo.chosen_name() == "Ann");
    press(mo.canvas(), WXK_LEFT);
    BOOST_TEST(mo.chosen_name() == "Cy");
    press(mo.canvas(), WXK_UP);
    BOOST_TEST(mo.chosen_name() == "Bea");
    press(mo.canvas(), WXK_END);
    BOOST_TEST(mo.chosen_name() == "Cy");
    BOOST_TEST(!mo.demo.frame->session()->can_undo());  // choosing changes nothing
}

BOOST_AUTO_TEST_CASE(keys_move_the_chosen_person_to_another_ring_or_group_as_one_undoable_step) {
    MoCircle mo;
    press(mo.canvas(), WXK_HOME);
    const std::size_t ann = *mo.circle().selected();

    type(mo.canvas(), '+');
    BOOST_TEST(stored_cell(mo.store(), ann, "circle") == "2");
    BOOST_TEST(mo.demo.frame->session()->undo_description() ==
               "Undo move Ann, in Mo Circlewright's relationship circle");
    BOOST_TEST(mo.chosen_name() == "Ann");  // still chosen, in the new ring
    BOOST_TEST(mo.circle().chosen_text().Contains("Family, circle 2"));

    press(mo.canvas(), WXK_RIGHT, wxMOD_CONTROL);
    BOOST_TEST(stored_cell(mo.store(), ann, "group") == "friends");
    press(mo.canvas(), WXK_LEFT, wxMOD_CONTROL);
    press(mo.canvas(), WXK_LEFT, wxMOD_CONTROL);  // round from family to the last group
    BOOST_TEST(stored_cell(mo.store(), ann, "group") == "community");
    press(mo.canvas(), WXK_UP, wxMOD_CONTROL);
    BOOST_TEST(stored_cell(mo.store(), ann, "circle") == "1");
    type(mo.canvas(), '-');  // already closest: nothing saved, and the line says why
    BOOST_TEST(stored_cell(mo.store(), ann, "circle") == "1");
    BOOST_TEST(mo.circle().chosen_text().Contains("already in the closest circle"));
    press(mo.canvas(), WXK_DOWN, wxMOD_CONTROL);
    BOOST_TEST(stored_cell(mo.store(), ann, "circle") == "2");

    // Edit > Undo, as Ctrl+Z does, takes the moves back one at a time and the drawing follows.
    mo.menu(wxID_UNDO);
    BOOST_TEST(stored_cell(mo.store(), ann, "circle") == "1");
    mo.menu(wxID_UNDO);
    BOOST_TEST(stored_cell(mo.store(), ann, "circle") == "2");
    BOOST_TEST(stored_cell(mo.store(), ann, "group") == "community");
    bool drawn = false;
    for (const auto& marker : mo.circle().layout()->markers())
        if (marker.name == "Ann") drawn = marker.circle == "2" && marker.group == "community";
    BOOST_TEST(drawn);
    BOOST_TEST(mo.chosen_name() == "Ann");
}

BOOST_AUTO_TEST_CASE(delete_removes_the_chosen_person_and_undo_brings_them_back) {
    MoCircle mo;
    press(mo.canvas(), WXK_HOME);
    press(mo.canvas(), WXK_DELETE);
    BOOST_TEST(stored_rows(mo.store()) == 2u);
    BOOST_TEST(mo.demo.frame->session()->undo_description() ==
               "Undo remove Ann, in Mo Circlewright's relationship circle");
    BOOST_TEST(mo.chosen_name() == "Bea");  // the next one along
    BOOST_TEST(mo.circle().chosen_text().Contains("Ctrl+Z"));
    mo.menu(wxID_UNDO);
    BOOST_TEST(stored_rows(mo.store()) == 3u);
    BOOST_TEST(stored_cell(mo.store(), 0, "name") == "Ann");
}

BOOST_AUTO_TEST_CASE(enter_opens_the_edit_form_as_a_double_click_does) {
    MoCircle mo;
    press(mo.canvas(), WXK_HOME);
    press(mo.canvas(), WXK_RIGHT);
    const std::size_t bea = *mo.circle().selected();
    bool shown = false;
    wxTheApp->CallAfter([&] {
        for (wxWindow* window : wxTopLevelWindows)
            if (auto* dialog = dynamic_cast<app::CirclePersonDialog*>(window); dialog && dialog->IsModal()) {
                shown = true;
                BOOST_TEST(dialog->person().name == "Bea");
                for (wxWindow* child : dialog->GetChildren())
                    if (auto* text = dynamic_cast<wxTextCtrl*>(child); text && text->GetValue() == "sister")
                        text->SetValue("cousin");
                dialog->EndModal(wxID_OK);
            }
    });
    press(mo.canvas(), WXK_RETURN);
    mo.demo.settle();
    BOOST_REQUIRE(shown);
    BOOST_TEST(stored_cell(mo.store(), bea, "relationship") == "cousin");
    BOOST_TEST(mo.demo.frame->session()->undo_description() ==
               "Undo edit Bea, in Mo Circlewright's relationship circle");
}

BOOST_AUTO_TEST_CASE(the_context_menu_from_the_keyboard_moves_the_chosen_person) {
    MoCircle mo;
    press(mo.canvas(), WXK_HOME);
    const std::size_t ann = *mo.circle().selected();
    std::vector<wxString> labels;
    int friends = wxID_NONE;
    mo.circle().set_menu_chooser([&](wxMenu& menu, wxPoint) {
        for (wxMenuItem* item : menu.GetMenuItems()) {
            labels.push_back(item->GetItemLabelText());
            if (wxMenu* sub = item->GetSubMenu())
                for (wxMenuItem* choice : sub->GetMenuItems())
                    if (choice->GetItemLabelText() == "Friends") friends = choice->GetId();
        }
        return friends;
    });
    press(mo.canvas(), WXK_F10, wxMOD_SHIFT);
    BOOST_TEST(!labels.empty());
    BOOST_TEST(app::from_wx(labels.front()) == app::from_wx(L"Edit Ann\u2026"));
    BOOST_TEST(std::count(labels.begin(), labels.end(), "Remove from circle") == 1);
    BOOST_TEST(stored_cell(mo.store(), ann, "group") == "friends");
    BOOST_TEST(mo.demo.frame->session()->undo_description() ==
               "Undo move Ann, in Mo Circlewright's relationship circle");
    // The menu key opens the same menu.
    labels.clear();
    friends = wxID_NONE;
    press(mo.canvas(), WXK_MENU);
    BOOST_TEST(!labels.empty());
}

BOOST_AUTO_TEST_SUITE_END()
