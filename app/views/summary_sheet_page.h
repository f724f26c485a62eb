// The Summary Sheet page: all the workbook's scores by section with averages, the evidence, flags, the next
// statement to work towards and its actions, as the workbook's summary sheet lays them out.
#pragma once

#include <wx/html/htmlwin.h>
#include <wx/panel.h>

namespace pcr::app {

class WorkbookFrame;

class SummarySheetPage : public wxPanel {
  public:
    SummarySheetPage(wxWindow* parent, WorkbookFrame& frame);

    // Lays out the frame's assessment again.
    void refresh();
    wxHtmlWindow* page() const { return page_; }

  private:
    wxString page_html() const;

    WorkbookFrame& frame_;
    wxHtmlWindow* page_ = nullptr;
};

}  // namespace pcr::app
