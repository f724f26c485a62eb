// The message-box way of reporting an error.
#include "app/error_reporter.h"

#include <wx/msgdlg.h>

namespace pcr::app {

void MessageBoxReporter::report(const wxString& title, const wxString& message) {
    wxMessageBox(message, title, wxOK | wxICON_ERROR, parent_);
}

}  // namespace pcr::app
