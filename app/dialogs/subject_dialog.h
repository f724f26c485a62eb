// Adds or edits a person supported or a staff member: name, preferred name and date of birth.
#pragma once

#include <wx/dialog.h>
#include <wx/textctrl.h>

#include "app/views/date_entry.h"
#include "model/core/date.h"
#include "model/domain/subject.h"

namespace pcr::app {

class SubjectDialog : public wxDialog {
  public:
    // `subject` holds the id (generated for someone new) and what is known so far.
    SubjectDialog(wxWindow* parent, const wxString& title, const model::Subject& subject,
                  const model::Date& today);

    // What was typed, checked: call after ShowModal returned wxID_OK.
    model::Subject subject() const { return subject_; }
    wxTextCtrl* name_control() const { return name_; }
    wxTextCtrl* preferred_control() const { return preferred_; }
    DateEntry* born_control() const { return born_; }
    // Checks and takes what was typed; false (after saying what to fix, with the text kept) when it is wrong.
    bool TransferDataFromWindow() override;

  private:
    model::Subject subject_;
    model::Date today_;
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* preferred_ = nullptr;
    DateEntry* born_ = nullptr;
};

}  // namespace pcr::app
