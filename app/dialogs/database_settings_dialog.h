// File > Database Settings: the settings the database keeps for everyone (domain/database_settings.h),
// changed by an administrator and shown to others.
#pragma once

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <map>
#include <string>

#include "app/error_reporter.h"
#include "model/store/store.h"

namespace pcr::app {

class DatabaseSettingsDialog : public wxDialog {
  public:
    // Shows every setting with its value in `store`; one who may change them (Action::Settings) gets a text
    // box for each and Save, everyone else the values only. Failures to save go to `reporter`.
    // `on_server`: the store is a server's, so the settings only a file uses are left out.
    DatabaseSettingsDialog(wxWindow* parent, model::Store& store, ErrorReporter& reporter, bool on_server);

    // The text box of setting `name` (null for one who may not change it).
    wxTextCtrl* value_control(const std::string& name) const;
    wxButton* save_button() const { return save_; }
    // Why the values typed cannot be saved, shown under them; empty when they can.
    wxStaticText* problem() const { return problem_; }
    // Checks every value typed and saves those changed, each audited as the command line's settings --set
    // is; true when all were saved (the dialog then ends with wxID_OK).
    bool save();

  private:
    model::Store& store_;
    ErrorReporter& reporter_;
    std::map<std::string, wxTextCtrl*> values_;
    wxStaticText* problem_ = nullptr;
    wxButton* save_ = nullptr;
};

}  // namespace pcr::app
