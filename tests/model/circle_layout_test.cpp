// Tests of the relationship-circle geometry: rings and sectors, marker placement, readability with 40 people,
// hit tests and where a dragged marker lands.
#include "model/rules/circle_layout.h"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <numbers>
#include <set>

#include "model/core/errors.h"
#include "model/rules/record_edit.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::row;
using pcr::test::shipped_templates;

namespace {

const ToolTemplate& circle_tool() {
    return shipped_templates().get("relationship-circle");
}

void add_person(Record& r, const std::string& name, const std::string& circle, const std::string& group) {
    pcr::test::add_row(
        r, "people", row({{"name", name}, {"relationship", "friend"}, {"circle", circle}, {"group", group}}));
}

// `counts[ring - 1][group]` people in each ring and group (groups in template order).
Record circle_of(const std::vector<std::vector<int>>& counts) {
    static const char* groups[] = {"family", "friends", "paid-support", "community"};
    Record r;
    r.tool = "relationship-circle";
    int n = 0;
    for (std::size_t ring = 0; ring < counts.size(); ++ring)
        for (std::size_t g = 0; g < 4; ++g)
            for (int i = 0; i < counts[ring][g]; ++i)
                add_person(r, "Person " + std::to_string(++n), std::to_string(ring + 1), groups[g]);
    return r;
}

double radius_of(Point p) {
    return std::hypot(p.x - 0.5, p.y - 0.5);
}

double degrees_of(Point p) {
    double d = std::atan2(0.5 - p.y, p.x - 0.5) * 180.0 / std::numbers::pi;
    return d < 0 ? d + 360.0 : d;
}

const CircleSector& sector(const CircleLayout& layout, const std::string& group) {
    for (const auto& s : layout.sectors())
        if (s.group == group) return s;
    throw std::runtime_error("no sector " + group);
}

double smallest_gap(const CircleLayout& layout) {
    double gap = 1e9;
    const auto& m = layout.markers();
    for (std::size_t i = 0; i < m.size(); ++i)
        for (std::size_t j = i + 1; j < m.size(); ++j)
            gap = std::min(gap, std::hypot(m[i].centre.x - m[j].centre.x, m[i].centre.y - m[j].centre.y));
    return gap;
}

// Every marker lies inside its own ring's band and its own group's sector, and place() gives them back.
void check_every_marker_in_its_place(const CircleLayout& layout) {
    for (const auto& m : layout.markers()) {
        const double r = radius_of(m.centre);
        BOOST_TEST(r > layout.inner_radius(m.ring));
        BOOST_TEST(r < layout.outer_radius(m.ring));
        const CircleSector& s = sector(layout, m.group);
        const double into = std::fmod(degrees_of(m.centre) - s.start_degrees + 360.0, 360.0);
        BOOST_TEST(into > 0.0);
        BOOST_TEST(into < s.end_degrees - s.start_degrees);
        BOOST_TEST((layout.place(m.centre) == CirclePlace{m.circle, m.group}));
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(circle_layout_test)

BOOST_AUTO_TEST_CASE(a_label_too_long_for_its_place_is_the_whole_first_name) {
    BOOST_TEST(first_name("Mary-Jane O'Brien") == "Mary-Jane");
    BOOST_TEST(first_name("  Zoë   Smith ") == "Zoë");
    BOOST_TEST(first_name("Auntie Pat") == "Auntie Pat", "a title stays with the name after it");
    BOOST_TEST(first_name("Dr Okafor") == "Dr Okafor");
    BOOST_TEST(first_name("Bartholomew") == "Bartholomew");
    BOOST_TEST(first_name("") == "");
}

BOOST_AUTO_TEST_CASE(four_rings_and_four_groups_family_top_left_then_clockwise) {
    const CircleLayout layout(circle_tool(), Record{});
    BOOST_TEST(layout.rings() == 4);
    BOOST_TEST(layout.inner_radius(1) == CircleLayout::kPersonRadius);
    BOOST_TEST(layout.outer_radius(4) == CircleLayout::kOuterRadius, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(layout.outer_radius(1) == 0.1525, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(layout.outer_radius(2) == layout.inner_radius(3));
    BOOST_TEST_REQUIRE(layout.sectors().size() == 4u);
    const auto& s = layout.sectors();
    BOOST_TEST(s[0].label == "Family");
    BOOST_TEST(s[0].start_degrees == 90.0);
    BOOST_TEST(s[1].label == "Friends");
    BOOST_TEST(s[1].start_degrees == 0.0);
    BOOST_TEST(s[2].label == "Paid support");
    BOOST_TEST(s[2].start_degrees == 270.0);
    BOOST_TEST(s[3].label == "Community");
    BOOST_TEST(s[3].start_degrees == 180.0);
    BOOST_TEST(s[3].end_degrees == 270.0);
    // Labels outside the rings: family's in the top-left corner, running leftwards from its anchor.
    BOOST_TEST(s[0].label_anchor.x < 0.5 - CircleLayout::kOuterRadius * std::sqrt(0.5));
    BOOST_TEST(s[0].label_anchor.y < 0.5 - CircleLayout::kOuterRadius * std::sqrt(0.5));
    BOOST_TEST((s[0].label_side == LabelSide::Left));
    BOOST_TEST((s[2].label_side == LabelSide::Right));
    BOOST_TEST(s[2].label_anchor.y > 0.5);
}

BOOST_AUTO_TEST_CASE(one_person_sits_in_the_middle_of_their_ring_and_sector) {
    Record r;
    r.tool = "relationship-circle";
    add_person(r, "Siân", "1", "family");
    add_person(r, "Dr Patel", "4", "paid-support");
    const CircleLayout layout(circle_tool(), r);
    BOOST_TEST_REQUIRE(layout.markers().size() == 2u);
    const CircleMarker& sian = layout.markers()[0];
    BOOST_TEST(sian.name == "Siân");
    BOOST_TEST(sian.relationship == "friend");
    BOOST_TEST(sian.ring == 1);
    // Middle of ring 1 (radius 0.11125) at 135 degrees: up and to the left of the centre.
    BOOST_TEST(sian.centre.x == 0.5 - 0.11125 * std::sqrt(0.5), boost::test_tools::tolerance(1e-9));
    BOOST_TEST(sian.centre.y == 0.5 - 0.11125 * std::sqrt(0.5), boost::test_tools::tolerance(1e-9));
    BOOST_TEST((sian.label_side == LabelSide::Left));
    BOOST_TEST(sian.label_anchor.x < sian.centre.x);
    BOOST_TEST(sian.label_anchor.y == sian.centre.y);
    const CircleMarker& patel = layout.markers()[1];
    BOOST_TEST(patel.row == 1u);
    BOOST_TEST(patel.centre.x > 0.5);
    BOOST_TEST(patel.centre.y > 0.5);
    BOOST_TEST(radius_of(patel.centre) == (layout.inner_radius(4) + layout.outer_radius(4)) / 2,
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST((patel.label_side == LabelSide::Right));
}

BOOST_AUTO_TEST_CASE(forty_people_spread_as_circles_usually_are_stay_readable) {
    // Family and friends close in, paid support in the middle rings, community further out.
    const Record r = circle_of({{4, 2, 0, 0}, {3, 4, 3, 1}, {1, 3, 6, 3}, {0, 1, 3, 6}});
    const CircleLayout layout(circle_tool(), r);
    BOOST_TEST(layout.markers().size() == 40u);
    BOOST_TEST(layout.unplaced().empty());
    BOOST_TEST(smallest_gap(layout) >= CircleLayout::kMinSpacing);
    check_every_marker_in_its_place(layout);

    // A close family: six in the innermost ring of one group, thirteen in the second ring.
    const CircleLayout close(circle_tool(),
                             circle_of({{6, 3, 1, 0}, {4, 4, 3, 2}, {1, 3, 5, 3}, {0, 1, 1, 3}}));
    BOOST_TEST(close.markers().size() == 40u);
    BOOST_TEST(smallest_gap(close) >= CircleLayout::kMinSpacing);
    check_every_marker_in_its_place(close);
}

BOOST_AUTO_TEST_CASE(a_crowded_ring_and_group_alternates_lanes_to_keep_markers_apart) {
    // Twelve paid supporters in ring 2: one row along the middle of its arc would put them 0.023 apart.
    const CircleLayout layout(circle_tool(),
                              circle_of({{0, 0, 0, 0}, {0, 0, 12, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}}));
    BOOST_TEST(smallest_gap(layout) >= CircleLayout::kMinSpacing);
    std::set<long> radii;
    for (const auto& m : layout.markers()) radii.insert(std::lround(radius_of(m.centre) * 1e6));
    BOOST_TEST(radii.size() == 2u);
    check_every_marker_in_its_place(layout);
}

BOOST_AUTO_TEST_CASE(forty_people_in_one_ring_and_group_still_do_not_overlap) {
    const CircleLayout layout(circle_tool(),
                              circle_of({{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 40}}));
    BOOST_TEST(smallest_gap(layout) >= 2 * CircleLayout::kMarkerRadius);
    check_every_marker_in_its_place(layout);
}

BOOST_AUTO_TEST_CASE(hit_test_finds_the_marker_under_the_pointer) {
    const Record r = circle_of({{2, 1, 0, 0}, {0, 0, 2, 0}, {0, 0, 0, 0}, {0, 0, 0, 1}});
    const CircleLayout layout(circle_tool(), r);
    for (const auto& m : layout.markers()) {
        BOOST_TEST(layout.hit_test(m.centre).value_or(99) == m.row);
        BOOST_TEST(layout.hit_test({m.centre.x + CircleLayout::kMarkerRadius, m.centre.y}).value_or(99) ==
                   m.row);
    }
    BOOST_TEST(!layout.hit_test({0.5, 0.5}).has_value());
    BOOST_TEST(!layout.hit_test({0.02, 0.98}).has_value());
}

BOOST_AUTO_TEST_CASE(place_names_the_ring_and_group_under_a_point) {
    const CircleLayout layout(circle_tool(), Record{});
    // Rings end at radii 0.1525, 0.235, 0.3175 and 0.4.
    BOOST_TEST(
        (layout.place({0.70, 0.49}) == CirclePlace{"2", "friends"}));  // radius 0.2002, just above 3 o'clock
    BOOST_TEST(
        (layout.place({0.49, 0.85}) == CirclePlace{"4", "community"}));  // radius 0.35, left of 6 o'clock
    BOOST_TEST((layout.place({0.58, 0.58}) == CirclePlace{"1", "paid-support"}));
    BOOST_TEST((layout.place({0.35, 0.35}) == CirclePlace{"2", "family"}));  // radius 0.212
    BOOST_TEST(!layout.place({0.52, 0.5}).has_value());                      // on the person
    BOOST_TEST(!layout.place({0.95, 0.5}).has_value());                      // outside the rings
}

BOOST_AUTO_TEST_CASE(dragging_a_marker_to_another_ring_and_group_moves_the_person_there) {
    Record r;
    r.tool = "relationship-circle";
    add_person(r, "Siân", "1", "family");
    add_person(r, "Gareth", "2", "friends");
    const CircleLayout before(circle_tool(), r);
    const auto dragged = before.hit_test(before.markers()[1].centre);
    BOOST_TEST_REQUIRE(dragged.has_value());
    const auto dropped = before.place({0.25, 0.75});  // bottom left, radius 0.354
    BOOST_TEST_REQUIRE(dropped.has_value());
    BOOST_TEST((*dropped == CirclePlace{"4", "community"}));

    RecordEdit edit(r, circle_tool());
    edit.set_cell("people", *dragged, "circle", dropped->circle);
    edit.set_cell("people", *dragged, "group", dropped->group);
    const CircleLayout after(circle_tool(), r);
    BOOST_TEST(after.markers()[1].name == "Gareth");
    BOOST_TEST(after.markers()[1].ring == 4);
    BOOST_TEST(after.markers()[1].group == "community");
    BOOST_TEST(after.markers()[1].centre.x < 0.5);
    BOOST_TEST(after.markers()[1].centre.y > 0.5);
}

BOOST_AUTO_TEST_CASE(rows_without_a_ring_or_group_are_listed_apart) {
    Record r;
    r.tool = "relationship-circle";
    add_person(r, "Siân", "1", "family");
    pcr::test::add_row(r, "people", row({{"name", "Someone new"}}));
    add_person(r, "Old neighbour", "7", "community");
    const CircleLayout layout(circle_tool(), r);
    BOOST_TEST(layout.markers().size() == 1u);
    BOOST_TEST(layout.unplaced() == (std::vector<std::size_t>{1, 2}));
}

BOOST_AUTO_TEST_CASE(a_template_without_rings_and_groups_cannot_be_drawn) {
    BOOST_CHECK_THROW(CircleLayout(shipped_templates().get("learning-log"), Record{}), pcr::TemplateError);
}

BOOST_AUTO_TEST_SUITE_END()
