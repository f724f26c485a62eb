// Draws a record's completeness as a slim bar with its percentage beside it; nothing when there is no record.
#pragma once

#include <wx/dataview.h>

namespace pcr::app {

// Renders a "long" value: 0-100 as a bar and "NN%", below 0 as an empty cell (no record to measure).
class CompletenessRenderer : public wxDataViewCustomRenderer {
  public:
    CompletenessRenderer();

    bool SetValue(const wxVariant& value) override;
    bool GetValue(wxVariant& value) const override;
    bool Render(wxRect cell, wxDC* dc, int state) override;
    wxSize GetSize() const override;

  private:
    long percent_ = -1;
};

}  // namespace pcr::app
