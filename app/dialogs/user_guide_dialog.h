// Help > User Guide: docs/user-guide.md shown as a page.
#pragma once

#include <wx/dialog.h>
#include <wx/html/htmlwin.h>

namespace pcr::app {

class UserGuideDialog : public wxDialog {
  public:
    // `html` is the guide as a page (model::user_guide_html).
    UserGuideDialog(wxWindow* parent, const wxString& html);

    wxHtmlWindow* page() const { return page_; }

  private:
    wxHtmlWindow* page_ = nullptr;
};

}  // namespace pcr::app
