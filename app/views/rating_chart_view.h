// Paints a record's ratings over time (model::layout_rating_chart): a small step chart per measure, such as
// the outcome ratings' eight areas of life, in the record's "Chart" tab.
#pragma once

#include <wx/scrolwin.h>

#include "model/domain/record.h"
#include "model/domain/tool_template.h"
#include "model/rules/rating_chart_layout.h"

namespace pcr::app {

class RatingChartView : public wxScrolledWindow {
  public:
    explicit RatingChartView(wxWindow* parent);

    // What to draw: the tool (which must outlive the view, as the registry does) and its record as saved.
    void show(const model::ToolTemplate& tool, model::Record record);
    const model::RatingChartLayout& layout() const { return layout_; }
    // How many times the chart has been painted, for tests that it draws.
    int paints() const { return paints_; }

  private:
    void relayout();
    void on_paint(wxPaintEvent& event);

    const model::ToolTemplate* tool_ = nullptr;
    model::Record record_;
    model::RatingChartLayout layout_;
    int paints_ = 0;
};

}  // namespace pcr::app
