// Draws the laid-out ratings chart with wxGraphicsContext: cells, level lines and labels, dates, step lines.
#include "app/views/rating_chart_view.h"

#include <wx/control.h>
#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include <algorithm>

#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

const wxColour kCellBack(0xf5, 0xf6, 0xf8);
const wxColour kGrid(0xdc, 0xdf, 0xe4);
const wxColour kText(0x22, 0x25, 0x2a);
const wxColour kMuted(0x55, 0x5a, 0x62);
const wxColour kRating(0x2f, 0x6f, 0xb3);
const int kMargin = 12;
const int kNote = 26;  // the line above the charts saying what they show

}  // namespace

RatingChartView::RatingChartView(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL) {
    SetName("rating-chart");
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(16));
    Bind(wxEVT_PAINT, &RatingChartView::on_paint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        relayout();
        event.Skip();
    });
}

void RatingChartView::show(const model::ToolTemplate& tool, model::Record record) {
    tool_ = &tool;
    record_ = std::move(record);
    relayout();
}

void RatingChartView::relayout() {
    if (!tool_) return;
    model::ChartMetrics metrics;
    const double scale = FromDIP(100) / 100.0;
    metrics.width = std::max(100, GetClientSize().x - FromDIP(kMargin) * 2);
    metrics.min_cell_width = 300 * scale;
    metrics.cell_height = 120 * scale;
    metrics.gap *= scale;
    metrics.title_height *= scale;
    // The level labels are the template's words: room for the widest of them.
    int widest = 0;
    if (const model::RatingColumns columns(*tool_); columns.level)
        for (const auto& choice : columns.level->choices)
            widest = std::max(widest, GetTextExtent(to_wx(choice.label)).x);
    metrics.value_label_width = widest + FromDIP(10);
    metrics.date_label_width = GetTextExtent("30 Sep 26").x + FromDIP(12);
    metrics.date_label_height = GetCharHeight() * 1.5;
    layout_ = model::layout_rating_chart(*tool_, record_, metrics);
    SetVirtualSize(-1, static_cast<int>(layout_.height) + FromDIP(kMargin * 2 + kNote));
    Refresh();
}

void RatingChartView::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc || !tool_) return;
    ++paints_;
    const wxFont font = GetFont();
    const wxFont bold = font.Bold();
    const wxFont small = font.Scaled(0.9f);
    const double margin = FromDIP(kMargin);
    const double scale = FromDIP(100) / 100.0;
    dc.SetFont(bold);

    gc->SetFont(small, kMuted);
    gc->DrawText(
        layout_.empty()
            ? to_wx(model::tr("Nothing rated yet: add ratings in the Edit tab and the chart fills in."))
            : to_wx(model::tr("Each area's rating over time; the line holds a level until the next "
                              "rating.")),
        margin, margin);
    gc->Translate(margin, margin + FromDIP(kNote));

    for (const auto& chart : layout_.charts) {
        const auto& f = chart.frame;
        const auto& p = chart.plot;
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(wxBrush(kCellBack));
        gc->DrawRoundedRectangle(f.x, f.y, f.width, f.height, FromDIP(4));
        const wxString title = wxControl::Ellipsize(to_wx(chart.title), dc, wxELLIPSIZE_END,
                                                    static_cast<int>(f.width) - FromDIP(12));
        gc->SetFont(bold, kText);
        gc->DrawText(title, f.x + FromDIP(6), f.y + FromDIP(3));

        gc->SetFont(small, kMuted);
        gc->SetPen(wxPen(kGrid, 1));
        for (const auto& tick : chart.level_ticks) {
            gc->StrokeLine(p.x, tick.y, p.right(), tick.y);
            double w, h;
            gc->GetTextExtent(to_wx(tick.label), &w, &h);
            gc->DrawText(to_wx(tick.label), p.x - w - FromDIP(5), tick.y - h / 2);
        }
        for (const auto& tick : chart.date_ticks) {
            const wxString label = to_wx(model::chart_date(tick.date));
            double w, h;
            gc->GetTextExtent(label, &w, &h);
            // Below the lowest level's label, which is centred on the plot's bottom line.
            gc->DrawText(label, tick.x - w / 2, p.bottom() + h / 2 + FromDIP(2));
        }
        if (chart.ratings.empty() && !layout_.empty()) {
            const wxString none = to_wx(model::tr("not rated yet"));
            double w, h;
            gc->GetTextExtent(none, &w, &h);
            gc->DrawText(none, p.x + (p.width - w) / 2, p.y + (p.height - h) / 2);
        }
        gc->SetPen(wxPen(kRating, FromDIP(2)));
        if (chart.steps.size() > 1) {
            wxGraphicsPath path = gc->CreatePath();
            path.MoveToPoint(chart.steps[0].x, chart.steps[0].y);
            for (std::size_t i = 1; i < chart.steps.size(); ++i)
                path.AddLineToPoint(chart.steps[i].x, chart.steps[i].y);
            gc->StrokePath(path);
        }
        gc->SetBrush(wxBrush(kRating));
        const double radius = 3.5 * scale;
        for (const auto& dot : chart.dots)
            gc->DrawEllipse(dot.x - radius, dot.y - radius, radius * 2, radius * 2);
    }
}

}  // namespace pcr::app
