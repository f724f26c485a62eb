// Reads a record's ratings by the template's roles and places each measure's step line in its small chart.
#include "model/rules/rating_chart_layout.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

int choice_index(const Column& column, const std::string& value) {
    for (std::size_t i = 0; i < column.choices.size(); ++i)
        if (column.choices[i].value == value) return static_cast<int>(i);
    return -1;
}

// Each measure's ratings, oldest first and one a day; and every day anything was rated.
struct Readings {
    std::map<std::string, std::vector<RatingPoint>> by_measure;
    std::vector<Date> dates;
};

Readings read(const RatingColumns& columns, const Record& record) {
    Readings out;
    const Section* section = record.section(columns.ratings->id);
    if (!section) return out;
    std::map<std::string, std::map<Date, int>> days;  // the last row of a day wins: rows are kept as added
    for (const Entry& row : section->entries) {
        const auto date = Date::parse(row.date);
        const Cell* measure = row.cell(columns.measure->id);
        const Cell* level = row.cell(columns.level->id);
        if (!date || !measure || !level) continue;
        const int measure_at = choice_index(*columns.measure, measure->text);
        const int level_at = choice_index(*columns.level, level->text);
        if (measure_at < 0 || level_at < 0) continue;
        days[measure->text][*date] = level_at;
    }
    std::vector<Date> dates;
    for (const auto& [measure, levels] : days)
        for (const auto& [date, level] : levels) {
            out.by_measure[measure].push_back({date, level});
            dates.push_back(date);
        }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    out.dates = std::move(dates);
    return out;
}

double x_of(const ChartRect& plot, const std::vector<Date>& dates, const Date& date) {
    const int span = dates.empty() ? 0 : dates.back().days_since(dates.front());
    if (span <= 0) return plot.x + plot.width / 2;
    return plot.x + plot.width * date.days_since(dates.front()) / span;
}

// Level 0 on the bottom line, the highest on the top one.
double y_of(const ChartRect& plot, int level, int levels) {
    if (levels <= 1) return plot.y + plot.height / 2;
    return plot.bottom() - plot.height * level / (levels - 1);
}

// The dates whose labels fit side by side, the newest kept in place of the one before it when both do not.
std::vector<DateTick> date_ticks(const std::vector<Date>& dates, const ChartRect& plot, double label_width) {
    std::vector<DateTick> ticks;
    for (const auto& date : dates) {
        const double x = x_of(plot, dates, date);
        if (ticks.empty() || x - ticks.back().x >= label_width) ticks.push_back({x, date});
    }
    if (!dates.empty() && ticks.back().date != dates.back()) {
        const double last = x_of(plot, dates, dates.back());
        if (ticks.size() > 1) ticks.pop_back();
        if (last - ticks.back().x >= label_width) ticks.push_back({last, dates.back()});
    }
    return ticks;
}

}  // namespace

RatingColumns::RatingColumns(const ToolTemplate& tool) : ratings(tool.section_with(SectionRole::Ratings)) {
    if (!ratings) return;
    measure = ratings->column_with(ColumnRole::Measure);
    level = ratings->column_with(ColumnRole::Level);
}

bool RatingColumns::drawable() const {
    return ratings && ratings->kind == SectionKind::Dated && measure && level && !measure->choices.empty() &&
           !level->choices.empty();
}

RatingChartLayout layout_rating_chart(const ToolTemplate& tool, const Record& record,
                                      const ChartMetrics& metrics) {
    const RatingColumns columns(tool);
    if (!columns.drawable())
        throw TemplateError(fill_in(tr("The tool '{1}' has no ratings to chart: its template needs a dated "
                                       "section with role=\"ratings\" and choice columns with "
                                       "role=\"measure\" and role=\"level\" (docs/templates.md)."),
                                    tool.id));
    Readings readings = read(columns, record);
    RatingChartLayout layout;
    layout.width = metrics.width;
    layout.dates = readings.dates;
    layout.columns = std::max(1, static_cast<int>(std::floor((metrics.width + metrics.gap) /
                                                             (metrics.min_cell_width + metrics.gap))));
    const double cell_width = (metrics.width - metrics.gap * (layout.columns - 1)) / layout.columns;
    const int levels = static_cast<int>(columns.level->choices.size());
    // Room left of the plot for the level labels (the caller sizes value_label_width to its widest).
    const double inset = std::max(metrics.value_label_width, metrics.date_label_width / 2);

    const auto& measures = columns.measure->choices;
    for (std::size_t i = 0; i < measures.size(); ++i) {
        MeasureChart chart;
        chart.measure = measures[i].value;
        chart.title = measures[i].label.empty() ? measures[i].value : measures[i].label;
        const auto column = static_cast<int>(i % layout.columns);
        const auto row = static_cast<int>(i / layout.columns);
        chart.frame = {column * (cell_width + metrics.gap), row * (metrics.cell_height + metrics.gap),
                       cell_width, metrics.cell_height};
        chart.plot.x = chart.frame.x + inset;
        chart.plot.y = chart.frame.y + metrics.title_height + metrics.date_label_height / 2;
        chart.plot.width = std::max(0.0, chart.frame.width - inset - metrics.date_label_width / 2);
        chart.plot.height = std::max(0.0, chart.frame.height - metrics.title_height -
                                              metrics.date_label_height * 1.5 - metrics.gap / 4);
        for (int level = 0; level < levels; ++level) {
            const auto& choice = columns.level->choices[static_cast<std::size_t>(level)];
            chart.level_ticks.push_back(
                {y_of(chart.plot, level, levels), choice.label.empty() ? choice.value : choice.label});
        }
        chart.date_ticks = date_ticks(layout.dates, chart.plot, metrics.date_label_width);
        if (auto found = readings.by_measure.find(chart.measure); found != readings.by_measure.end())
            chart.ratings = found->second;
        for (std::size_t r = 0; r < chart.ratings.size(); ++r) {
            const ChartPoint at{x_of(chart.plot, layout.dates, chart.ratings[r].date),
                                y_of(chart.plot, chart.ratings[r].level, levels)};
            chart.dots.push_back(at);
            if (r > 0) chart.steps.push_back({at.x, chart.steps.back().y});
            chart.steps.push_back(at);
        }
        if (!chart.steps.empty()) {
            const double end = x_of(chart.plot, layout.dates, layout.dates.back());
            if (end > chart.steps.back().x) chart.steps.push_back({end, chart.steps.back().y});
        }
        layout.charts.push_back(std::move(chart));
    }
    const auto rows = static_cast<int>((measures.size() + layout.columns - 1) / layout.columns);
    layout.height = rows * metrics.cell_height + std::max(0, rows - 1) * metrics.gap;
    return layout;
}

}  // namespace pcr::model
