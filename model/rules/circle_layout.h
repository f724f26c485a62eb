// Geometry of the relationship circle in a unit square, shared by the app's drawing and by exports.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/domain/record.h"
#include "model/domain/tool_template.h"

namespace pcr::model {

// A point of the unit square: x to the right, y downwards (as on screen and in cairo), both 0 to 1.
struct Point {
    double x = 0;
    double y = 0;
};

// Which way a label runs from its anchor: Right means the text starts at the anchor, Left that it ends there.
// Either way the anchor is the middle of the text's height.
enum class LabelSide { Right, Left };

// One of the groups (family, friends, paid support, community): a slice of every ring.
struct CircleSector {
    std::string group;  // the stored value, "paid-support"
    std::string label;  // as shown, "Paid support"
    // Angles in degrees, counter-clockwise from three o'clock as the eye sees it (so 90 is straight up); the
    // sector runs from start to end = start + 360 / groups, start in [0, 360).
    double start_degrees = 0;
    double end_degrees = 0;
    Point label_anchor;  // outside the outer ring, in the middle of the sector
    LabelSide label_side = LabelSide::Right;
};

// One person of the circle.
struct CircleMarker {
    std::size_t row = 0;  // position of their row in the people section
    std::string name;
    std::string relationship;
    int ring = 1;        // 1 (closest) to the number of rings
    std::string circle;  // the stored circle value, "1"
    std::string group;   // the stored group value
    Point centre;
    Point label_anchor;
    LabelSide label_side = LabelSide::Right;
};

// The label of a marker where the whole name does not fit: the first name, whole ("Mary-Jane" of
// "Mary-Jane O'Brien"; a title such as "Auntie" or "Dr" stays with the name after it). Never cut short.
std::string first_name(const std::string& name);

// What the circle is drawn from, found by the roles the template gives (docs/templates.md): the section with
// role circle-people and its columns with roles circle-ring, group, name and relationship. Any may be
// missing.
struct CircleColumns {
    const SectionTemplate* people = nullptr;
    const Column* ring = nullptr;
    const Column* group = nullptr;
    const Column* name = nullptr;
    const Column* relationship = nullptr;

    CircleColumns() = default;
    explicit CircleColumns(const ToolTemplate& tool);
    // Whether a circle can be drawn: the people section has ring and group columns, each with choices.
    bool drawable() const;
};

// Where a point falls: the circle and group values to store for a marker dropped there.
struct CirclePlace {
    std::string circle;
    std::string group;
    bool operator==(const CirclePlace&) const = default;
};

// The rings (one per circle choice, closest inside) around the person's disc, split into one sector per group
// choice (the first group top left, then clockwise: with the shipped template family top left, friends top
// right, paid support bottom right, community bottom left), and every person's marker in their ring and
// group. The people of one ring and group are spread evenly along their arc, alternating between radial lanes
// of the ring when that keeps them further apart, so markers stay at least kMinSpacing apart wherever the
// space allows (it does for 40 people spread over the circle as people's circles usually are).
class CircleLayout {
  public:
    static constexpr double kOuterRadius = 0.40;   // leaves room around the rings for labels
    static constexpr double kPersonRadius = 0.07;  // the disc in the middle, for the person's name
    static constexpr double kMarkerRadius = 0.012;
    static constexpr double kMinSpacing = 0.03;  // between marker centres, wherever there is room

    // Throws pcr::TemplateError when the template's circle cannot be drawn (CircleColumns::drawable()).
    CircleLayout(const ToolTemplate& tool, const Record& record);

    Point centre() const { return {0.5, 0.5}; }
    int rings() const { return static_cast<int>(ring_values_.size()); }
    double inner_radius(int ring) const;  // ring 1 starts at kPersonRadius
    double outer_radius(int ring) const;  // the last ring ends at kOuterRadius
    const std::vector<CircleSector>& sectors() const { return sectors_; }
    const std::vector<CircleMarker>& markers() const { return markers_; }
    // Rows that cannot be drawn because their circle or group is blank or not one of the choices.
    const std::vector<std::size_t>& unplaced() const { return unplaced_; }

    // The row of the marker under `point` (the nearest one within a little more than a marker's radius).
    std::optional<std::size_t> hit_test(Point point) const;
    // The ring and group at `point`; none inside the person's disc or outside the outer ring.
    std::optional<CirclePlace> place(Point point) const;

  private:
    void lay_out_cell(const std::vector<std::size_t>& members, int ring, const CircleSector& sector);

    std::vector<std::string> ring_values_;
    std::vector<CircleSector> sectors_;
    std::vector<CircleMarker> markers_;
    std::vector<std::size_t> unplaced_;
};

}  // namespace pcr::model
