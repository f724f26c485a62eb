// Dragging a marker of the drawn relationship circle into another ring saves the new ring in the database.
#include <wx/event.h>

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <numbers>

#include "app/views/caseload_view.h"
#include "app/views/relationship_circle_view.h"
#include "app/views/subject_view.h"
#include "demo_frame.h"

using namespace pcr;
using namespace pcr::model;

namespace {

const char* const kCircle = "relationship-circle";

// Three people of Mo's circle, all family, the first in ring 1.
void add_mo(Store& store) {
    Subject mo;
    mo.id = "P-MO";
    mo.name = "Mo Circlewright";
    store.save_subject(mo);
    Record circle;
    circle.tool = kCircle;
    Section& people = circle.section_for_update("people");
    const char* names[] = {"Ann", "Bea", "Cy"};
    const char* rings[] = {"1", "2", "3"};
    for (int i = 0; i < 3; ++i) {
        Entry row;
        row.cells = {Cell{"name", names[i], {}}, Cell{"relationship", "sister", {}}, Cell{"circle", rings[i], {}},
                     Cell{"group", "family", {}}};
        people.entries.push_back(row);
    }
    store.save_record(SubjectKind::Person, mo.id, circle);
}

void send(wxWindow& window, wxEventType type, wxPoint at) {
    wxMouseEvent event(type);
    event.SetPosition(at);
    event.m_leftDown = type != wxEVT_LEFT_UP;
    event.SetEventObject(&window);
    window.GetEventHandler()->ProcessEvent(event);
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
    BOOST_REQUIRE(circle.GetClientSize().x > 200);
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
    send(circle, wxEVT_LEFT_DOWN, from);
    send(circle, wxEVT_MOTION, halfway);
    send(circle, wxEVT_MOTION, to);
    send(circle, wxEVT_LEFT_UP, to);

    const Store& store = *demo.frame->store();
    BOOST_TEST(stored_cell(store, row, "circle") == "4");
    BOOST_TEST(stored_cell(store, row, "group") == "family");
    BOOST_TEST(stored_cell(store, row, "name") == "Ann");
    // One undoable step, and the drawing follows the saved record.
    BOOST_TEST(demo.frame->session()->can_undo());
    BOOST_TEST(demo.frame->session()->undo_description() == "Undo move Ann in the relationship circle");
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
    send(circle, wxEVT_LEFT_DOWN, from);
    send(circle, wxEVT_MOTION, outside);
    send(circle, wxEVT_LEFT_UP, outside);
    BOOST_TEST(stored_cell(*demo.frame->store(), row, "circle") == ring);
    BOOST_TEST(!demo.frame->session()->can_undo());
}

BOOST_AUTO_TEST_SUITE_END()
