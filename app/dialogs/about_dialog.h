// The About box: what pcrecords is and its version; Escape or Close shuts it.
#pragma once

#include <wx/dialog.h>

namespace pcr::app {

class AboutDialog : public wxDialog {
  public:
    explicit AboutDialog(wxWindow* parent);
};

}  // namespace pcr::app
