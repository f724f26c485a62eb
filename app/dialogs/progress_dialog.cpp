// Progress of model work shown in a dialog; the model's step counts are scaled to the dialog's range.
#include "app/dialogs/progress_dialog.h"

#include <algorithm>

#include "app/wx_text.h"

namespace pcr::app {

ProgressDialog::ProgressDialog(const wxString& title, const wxString& message, wxWindow* parent)
    : dialog_(title, message, kRange, parent,
              wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_REMAINING_TIME) {}

bool ProgressDialog::update(long done, long total, const std::string& what) {
    const int value = total > 0 ? static_cast<int>(std::min(done, total) * kRange / total) : 0;
    // Update() returns false once Cancel was pressed; the model then stops at its next step.
    if (!dialog_.Update(std::min(value, kRange - 1), to_wx(what))) cancelled_ = true;
    return !cancelled_;
}

}  // namespace pcr::app
