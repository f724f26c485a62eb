// Edit > Preferences: text size of record pages, the dashboard's behaviour and the idle lock.
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
    wxSpinCtrl* lock_after_control() const { return lock_after_; }

  private:
    wxChoice* font_size_ = nullptr;
    wxSpinCtrl* dashboard_lines_ = nullptr;
    wxSpinCtrl* due_within_days_ = nullptr;
    wxCheckBox* dashboard_on_open_ = nullptr;
    wxSpinCtrl* lock_after_ = nullptr;
};

}  // namespace pcr::app
