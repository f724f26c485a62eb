// The Over Time page: two assessments compared topic by topic and by section, and the chart of every topic's
// score (or coverage) over all the assessments.
#pragma once

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>

#include "model/rules/assessment_comparison.h"

namespace pcr::app {

class ScoreChartPanel;
class WorkbookFrame;

class OverTimePage : public wxPanel {
  public:
    OverTimePage(wxWindow* parent, WorkbookFrame& frame);

    // Takes the frame's assessments again; keeps the chosen pair where they still exist.
    void refresh();
    // Compares the assessments at these indexes of the frame's assessments.
    void compare(int before, int after);

    wxChoice* before_choice() const { return before_; }
    wxChoice* after_choice() const { return after_; }
    wxListCtrl* changes() const { return changes_; }
    wxRadioBox* measure_choice() const { return measure_; }
    ScoreChartPanel& chart() const { return *chart_; }

  private:
    void show_comparison();

    WorkbookFrame& frame_;
    wxChoice* before_ = nullptr;
    wxChoice* after_ = nullptr;
    wxStaticText* sections_ = nullptr;
    wxListCtrl* changes_ = nullptr;
    wxRadioBox* measure_ = nullptr;
    ScoreChartPanel* chart_ = nullptr;
};

}  // namespace pcr::app
