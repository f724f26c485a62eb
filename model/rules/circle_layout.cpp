// Relationship-circle geometry: rings, group sectors, markers spread within their ring and sector, and hit
// tests.
#include "model/rules/circle_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <set>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

std::string first_name(const std::string& name) {
    // Words as written, separated by spaces; a short title is not a name on its own.
    std::vector<std::string> words;
    std::string word;
    for (const char c : name + " ") {
        if (c == ' ' || c == '\t') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (words.empty()) return {};
    static const std::set<std::string> titles = {
        "Mr",     "Mr.",   "Mrs",   "Mrs.", "Ms",   "Ms.",  "Miss",    "Dr",      "Dr.",    "Rev",   "Rev.",
        "Auntie", "Aunty", "Uncle", "Nan",  "Nana", "Gran", "Grandma", "Grandad", "Sister", "Father"};
    if (words.size() > 1 && titles.count(words[0])) return words[0] + " " + words[1];
    return words[0];
}

namespace {

// How far marker centres keep from ring edges and sector lines, so neighbours across a line stay apart and a
// marker is never on the line (so place() at its centre gives back its own ring and group).
constexpr double kEdgeMargin = CircleLayout::kMarkerRadius * 1.3;
// The most radial lanes one ring band is divided into for a crowded ring and group.
constexpr int kMaxLanes = 6;
// Sector labels sit this far outside the outer ring.
constexpr double kSectorLabelGap = 0.045;

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

double distance(Point a, Point b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

Point at(Point centre, double radius, double angle) {
    return {centre.x + radius * std::cos(angle), centre.y - radius * std::sin(angle)};
}

LabelSide side_of(Point p, Point centre) {
    return p.x >= centre.x ? LabelSide::Right : LabelSide::Left;
}

std::string cell_text(const Entry& row, const Column* column) {
    const Cell* cell = column ? row.cell(column->id) : nullptr;
    return cell ? trim(cell->text) : std::string();
}

double smallest_gap(const std::vector<Point>& points) {
    double gap = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j < points.size(); ++j)
            gap = std::min(gap, distance(points[i], points[j]));
    return gap;
}

}  // namespace

CircleColumns::CircleColumns(const ToolTemplate& tool)
    : people(tool.section_with(SectionRole::CirclePeople)) {
    if (!people) return;
    ring = people->column_with(ColumnRole::CircleRing);
    group = people->column_with(ColumnRole::Group);
    name = people->column_with(ColumnRole::Name);
    relationship = people->column_with(ColumnRole::Relationship);
}

bool CircleColumns::drawable() const {
    return people && ring && group && !ring->choices.empty() && !group->choices.empty();
}

CircleLayout::CircleLayout(const ToolTemplate& tool, const Record& record) {
    const CircleColumns columns(tool);
    if (!columns.drawable())
        throw TemplateError(
            fill_in(tr("The {1} template ({2}) cannot be drawn as a circle: it needs a table section with "
                       "role=\"circle-people\" and in it choice columns with role=\"circle-ring\" and "
                       "role=\"group\". Restore the shipped template or add them."),
                    tool.id, tool.source_file));
    const Column* circle = columns.ring;
    const Column* group = columns.group;

    for (const auto& choice : circle->choices) ring_values_.push_back(choice.value);
    const double width = 360.0 / static_cast<double>(group->choices.size());
    for (std::size_t i = 0; i < group->choices.size(); ++i) {
        CircleSector sector;
        sector.group = group->choices[i].value;
        sector.label = group->choices[i].label.empty() ? sector.group : group->choices[i].label;
        // The first group ends at nine o'clock and the rest follow clockwise.
        sector.start_degrees = std::fmod(180.0 - static_cast<double>(i + 1) * width + 720.0, 360.0);
        sector.end_degrees = sector.start_degrees + width;
        sector.label_anchor =
            at(centre(), kOuterRadius + kSectorLabelGap, radians(sector.start_degrees + width / 2));
        sector.label_side = side_of(sector.label_anchor, centre());
        sectors_.push_back(sector);
    }

    const Section* rows = record.section(columns.people->id);
    const std::size_t row_count = rows ? rows->entries.size() : 0;
    // Rows of each ring and sector, in record order.
    std::vector<std::vector<std::size_t>> cells(ring_values_.size() * sectors_.size());
    for (std::size_t r = 0; r < row_count; ++r) {
        const Entry& row = rows->entries[r];
        const std::string circle_value = cell_text(row, circle);
        const std::string group_value = cell_text(row, group);
        const auto ring = std::find(ring_values_.begin(), ring_values_.end(), circle_value);
        const auto sector = std::find_if(sectors_.begin(), sectors_.end(),
                                         [&](const CircleSector& s) { return s.group == group_value; });
        if (ring == ring_values_.end() || sector == sectors_.end()) {
            unplaced_.push_back(r);
            continue;
        }
        CircleMarker marker;
        marker.row = r;
        marker.name = cell_text(row, columns.name);
        marker.relationship = cell_text(row, columns.relationship);
        marker.ring = static_cast<int>(ring - ring_values_.begin()) + 1;
        marker.circle = circle_value;
        marker.group = group_value;
        const auto sector_index = static_cast<std::size_t>(sector - sectors_.begin());
        cells[static_cast<std::size_t>(marker.ring - 1) * sectors_.size() + sector_index].push_back(
            markers_.size());
        markers_.push_back(std::move(marker));
    }
    for (std::size_t ring = 0; ring < ring_values_.size(); ++ring)
        for (std::size_t s = 0; s < sectors_.size(); ++s)
            if (!cells[ring * sectors_.size() + s].empty())
                lay_out_cell(cells[ring * sectors_.size() + s], static_cast<int>(ring) + 1, sectors_[s]);
}

double CircleLayout::inner_radius(int ring) const {
    return kPersonRadius + (kOuterRadius - kPersonRadius) * (ring - 1) / static_cast<double>(rings());
}

double CircleLayout::outer_radius(int ring) const {
    return inner_radius(ring + 1);
}

void CircleLayout::lay_out_cell(const std::vector<std::size_t>& members, int ring,
                                const CircleSector& sector) {
    const double low = inner_radius(ring) + kEdgeMargin;
    const double high = std::max(low, outer_radius(ring) - kEdgeMargin);
    const double start = radians(sector.start_degrees);
    const double end = radians(sector.end_degrees);
    const std::size_t n = members.size();

    // `lanes` arcs across the band, each holding a share of the people in proportion to its length, spaced
    // evenly and staggered against the next lane (so neighbours alternate between lanes, as in a honeycomb).
    // People take the places in record order along the arc.
    const auto arrange = [&](int lanes) {
        struct Slot {
            double angle;
            double radius;
        };
        std::vector<double> radius(static_cast<std::size_t>(lanes)), length(radius.size());
        double total = 0;
        for (int j = 0; j < lanes; ++j) {
            radius[j] = lanes == 1 ? (low + high) / 2 : low + (high - low) * j / (lanes - 1);
            length[j] = std::max(1e-9, radius[j] * (end - start) - 2 * kEdgeMargin);
            total += length[j];
        }
        // Largest remainder, so the shares add up to n.
        std::vector<std::size_t> count(radius.size());
        std::vector<std::pair<double, int>> remainder;
        std::size_t given = 0;
        for (int j = 0; j < lanes; ++j) {
            const double share = static_cast<double>(n) * length[j] / total;
            count[j] = static_cast<std::size_t>(share);
            given += count[j];
            remainder.emplace_back(share - static_cast<double>(count[j]), -j);
        }
        std::sort(remainder.rbegin(), remainder.rend());
        for (std::size_t k = 0; given < n; ++k, ++given)
            ++count[static_cast<std::size_t>(-remainder[k].second)];

        std::vector<Slot> slots;
        for (int j = 0; j < lanes; ++j) {
            const double pad = std::min(kEdgeMargin / radius[j], (end - start) / 2);
            const double stagger = lanes == 1 ? 0.5 : (j % 2 == 0 ? 0.25 : 0.75);
            for (std::size_t k = 0; k < count[j]; ++k) {
                const double t = (static_cast<double>(k) + stagger) / static_cast<double>(count[j]);
                slots.push_back({start + pad + t * (end - start - 2 * pad), radius[j]});
            }
        }
        std::stable_sort(slots.begin(), slots.end(),
                         [](const Slot& a, const Slot& b) { return a.angle < b.angle; });
        std::vector<Point> points;
        for (const auto& slot : slots) points.push_back(at(centre(), slot.radius, slot.angle));
        return points;
    };
    std::vector<Point> best = arrange(1);
    double best_gap = smallest_gap(best);
    for (int lanes = 2; lanes <= kMaxLanes && best_gap < kMinSpacing && lanes <= static_cast<int>(n);
         ++lanes) {
        std::vector<Point> points = arrange(lanes);
        const double gap = smallest_gap(points);
        if (gap > best_gap) {
            best = std::move(points);
            best_gap = gap;
        }
    }

    for (std::size_t i = 0; i < n; ++i) {
        CircleMarker& marker = markers_[members[i]];
        marker.centre = best[i];
        marker.label_side = side_of(marker.centre, centre());
        const double offset = kMarkerRadius * 1.5;
        marker.label_anchor = {marker.centre.x + (marker.label_side == LabelSide::Right ? offset : -offset),
                               marker.centre.y};
    }
}

std::optional<std::size_t> CircleLayout::hit_test(Point point) const {
    std::optional<std::size_t> hit;
    double nearest = kMarkerRadius * 1.5;
    for (const auto& marker : markers_) {
        const double d = distance(point, marker.centre);
        if (d <= nearest) {
            nearest = d;
            hit = marker.row;
        }
    }
    return hit;
}

std::optional<CirclePlace> CircleLayout::place(Point point) const {
    const Point c = centre();
    const double radius = distance(point, c);
    if (radius < kPersonRadius || radius > kOuterRadius) return std::nullopt;
    const double band = (kOuterRadius - kPersonRadius) / static_cast<double>(rings());
    const int ring = std::min(rings(), static_cast<int>((radius - kPersonRadius) / band) + 1);
    double degrees = std::atan2(c.y - point.y, point.x - c.x) * 180.0 / std::numbers::pi;
    if (degrees < 0) degrees += 360.0;
    for (const auto& sector : sectors_) {
        const double into = std::fmod(degrees - sector.start_degrees + 360.0, 360.0);
        if (into < sector.end_degrees - sector.start_degrees)
            return CirclePlace{ring_values_[static_cast<std::size_t>(ring - 1)], sector.group};
    }
    return std::nullopt;
}

}  // namespace pcr::model
