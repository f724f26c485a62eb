// Places the over-time chart's small charts in columns and maps each assessment's date and value into them.
#include "model/rules/score_chart_layout.h"

#include <algorithm>
#include <cmath>

namespace pcr::model {

namespace {

const TopicSeries* series_of(const AssessmentHistory& history, const std::string& topic) {
    for (const auto& series : history.topics)
        if (series.topic == topic) return &series;
    return nullptr;
}

// Where each date falls across `plot`: by days between the first and last assessment.
class TimeAxis {
  public:
    TimeAxis(const std::vector<Date>& dates, const ChartRect& plot) : plot_(plot) {
        if (!dates.empty()) {
            first_ = dates.front();
            span_ = dates.back().days_since(dates.front());
        }
    }
    double x(const Date& date) const {
        if (span_ <= 0) return plot_.x + plot_.width / 2;
        return plot_.x + plot_.width * date.days_since(first_) / span_;
    }

  private:
    ChartRect plot_;
    Date first_;
    int span_ = 0;
};

// The dates whose labels fit side by side: the first, then each one far enough from the last kept; the last
// assessment replaces the label before it when both do not fit, as the newest is the one people look for.
std::vector<DateTick> date_ticks(const std::vector<Date>& dates, const TimeAxis& axis, double label_width) {
    std::vector<DateTick> ticks;
    for (const auto& date : dates) {
        const double x = axis.x(date);
        if (ticks.empty() || x - ticks.back().x >= label_width) ticks.push_back({x, date});
    }
    if (!dates.empty() && ticks.back().date != dates.back()) {
        const double last = axis.x(dates.back());
        if (ticks.size() > 1) ticks.pop_back();
        if (last - ticks.back().x >= label_width) ticks.push_back({last, dates.back()});
    }
    return ticks;
}

double level_y(const ChartRect& plot, double level) {
    return plot.bottom() - plot.height * (level - 1) / 4;
}

double coverage_y(const ChartRect& plot, double coverage) {
    return plot.bottom() - plot.height * coverage / 100;
}

TopicChart topic_chart(const Topic& topic, const TopicSeries* series, const std::vector<Date>& dates,
                       ChartMeasure measure, const ChartRect& frame, const ChartMetrics& metrics) {
    TopicChart chart;
    chart.topic = topic.number;
    chart.title = topic.title;
    chart.frame = frame;
    // Half a date label either side, so the first and last dates' labels stay inside the cell.
    const double inset = std::max(metrics.value_label_width, metrics.date_label_width / 2);
    chart.plot.x = frame.x + inset;
    chart.plot.y = frame.y + metrics.title_height + metrics.date_label_height / 2;
    chart.plot.width = std::max(0.0, frame.width - inset - metrics.date_label_width / 2);
    chart.plot.height = std::max(
        0.0, frame.height - metrics.title_height - metrics.date_label_height * 1.5 - metrics.gap / 4);

    const TimeAxis axis(dates, chart.plot);
    chart.date_ticks = date_ticks(dates, axis, metrics.date_label_width);
    if (measure == ChartMeasure::Levels) {
        for (int level = 1; level <= 5; ++level)
            chart.value_ticks.push_back({level_y(chart.plot, level), std::to_string(level)});
        if (series) {
            for (const auto& point : series->levels)
                chart.points.push_back({axis.x(point.date), level_y(chart.plot, point.level)});
            for (const auto& point : series->coverage)
                if (point.suggested)
                    chart.suggestion.push_back({axis.x(point.date), level_y(chart.plot, *point.suggested)});
        }
    } else {
        for (int coverage : {0, 50, 100})
            chart.value_ticks.push_back({coverage_y(chart.plot, coverage), std::to_string(coverage) + "%"});
        if (topic.evidence) {
            chart.guides.push_back(coverage_y(chart.plot, topic.evidence->low));
            chart.guides.push_back(coverage_y(chart.plot, topic.evidence->high));
        }
        if (series)
            for (const auto& point : series->coverage)
                chart.points.push_back({axis.x(point.date), coverage_y(chart.plot, point.coverage)});
    }
    return chart;
}

}  // namespace

ScoreChartLayout layout_score_chart(const Workbook& workbook, const AssessmentHistory& history,
                                    ChartMeasure measure, const ChartMetrics& metrics) {
    ScoreChartLayout layout;
    layout.width = metrics.width;
    layout.columns = std::max(1, static_cast<int>(std::floor((metrics.width + metrics.gap) /
                                                             (metrics.min_cell_width + metrics.gap))));
    const double cell_width = (metrics.width - metrics.gap * (layout.columns - 1)) / layout.columns;

    double y = 0;
    for (const auto& section : workbook.sections) {
        std::vector<const Topic*> shown;
        for (const auto& topic : section.topics)
            if (measure == ChartMeasure::Levels || topic.evidence) shown.push_back(&topic);
        if (shown.empty()) continue;
        layout.headings.push_back(
            {section.number, section.title, {0, y, metrics.width, metrics.heading_height}});
        y += metrics.heading_height;
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const auto column = static_cast<int>(i % layout.columns);
            const auto row = static_cast<int>(i / layout.columns);
            const ChartRect frame{column * (cell_width + metrics.gap),
                                  y + row * (metrics.cell_height + metrics.gap), cell_width,
                                  metrics.cell_height};
            layout.charts.push_back(topic_chart(*shown[i], series_of(history, shown[i]->number),
                                                history.dates, measure, frame, metrics));
        }
        const auto rows = static_cast<int>((shown.size() + layout.columns - 1) / layout.columns);
        y += rows * (metrics.cell_height + metrics.gap);
    }
    layout.height = y;
    return layout;
}

}  // namespace pcr::model
