// The data behind the tools list: one row per tool that applies to the chosen subject.
#pragma once

#include <wx/bmpbndl.h>
#include <wx/dataview.h>

#include <vector>

#include "model/rules/record_statuses.h"

namespace pcr::app {

class ToolListModel : public wxDataViewVirtualListModel {
  public:
    enum Column { kTitle, kCompleteness, kStatus, kLastReviewed, kReviewDue, kColumnCount };

    ToolListModel();

    void set_standings(std::vector<model::ToolStanding> standings);
    const std::vector<model::ToolStanding>& standings() const { return standings_; }
    const model::ToolStanding* standing(unsigned row) const;

    unsigned int GetColumnCount() const override { return kColumnCount; }
    wxString GetColumnType(unsigned int column) const override;
    void GetValueByRow(wxVariant& variant, unsigned int row, unsigned int column) const override;
    bool GetAttrByRow(unsigned int row, unsigned int column, wxDataViewItemAttr& attr) const override;
    bool SetValueByRow(const wxVariant&, unsigned int, unsigned int) override { return false; }

  private:
    std::vector<model::ToolStanding> standings_;
    wxBitmapBundle current_dot_;
    wxBitmapBundle out_of_date_dot_;
    wxBitmapBundle no_record_dot_;
};

}  // namespace pcr::app
