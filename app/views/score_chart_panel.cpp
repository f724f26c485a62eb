// Draws the laid-out chart with wxGraphicsContext: frames, value lines, thresholds, date labels and the
// series.
#include "app/views/score_chart_panel.h"

#include <wx/control.h>
#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include "app/display_text.h"
#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

const wxColour kCellBack(0xf5, 0xf6, 0xf8);
const wxColour kGrid(0xdc, 0xdf, 0xe4);
const wxColour kText(0x22, 0x25, 0x2a);
const wxColour kMuted(0x55, 0x5a, 0x62);
const wxColour kScore(0x2f, 0x6f, 0xb3);
const wxColour kSuggestion(0x8a, 0x8f, 0x98);
const wxColour kThreshold(0xd9, 0xa1, 0x3b);
const int kMargin = 12;
const int kLegend = 26;

void polyline(wxGraphicsContext& gc, const std::vector<model::ChartPoint>& points) {
    if (points.size() < 2) return;
    wxGraphicsPath path = gc.CreatePath();
    path.MoveToPoint(points[0].x, points[0].y);
    for (std::size_t i = 1; i < points.size(); ++i) path.AddLineToPoint(points[i].x, points[i].y);
    gc.StrokePath(path);
}

void dots(wxGraphicsContext& gc, const std::vector<model::ChartPoint>& points, double radius) {
    for (const auto& p : points) gc.DrawEllipse(p.x - radius, p.y - radius, radius * 2, radius * 2);
}

}  // namespace

ScoreChartPanel::ScoreChartPanel(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxWANTS_CHARS) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(16));
    Bind(wxEVT_PAINT, &ScoreChartPanel::on_paint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        relayout();
        event.Skip();
    });
}

void ScoreChartPanel::show(const model::Workbook& workbook, model::AssessmentHistory history,
                           model::ChartMeasure measure) {
    workbook_ = &workbook;
    history_ = std::move(history);
    measure_ = measure;
    relayout();
}

void ScoreChartPanel::set_measure(model::ChartMeasure measure) {
    measure_ = measure;
    relayout();
}

void ScoreChartPanel::relayout() {
    if (!workbook_) return;
    model::ChartMetrics metrics;
    const double scale = FromDIP(100) / 100.0;
    metrics.width = std::max(100, GetClientSize().x - FromDIP(kMargin) * 2);
    metrics.min_cell_width *= scale;
    metrics.cell_height *= scale;
    metrics.gap *= scale;
    metrics.heading_height *= scale;
    metrics.title_height *= scale;
    metrics.value_label_width *= scale;
    metrics.date_label_width = GetTextExtent("30 Sep 26").x + FromDIP(12);
    metrics.date_label_height *= scale;
    layout_ = model::layout_score_chart(*workbook_, history_, measure_, metrics);
    SetVirtualSize(-1, static_cast<int>(layout_.height) + FromDIP(kMargin * 2 + kLegend));
    Refresh();
}

void ScoreChartPanel::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc || !workbook_) return;
    const wxFont font = GetFont();
    const wxFont bold = font.Bold();
    const wxFont heading = font.Scaled(1.15f).Bold();
    const wxFont small = font.Scaled(0.9f);
    const double margin = FromDIP(kMargin);
    const double scale = FromDIP(100) / 100.0;
    dc.SetFont(bold);

    // The legend says what the lines are, once for every chart.
    gc->SetFont(small, kMuted);
    double x = margin;
    const double legend_y = margin + FromDIP(6);
    // One legend entry: a short stroke in the series' pen, then its label.
    const auto entry = [&](const wxPen& pen, const wxString& label) {
        gc->SetPen(pen);
        gc->StrokeLine(x, legend_y, x + FromDIP(24), legend_y);
        x += FromDIP(30);
        gc->DrawText(label, x, margin);
        x += GetTextExtent(label).x + FromDIP(24);
    };
    if (history_.dates.empty()) {
        gc->DrawText(to_wx(model::tr("No assessments yet: the chart fills in as assessments are made.")), x,
                     margin);
    } else if (measure_ == model::ChartMeasure::Levels) {
        entry(wxPen(kScore, FromDIP(2)), to_wx(model::tr("your score (1-5)")));
        entry(wxPen(kSuggestion, FromDIP(1), wxPENSTYLE_SHORT_DASH),
              to_wx(model::tr("level the records suggested")));
    } else {
        entry(wxPen(kScore, FromDIP(2)), to_wx(model::tr("share with the record complete and current")));
        entry(wxPen(kThreshold, FromDIP(1), wxPENSTYLE_SHORT_DASH),
              to_wx(model::tr("thresholds for suggesting 4 and 5")));
    }
    gc->Translate(margin, margin + FromDIP(kLegend));

    gc->SetFont(heading, kText);
    for (const auto& h : layout_.headings) {
        double w, hgt;
        gc->GetTextExtent(to_wx(h.number + " " + h.title), &w, &hgt);
        gc->DrawText(to_wx(h.number + " " + h.title), h.area.x, h.area.y + (h.area.height - hgt) / 2);
    }

    for (const auto& chart : layout_.charts) {
        const auto& f = chart.frame;
        const auto& p = chart.plot;
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(wxBrush(kCellBack));
        gc->DrawRoundedRectangle(f.x, f.y, f.width, f.height, FromDIP(4));

        const wxString title = wxControl::Ellipsize(to_wx(chart.topic + " " + chart.title), dc,
                                                    wxELLIPSIZE_END, static_cast<int>(f.width) - FromDIP(12));
        gc->SetFont(bold, kText);
        gc->DrawText(title, f.x + FromDIP(6), f.y + FromDIP(3));

        gc->SetFont(small, kMuted);
        gc->SetPen(wxPen(kGrid, 1));
        for (const auto& tick : chart.value_ticks) {
            gc->StrokeLine(p.x, tick.y, p.right(), tick.y);
            double w, h;
            gc->GetTextExtent(to_wx(tick.label), &w, &h);
            gc->DrawText(to_wx(tick.label), p.x - w - FromDIP(5), tick.y - h / 2);
        }
        gc->SetPen(wxPen(kThreshold, 1, wxPENSTYLE_SHORT_DASH));
        for (double y : chart.guides) gc->StrokeLine(p.x, y, p.right(), y);
        for (const auto& tick : chart.date_ticks) {
            const wxString label = to_wx(model::chart_date(tick.date));
            double w, h;
            gc->GetTextExtent(label, &w, &h);
            gc->DrawText(label, tick.x - w / 2, p.bottom() + FromDIP(3));
        }

        if (chart.points.empty()) {
            const wxString none = history_.dates.empty() ? wxString() : to_wx(model::tr("not scored yet"));
            double w, h;
            gc->GetTextExtent(none, &w, &h);
            gc->DrawText(none, p.x + (p.width - w) / 2, p.y + (p.height - h) / 2);
        }
        gc->SetPen(wxPen(kSuggestion, FromDIP(1), wxPENSTYLE_SHORT_DASH));
        gc->SetBrush(*wxWHITE_BRUSH);
        polyline(*gc, chart.suggestion);
        gc->SetPen(wxPen(kSuggestion, FromDIP(1)));
        dots(*gc, chart.suggestion, 2.5 * scale);
        gc->SetPen(wxPen(kScore, FromDIP(2)));
        polyline(*gc, chart.points);
        gc->SetBrush(wxBrush(kScore));
        dots(*gc, chart.points, 3.5 * scale);
    }
}

}  // namespace pcr::app
