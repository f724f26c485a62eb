// Asks a manager to confirm erasing a person for good: what goes, why, and their full name typed out.
#pragma once

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <string>

#include "model/domain/subject.h"

namespace pcr::app {

class EraseDialog : public wxDialog {
  public:
    // Erase (wxID_OK) is enabled only while a reason is given and the person's full name is typed as
    // recorded (rules/retention.h: erasure_confirmed); Cancel is the default.
    EraseDialog(wxWindow* parent, const model::Subject& person);

    // Why, as typed (trimmed).
    std::string reason() const;

    wxTextCtrl* reason_control() const { return reason_; }
    wxTextCtrl* name_control() const { return name_; }
    wxButton* erase_button() const { return erase_; }

  private:
    void update_erase();

    model::Subject person_;
    wxTextCtrl* reason_ = nullptr;
    wxTextCtrl* name_ = nullptr;
    wxButton* erase_ = nullptr;
};

}  // namespace pcr::app
