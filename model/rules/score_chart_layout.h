// Geometry of the over-time chart: one small chart per topic, grouped by section, in the caller's units,
// shared by the app's painter and the exports.
#pragma once

#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/workbook.h"
#include "model/rules/assessment_history.h"

namespace pcr::model {

// What the small charts show: each topic's self-scores (with the evidence's suggestion beside them) or the
// coverage of its record evidence.
enum class ChartMeasure { Levels, Coverage };

// x to the right, y downwards, as on screen and in a PDF page turned the usual way.
struct ChartPoint {
    double x = 0;
    double y = 0;
    bool operator==(const ChartPoint&) const = default;
};

struct ChartRect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double right() const { return x + width; }
    double bottom() const { return y + height; }
    bool operator==(const ChartRect&) const = default;
};

// A value axis mark: a line across the plot at `y` with `label` left of it ("3", "50%").
struct ValueTick {
    double y = 0;
    std::string label;
};

// A date under the plot, centred on `x`; only dates whose labels do not overlap are kept.
struct DateTick {
    double x = 0;
    Date date;
};

// One topic's small chart.
struct TopicChart {
    std::string topic;  // "1.3"
    std::string title;
    ChartRect frame;  // the whole cell: the title along its top, date labels along its bottom
    ChartRect plot;   // where the lines go
    std::vector<ValueTick> value_ticks;
    std::vector<DateTick> date_ticks;
    std::vector<double> guides;          // y of the coverage thresholds (low and high) in Coverage charts
    std::vector<ChartPoint> points;      // the self-scores or the coverage, oldest first
    std::vector<ChartPoint> suggestion;  // in Levels charts: the level the evidence suggested, oldest first
};

struct ChartHeading {
    std::string number;  // "1"
    std::string title;
    ChartRect area;  // the line above the section's charts
};

struct ScoreChartLayout {
    double width = 0;
    double height = 0;  // grows with the number of topics and rows
    int columns = 1;
    std::vector<ChartHeading> headings;
    std::vector<TopicChart> charts;  // workbook order
};

// Sizes the layout works with, in the caller's units (pixels, points).
struct ChartMetrics {
    double width = 900;           // the space across
    double min_cell_width = 210;  // as many columns as fit at least this wide
    double cell_height = 130;
    double gap = 16;  // between cells, across and down
    double heading_height = 28;
    double title_height = 20;       // a topic's title line above its plot
    double value_label_width = 34;  // left of the plot, for "5" or "100%"
    double date_label_width = 76;   // one date label, with room to spare
    double date_label_height = 18;
};

// Lays out every topic of `workbook` (for Coverage only those with an evidence rule) by section, in columns
// of equal width, with the dates of `history` on a shared time axis: a single assessment sits in the middle.
ScoreChartLayout layout_score_chart(const Workbook& workbook, const AssessmentHistory& history,
                                    ChartMeasure measure, const ChartMetrics& metrics);

}  // namespace pcr::model
