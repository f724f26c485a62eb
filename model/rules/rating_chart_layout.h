// Geometry of a ratings chart over time: one small step chart per measure (the outcome ratings' eight areas),
// in the caller's units, shared by the app's painter and the exports.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/record.h"
#include "model/domain/tool_template.h"
#include "model/rules/score_chart_layout.h"

namespace pcr::model {

// What the chart is drawn from, found by the roles the template gives (docs/templates.md): the dated section
// with role ratings and its choice columns with roles measure and level. Any may be missing.
struct RatingColumns {
    const SectionTemplate* ratings = nullptr;
    const Column* measure = nullptr;
    const Column* level = nullptr;

    RatingColumns() = default;
    explicit RatingColumns(const ToolTemplate& tool);
    // Whether a chart can be drawn: a dated ratings section with measure and level columns, each with
    // choices.
    bool drawable() const;
};

// One rating as charted: the day and the level's place among the level column's choices (0 the lowest).
struct RatingPoint {
    Date date;
    int level = 0;
    bool operator==(const RatingPoint&) const = default;
};

// One measure's small chart.
struct MeasureChart {
    std::string measure;  // the stored value, "control"
    std::string title;    // its label, "Control over daily life"
    ChartRect frame;      // the whole cell: the title along its top, date labels along its bottom
    ChartRect plot;       // where the line goes
    std::vector<RatingPoint> ratings;    // oldest first, one a day (the row added last that day)
    std::vector<ValueTick> level_ticks;  // one per level, lowest at the bottom
    std::vector<DateTick> date_ticks;
    // The level held from each rating until the next, and the last one on to the newest rating of any
    // measure: a step line, oldest first.
    std::vector<ChartPoint> steps;
    std::vector<ChartPoint> dots;  // one at each rating
};

struct RatingChartLayout {
    double width = 0;
    double height = 0;
    int columns = 1;
    std::vector<Date> dates;                      // every day a rating was given, oldest first
    std::vector<MeasureChart> charts;             // one per measure choice, in the template's order
    bool empty() const { return dates.empty(); }  // nothing rated yet
};

// Lays out every measure of the tool's ratings section in columns of equal width, on one time axis shared by
// all of them from the first rating to the newest (a single day sits in the middle). Rows whose date, measure
// or level is blank or not one the template allows are left out. Throws pcr::TemplateError when the tool has
// no chart (RatingColumns::drawable()).
RatingChartLayout layout_rating_chart(const ToolTemplate& tool, const Record& record,
                                      const ChartMetrics& metrics);

}  // namespace pcr::model
