// The workbook report laid out on pages once (summary sheet with notes, averages, action plan, detailed
// plans, the regulator's view, scores and record coverage over time) and drawn on a PDF or any other cairo
// context.
#include "model/export/report_pdf.h"

#include <cstdio>

#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/export/atomic_file.h"
#include "model/export/page_flow.h"
#include "model/export/page_style.h"
#include "model/export/pango_cairo.h"
#include "model/export/profile_pdf.h"
#include "model/rules/score_chart_layout.h"

namespace pcr::model {

namespace {

using namespace page_style;
const Colour kCellBack{0.96, 0.965, 0.97};
const Colour kGrid{0.86, 0.875, 0.89};
const Colour kScore{0.18, 0.44, 0.70};
const Colour kSuggestion{0.54, 0.56, 0.60};
const Colour kGuide{0.85, 0.63, 0.23};

constexpr double kMargin = 40;
constexpr double kHeaderBand = 26;
constexpr double kFooterBand = 22;
constexpr double kBody = 9.5;
constexpr double kTable = 8;

std::string one_decimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

void stroke_dashed(cairo_t* cr, bool dashed) {
    const double dash[] = {3, 2};
    cairo_set_dash(cr, dash, dashed ? 2 : 0, 0);
}

void polyline(cairo_t* cr, const std::vector<ChartPoint>& points) {
    if (points.size() < 2) return;
    cairo_move_to(cr, points[0].x, points[0].y);
    for (std::size_t i = 1; i < points.size(); ++i) cairo_line_to(cr, points[i].x, points[i].y);
    cairo_stroke(cr);
}

void dots(cairo_t* cr, const std::vector<ChartPoint>& points, double radius) {
    for (const auto& p : points) {
        cairo_new_sub_path(cr);
        cairo_arc(cr, p.x, p.y, radius, 0, 6.283185307);
    }
    cairo_fill(cr);
}

// The part [top, bottom) of an over-time chart, as the app's chart panel draws it; cut across pages only
// above a section heading or between rows of charts, never between a heading and its first row. A topic
// without a point says `empty_words` ("not scored yet") once there is any assessment.
class ChartBlock : public FlowBlock {
  public:
    ChartBlock(std::shared_ptr<const ScoreChartLayout> chart, double top, double bottom,
               std::string empty_words)
        : chart_(std::move(chart)), top_(top), bottom_(bottom), empty_words_(std::move(empty_words)) {}

    double height() const override { return bottom_ - top_; }

    std::pair<std::unique_ptr<FlowBlock>, std::unique_ptr<FlowBlock>> split(double room,
                                                                            bool) const override {
        double cut = top_;
        const auto consider = [&](double y) {
            if (y > top_ + 0.5 && y - top_ <= room && y > cut) cut = y;
        };
        for (const auto& h : chart_->headings) consider(h.area.y);
        for (const auto& c : chart_->charts) {
            bool first_row = false;
            for (const auto& h : chart_->headings)
                if (h.area.y < c.frame.y && c.frame.y - h.area.bottom() < 40) first_row = true;
            if (!first_row) consider(c.frame.y);
        }
        if (cut <= top_) return {};
        return {std::make_unique<ChartBlock>(chart_, top_, cut, empty_words_),
                std::make_unique<ChartBlock>(chart_, cut, bottom_, empty_words_)};
    }

    void draw(cairo_t* cr, double x, double y) const override {
        cairo_save(cr);
        cairo_translate(cr, x, y - top_);
        const auto inside = [&](const ChartRect& r) { return r.y >= top_ - 0.5 && r.y < bottom_ - 0.5; };
        set_colour(cr, kInk);
        for (const auto& h : chart_->headings) {
            if (!inside(h.area)) continue;
            const TextLayout title(h.number + " " + h.title, h.area.width,
                                   TextStyle{10, true, false, TextAlign::Start, true});
            title.draw(cr, h.area.x, h.area.y + (h.area.height - title.height()) / 2);
        }
        for (const auto& chart : chart_->charts)
            if (inside(chart.frame)) draw_chart(cr, chart);
        cairo_restore(cr);
    }

