// The message-box way of reporting an error or a finished job.
#include "app/error_reporter.h"

#include <wx/msgdlg.h>

#include "app/wx_text.h"
#include "model/core/translate.h"

namespace pcr::app {

void MessageBoxReporter::report(const wxString& title, const wxString& message) {
    wxMessageBox(message, title, wxOK | wxICON_ERROR, parent_);
}

void MessageBoxReporter::done(const wxString& title, const wxString& message, const wxString& action,
                              const std::function<void()>& run) {
    wxMessageDialog box(parent_, message, title, wxYES_NO | wxNO_DEFAULT | wxICON_INFORMATION);
    box.SetYesNoLabels(action, to_wx(model::tr("Close")));
    if (box.ShowModal() == wxID_YES && run) run();
}

}  // namespace pcr::app
