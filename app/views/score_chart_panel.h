// Paints the over-time chart that model::layout_score_chart lays out: a small chart per topic, by section.
#pragma once

#include <wx/scrolwin.h>

#include "model/domain/workbook.h"
#include "model/rules/assessment_history.h"
#include "model/rules/score_chart_layout.h"

namespace pcr::app {

class ScoreChartPanel : public wxScrolledWindow {
  public:
    explicit ScoreChartPanel(wxWindow* parent);

    // What to draw; the workbook must outlive the panel.
    void show(const model::Workbook& workbook, model::AssessmentHistory history, model::ChartMeasure measure);
    void set_measure(model::ChartMeasure measure);
    model::ChartMeasure measure() const { return measure_; }
    const model::ScoreChartLayout& layout() const { return layout_; }

  private:
    void relayout();
    void on_paint(wxPaintEvent& event);

    const model::Workbook* workbook_ = nullptr;
    model::AssessmentHistory history_;
    model::ChartMeasure measure_ = model::ChartMeasure::Levels;
    model::ScoreChartLayout layout_;
};

}  // namespace pcr::app