  private:
    void draw_chart(cairo_t* cr, const TopicChart& chart) const {
        const auto& f = chart.frame;
        const auto& p = chart.plot;
        set_colour(cr, kCellBack);
        cairo_rectangle(cr, f.x, f.y, f.width, f.height);
        cairo_fill(cr);
        set_colour(cr, kInk);
        const TextLayout title(chart.topic + " " + chart.title, f.width - 8,
                               TextStyle{7, true, false, TextAlign::Start, true});
        title.draw(cr, f.x + 4, f.y + 3);

        cairo_set_line_width(cr, 0.5);
        for (const auto& tick : chart.value_ticks) {
            set_colour(cr, kGrid);
            cairo_move_to(cr, p.x, tick.y);
            cairo_line_to(cr, p.right(), tick.y);
            cairo_stroke(cr);
            set_colour(cr, kMuted);
            const TextLayout label(tick.label, 0, TextStyle{6});
            label.draw(cr, p.x - label.width() - 3, tick.y - label.height() / 2);
        }
        set_colour(cr, kGuide);
        stroke_dashed(cr, true);
        for (double y : chart.guides) {
            cairo_move_to(cr, p.x, y);
            cairo_line_to(cr, p.right(), y);
            cairo_stroke(cr);
        }
        stroke_dashed(cr, false);
        set_colour(cr, kMuted);
        for (const auto& tick : chart.date_ticks) {
            const TextLayout label(chart_date(tick.date), 0, TextStyle{6});
            label.draw(cr, tick.x - label.width() / 2, p.bottom() + 4);  // clear of a "0%" at the foot
        }
        if (chart.points.empty() && !empty_words_.empty()) {
            const TextLayout none(empty_words_, 0, TextStyle{6.5, false, true});
            none.draw(cr, p.x + (p.width - none.width()) / 2, p.y + (p.height - none.height()) / 2);
        }
        set_colour(cr, kSuggestion);
        cairo_set_line_width(cr, 0.8);
        stroke_dashed(cr, true);
        polyline(cr, chart.suggestion);
        stroke_dashed(cr, false);
        dots(cr, chart.suggestion, 1.6);
        set_colour(cr, kScore);
        cairo_set_line_width(cr, 1.4);
        polyline(cr, chart.points);
        dots(cr, chart.points, 2.2);
    }

    std::shared_ptr<const ScoreChartLayout> chart_;
    double top_;
    double bottom_;
    std::string empty_words_;
};

// A short stroke in each series' style with its label, once for all the charts of a measure: the scores and
// the suggested levels, or the coverage and the thresholds for suggesting 4 and 5.
class LegendBlock : public FlowBlock {
  public:
    explicit LegendBlock(ChartMeasure measure)
        : levels_(measure == ChartMeasure::Levels),
          line_(levels_ ? tr("your score (1-5)") : tr("share with the record complete and current"), 0,
                TextStyle{7.5}),
          dashed_(levels_ ? tr("level the records suggested") : tr("thresholds for suggesting 4 and 5"), 0,
                  TextStyle{7.5}) {}
    double height() const override { return line_.height() + 4; }
    void draw(cairo_t* cr, double x, double y) const override {
        const double mid = y + line_.height() / 2;
        set_colour(cr, kScore);
        cairo_set_line_width(cr, 1.4);
        cairo_move_to(cr, x, mid);
        cairo_line_to(cr, x + 18, mid);
        cairo_stroke(cr);
        set_colour(cr, kMuted);
        line_.draw(cr, x + 22, y);
        const double x2 = x + 22 + line_.width() + 18;
        set_colour(cr, levels_ ? kSuggestion : kGuide);
        cairo_set_line_width(cr, 0.8);
        stroke_dashed(cr, true);
        cairo_move_to(cr, x2, mid);
        cairo_line_to(cr, x2 + 18, mid);
        cairo_stroke(cr);
        stroke_dashed(cr, false);
        set_colour(cr, kMuted);
        dashed_.draw(cr, x2 + 22, y);
    }

  private:
    bool levels_;
    TextLayout line_;
    TextLayout dashed_;
};

}  // namespace

struct ReportPages::Impl {
    double width;
    double height;
    std::string title;
    std::string date;
    PageFlow flow;

    Impl(const WorkbookReport& report, double w, double h)
        : width(w),
          height(h),
          title(report.workbook ? report.workbook->title : report.sheet.workbook),
          date(display_date(report.assessment.date)),
          flow(h - 2 * kMargin - kHeaderBand - kFooterBand) {
        const double inner = w - 2 * kMargin;
        add_title(report, inner);
        add_summary(report, inner);
        add_averages(report, inner);
        add_actions(report, inner);
        add_plans(report, inner);
        add_themes(report, inner);
        add_regulator(report, inner);
        if (report.workbook) {
            add_chart(report, inner, ChartMeasure::Levels);
            add_chart(report, inner, ChartMeasure::Coverage);
        }
    }

