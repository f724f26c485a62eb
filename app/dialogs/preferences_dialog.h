// Edit > Preferences: text size of record pages and the dashboard's behaviour.
#pragma once

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/spinctrl.h>

#include "app/preferences.h"

namespace pcr::app {

class PreferencesDialog : public wxDialog {
  public:
    PreferencesDialog(wxWindow* parent, const Preferences& preferences);

    Preferences preferences() const;
    wxSpinCtrl* due_within_days_control() const { return due_within_days_; }

  private:
    wxChoice* font_size_ = nullptr;
    wxSpinCtrl* dashboard_lines_ = nullptr;
    wxSpinCtrl* due_within_days_ = nullptr;
    wxCheckBox* dashboard_on_open_ = nullptr;
};

}  // namespace pcr::app