    void heading(const std::string& text, double size, Colour colour, double before, double keep,
                 double width_) {
        auto block = TextBlock::make(text, width_, TextStyle{size, true}, colour, before);
        block->keep_with_next = keep;
        flow.add(std::move(block));
    }

    void add_title(const WorkbookReport& report, double inner) {
        flow.add(TextBlock::make(title, inner, TextStyle{20, true}, kInk));
        std::string about = fill_in(tr("Self-assessment of {1}"), date) + "\n";
        if (report.assessment.participation != Participation::Unsaid)  // as the web page: only when recorded
            about += fill_in(tr("Who took part: {1}"), participation_words(report.assessment.participation)) +
                     "\n";
        about += fill_in(tr("Topics scored: {1} of {2}"), report.sheet.scored, report.sheet.topics);
        if (report.sheet.flagged.empty()) {
            about += "\n" + tr("No score is more than one level above what the records suggest.");
        } else {
            std::string flagged;
            for (std::size_t i = 0; i < report.sheet.flagged.size(); ++i)
                flagged += (i ? ", " : "") + report.sheet.flagged[i];
            about +=
                "\n" + fill_in(tr("Flagged (scored more than one level above what the records suggest): {1}"),
                               flagged);
        }
        about += "\n" + fill_in(tr("Assessments so far: {1}"), report.history.dates.size());
        flow.add(TextBlock::make(about, inner, TextStyle{kBody}, kMuted, 6));
    }

    void add_summary(const WorkbookReport& report, double inner) {
        heading(tr("Summary sheet"), 15, kAccent, 20, 80, inner);
        const std::vector<double> widths{30, 110, 30, 58, 50, 40, 38, inner - 356};
        const TextStyle head{kTable, true};
        const TextStyle body{kTable};
        const char* const titles[] = {tr_noop("Topic"),     tr_noop("Title"),         tr_noop("Level"),
                                      tr_noop("Suggested"), tr_noop("Coverage"),      tr_noop("Count"),
                                      tr_noop("Flag"),      tr_noop("Next statement")};
        for (const auto& section : report.sheet.sections) {
            heading(section.number + " " + section.title, 11, kInk, 12, 60, inner);
            flow.add(TextBlock::make(
                section.average ? fill_in(tr("Average level {1} ({2} of {3} topics scored)"),
                                          one_decimal(*section.average), section.scored, section.lines.size())
                                : tr("No topic scored yet"),
                inner, TextStyle{kTable, false, true}, kMuted, 1));
            TableRow header;
            for (std::size_t i = 0; i < widths.size(); ++i)
                header.push_back(TableBlock::cell(tr(titles[i]), widths[i], head));
            std::vector<TableRow> rows;
            for (const auto& line : section.lines) {
                const auto& e = line.evidence;
                const std::string next = line.next_level
                                             ? std::to_string(*line.next_level) + ": " + line.next_statement
                                             : std::string();
                rows.push_back(
                    {TableBlock::cell(line.topic, widths[0], body),
                     TableBlock::cell(line.title, widths[1], body),
                     TableBlock::cell(line.level ? std::to_string(*line.level) : "–", widths[2], body),
                     TableBlock::cell(e && e->suggested ? std::to_string(*e->suggested) : "–", widths[3],
                                      body),
                     TableBlock::cell(e ? std::to_string(e->coverage) + "%" : "–", widths[4], body),
                     TableBlock::cell(e ? std::to_string(e->count) + "/" + std::to_string(e->total) : "–",
                                      widths[5], body),
                     TableBlock::cell(line.flagged ? tr("flagged") : "", widths[6], body),
                     TableBlock::cell(next, widths[7], body)});
            }
            auto table = std::make_unique<TableBlock>(widths, std::move(header), std::move(rows));
            table->space_before = 3;
            flow.add(std::move(table));
            add_notes(section, inner);
        }
    }

    // The assessment's notes on the section's topics, below its table: too long for a column of it.
    void add_notes(const SummarySection& section, double inner) {
        bool first = true;
        for (const auto& line : section.lines) {
            if (line.note.empty()) continue;
            if (first) heading(tr("Notes"), kTable, kMuted, 4, 20, inner);
            first = false;
            auto topic =
                TextBlock::make(line.topic + " " + line.title, inner, TextStyle{kTable, true}, kInk, 3);
            topic->keep_with_next = 12;
            flow.add(std::move(topic));
            flow.add(TextBlock::make(line.note, inner, TextStyle{kTable}, kInk, 1));
        }
    }

    void add_averages(const WorkbookReport& report, double inner) {
        heading(tr("Section averages"), 15, kAccent, 20, 60, inner);
        const std::vector<double> widths{40, inner - 160, 60, 60};
        const TextStyle head{kTable, true};
        const TextStyle body{kTable};
        TableRow header{TableBlock::cell(tr("Section"), widths[0], head),
                        TableBlock::cell(tr("Title"), widths[1], head),
                        TableBlock::cell(tr("Scored"), widths[2], head),
                        TableBlock::cell(tr("Average"), widths[3], head)};
        std::vector<TableRow> rows;
        for (const auto& s : report.sheet.sections)
            rows.push_back(
                {TableBlock::cell(s.number, widths[0], body), TableBlock::cell(s.title, widths[1], body),
                 TableBlock::cell(fill_in(tr("{1} of {2}"), s.scored, s.lines.size()), widths[2], body),
                 TableBlock::cell(s.average ? one_decimal(*s.average) : "–", widths[3], body)});
        auto table = std::make_unique<TableBlock>(widths, std::move(header), std::move(rows));
        table->space_before = 4;
        flow.add(std::move(table));
    }

    void add_actions(const WorkbookReport& report, double inner) {
        heading(tr("Action plan"), 15, kAccent, 20, 60, inner);
        const Date today = Date::today();
        const std::vector<double> widths{44, inner - 294, 110, 64, 76};
        const TextStyle head{kTable, true};
        const TextStyle body{kTable};
        TableRow header{
            TableBlock::cell(tr("Topic"), widths[0], head), TableBlock::cell(tr("Action"), widths[1], head),
            TableBlock::cell(tr("Who"), widths[2], head), TableBlock::cell(tr("By when"), widths[3], head),
            TableBlock::cell(tr("Status"), widths[4], head)};
        std::vector<TableRow> rows;
        for (const auto& section : report.sheet.sections)
            for (const auto& line : section.lines)
                for (const auto& a : line.actions) {
                    if (a.action.empty() && a.who.empty() && !a.by_when) continue;  // as the HTML report
                    const std::string topic =
                        a.target_level ? a.topic + "\n" + fill_in(tr("towards {1}"), *a.target_level)
                                       : a.topic;
                    const std::string status = a.done ? fill_in(tr("Done {1}"), display_date(*a.done))
                                               : a.by_when && *a.by_when < today ? tr("Overdue")
                                                                                 : tr("Open");
                    rows.push_back(
                        {TableBlock::cell(topic, widths[0], body),
                         TableBlock::cell(a.action, widths[1], body),
                         TableBlock::cell(a.who, widths[2], body),
                         TableBlock::cell(a.by_when ? display_date(*a.by_when) : "", widths[3], body),
                         TableBlock::cell(status, widths[4], body)});
                }
        if (rows.empty()) {
            flow.add(TextBlock::make(tr("No actions recorded for this assessment."), inner,
                                     TextStyle{kBody, false, true}, kMuted, 2));
            return;
        }
        auto table = std::make_unique<TableBlock>(widths, std::move(header), std::move(rows));
        table->space_before = 4;
        flow.add(std::move(table));
    }

    // Working Together for Change: each theme, how many statements from how many people, and per quarter.
    void add_themes(const WorkbookReport& report, double inner) {
        if (report.themes.empty()) return;
        heading(tr("Working Together for Change"), 15, kAccent, 20, 60, inner);
        const std::vector<double> widths{inner - 318, 78, 60, 50, 130};
        const TextStyle head{kTable, true};
        const TextStyle body{kTable};
        TableRow header{TableBlock::cell(tr("Theme"), widths[0], head),
                        TableBlock::cell(tr("Kind"), widths[1], head),
                        TableBlock::cell(tr("Statements"), widths[2], head),
                        TableBlock::cell(tr("People"), widths[3], head),
                        TableBlock::cell(tr("Per quarter"), widths[4], head)};
        std::vector<TableRow> rows;
        for (const auto& count : report.themes)
            rows.push_back({TableBlock::cell(count.theme.name, widths[0], body),
                            TableBlock::cell(theme_kind_words(count.theme.kind), widths[1], body),
                            TableBlock::cell(grouped(count.statements), widths[2], body),
                            TableBlock::cell(grouped(count.people), widths[3], body),
                            TableBlock::cell(quarter_words(count), widths[4], body)});
        auto table = std::make_unique<TableBlock>(widths, std::move(header), std::move(rows));
        table->space_before = 4;
        flow.add(std::move(table));
    }

    // Each plan under its topic: who and by when, then every part written, under the headings the Workbook
    // window gives them.
    void add_plans(const WorkbookReport& report, double inner) {
        if (report.assessment.plans.empty()) return;
        heading(tr("Detailed action plans"), 15, kAccent, 20, 60, inner);
        for (const auto& plan : ranked(report.assessment.plans)) {
            const Topic* topic = report.workbook ? report.workbook->find_topic(plan.topic) : nullptr;
            if (plan.priority != PlanPriority::Unranked)
                heading(priority_words(plan.priority), kTable, kAccent, 12, 40, inner);
            heading(plan.topic + (topic ? " " + topic->title : std::string()), 11, kInk,
                    plan.priority != PlanPriority::Unranked ? 2 : 12, 40, inner);
            std::string who = plan.who.empty() ? std::string() : fill_in(tr("Who: {1}"), plan.who);
            if (plan.by_when)
                who += (who.empty() ? "" : " · ") + fill_in(tr("By when: {1}"), display_date(*plan.by_when));
            if (!who.empty()) flow.add(TextBlock::make(who, inner, TextStyle{kBody}, kInk, 2));
            for (const auto& field : kPlanTextFields) {
                const std::string& text = plan.*field.text;
                if (text.empty()) continue;
                heading(tr(field.heading), kTable, kMuted, 5, 14, inner);
                flow.add(TextBlock::make(text, inner, TextStyle{kBody}, kInk, 1));
            }
        }
    }

    // Each mapping table, row by row under its group headings: what the row stands for, the statements it
    // lists, and its topics with the assessment's scores and the evidence kept that day.
    void add_regulator(const WorkbookReport& report, double inner) {
        if (report.regulator.empty()) return;
        flow.new_page();
        heading(tr("The regulator's view"), 15, kAccent, 0, 60, inner);
        flow.add(TextBlock::make(tr("Where each topic counts towards the workbook's mapping tables, with the "
                                    "scores and evidence of this assessment."),
                                 inner, TextStyle{kBody}, kMuted, 2));
        const std::vector<double> widths{30, inner - 222, 52, 58, 82};
        const TextStyle head{kTable, true};
        const TextStyle body{kTable};
        for (const auto& table : report.regulator) {
            heading(table.title, 13, kInk, 16, 80, inner);
            std::string group;
            for (const auto& row : table.rows) {
                if (!row.group.empty() && row.group != group)
                    heading(row.group, kBody, kAccent, 8, 60, inner);
                group = row.group;
                heading(row.key + ": " + row.description, kBody, kInk, 6, 50, inner);
                for (const auto& statement : row.statements) {
                    auto line = TextBlock::make("\u2022 " + statement, inner, TextStyle{kTable}, kInk, 1);
                    line->keep_with_next = 20;
                    flow.add(std::move(line));
                }
                if (row.same_topics_as_next) continue;  // the topics follow the last row listing them
                auto average = TextBlock::make(
                    row.average ? fill_in(tr("Average level {1} ({2} of {3} topics scored)"),
                                          one_decimal(*row.average), row.scored, row.topics.size())
                                : tr("No topic scored yet"),
                    inner, TextStyle{kTable, false, true}, kMuted, 1);
                average->keep_with_next = 30;
                flow.add(std::move(average));
                TableRow header{TableBlock::cell(tr("Topic"), widths[0], head),
                                TableBlock::cell(tr("Title"), widths[1], head),
                                TableBlock::cell(tr("Level"), widths[2], head),
                                TableBlock::cell(tr("Suggested"), widths[3], head),
                                TableBlock::cell(tr("Coverage"), widths[4], head)};
                std::vector<TableRow> rows;
                for (const auto& topic : row.topics) {
                    const auto& e = topic.evidence;
                    rows.push_back(
                        {TableBlock::cell(topic.number, widths[0], body),
                         TableBlock::cell(topic.title, widths[1], body),
                         TableBlock::cell(topic.level ? std::to_string(*topic.level) +
                                                            (topic.flagged ? " " + tr("flagged") : "")
                                                      : "–",
                                          widths[2], body),
                         TableBlock::cell(e && e->suggested ? std::to_string(*e->suggested) : "–", widths[3],
                                          body),
                         TableBlock::cell(e ? std::to_string(e->coverage) + "% (" + std::to_string(e->count) +
                                                  "/" + std::to_string(e->total) + ")"
                                            : tr("self-assessed"),
                                          widths[4], body)});
                }
                auto block = std::make_unique<TableBlock>(widths, std::move(header), std::move(rows));
                block->space_before = 3;
                flow.add(std::move(block));
            }
        }
    }

    // The scores, or the record coverage, of every topic over time; coverage only for the topics the records
    // give evidence for, and not at all when there are none.
    void add_chart(const WorkbookReport& report, double inner, ChartMeasure measure) {
        const bool levels = measure == ChartMeasure::Levels;
        ChartMetrics metrics;
        metrics.width = inner;
        metrics.min_cell_width = 160;
        metrics.cell_height = 105;
        metrics.gap = 10;
        metrics.heading_height = 22;
        metrics.title_height = 14;
        metrics.value_label_width = levels ? 16 : 22;  // "5", or "100%"
        metrics.date_label_width = 40;
        metrics.date_label_height = 11;
        auto chart = std::make_shared<const ScoreChartLayout>(
            layout_score_chart(*report.workbook, report.history, measure, metrics));
        if (chart->charts.empty()) return;
        flow.new_page();
        heading(levels ? tr("Scores over time") : tr("Record coverage over time"), 15, kAccent, 0, 80, inner);
        auto legend = std::make_unique<LegendBlock>(measure);
        legend->space_before = 4;
        legend->keep_with_next = 60;
        flow.add(std::move(legend));
        const std::string empty_words = report.history.dates.empty() ? std::string()
                                        : levels                     ? tr("not scored yet")
                                                                     : tr("no evidence kept");
        auto block = std::make_unique<ChartBlock>(chart, 0, chart->height, empty_words);
        block->space_before = 6;
        flow.add(std::move(block));
    }
};

ReportPages::ReportPages(const WorkbookReport& report, double width, double height)
    : impl_(std::make_unique<Impl>(report, width, height)) {}

ReportPages::~ReportPages() = default;

int ReportPages::count() const {
    return static_cast<int>(impl_->flow.pages().size());
}

void ReportPages::draw(cairo_t* cr, int index) const {
    const Impl& r = *impl_;
    const double inner = r.width - 2 * kMargin;
    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, 0, 0, r.width, r.height);
    cairo_fill(cr);
    set_colour(cr, kMuted);
    const TextLayout name(r.title, inner * 0.7, TextStyle{8.5, true, false, TextAlign::Start, true});
    name.draw(cr, kMargin, kMargin);
    const TextLayout date(fill_in(tr("Assessment of {1}"), r.date), inner * 0.3,
                          TextStyle{8.5, false, false, TextAlign::End});
    date.draw(cr, kMargin + inner * 0.7, kMargin);
    set_colour(cr, kRule);
    cairo_set_line_width(cr, 0.75);
    cairo_move_to(cr, kMargin, kMargin + kHeaderBand - 8);
    cairo_line_to(cr, r.width - kMargin, kMargin + kHeaderBand - 8);
    cairo_stroke(cr);

    r.flow.draw(cr, index, kMargin, kMargin + kHeaderBand);

    set_colour(cr, kMuted);
    const TextLayout page(fill_in(tr("Page {1} of {2}"), index + 1, count()), inner,
                          TextStyle{8, false, false, TextAlign::End});
    page.draw(cr, kMargin, r.height - kMargin - 10);
    cairo_restore(cr);
}

int write_report_pdf(const WorkbookReport& report, const std::filesystem::path& file) {
    const ReportPages pages(report, kA4WidthPt, kA4HeightPt);
    write_whole_file(file, [&](TemporaryFile& out) {
        const std::string title = fill_in(tr("{1} – assessment of {2}"),
                                          report.workbook ? report.workbook->title : report.sheet.workbook,
                                          display_date(report.assessment.date));
        SurfacePtr surface = pdf_surface(out, kA4WidthPt, kA4HeightPt, title, "");
        {
            CairoPtr cr(cairo_create(surface.get()));
            for (int i = 0; i < pages.count(); ++i) {
                pages.draw(cr.get(), i);
                cairo_show_page(cr.get());
            }
        }
        cairo_surface_finish(surface.get());
        check_surface(surface.get(), out);
    });
    return pages.count();
}

}  // namespace pcr::model
