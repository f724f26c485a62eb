// Help > Keyboard Shortcuts: every key of the shortcut table, what it does and where.
#pragma once

#include <wx/dialog.h>
#include <wx/listctrl.h>

namespace pcr::app {

class ShortcutsDialog : public wxDialog {
  public:
    explicit ShortcutsDialog(wxWindow* parent);

    // One row per key: key, what it does, where it works.
    wxListCtrl* list() const { return list_; }

  private:
    wxListCtrl* list_ = nullptr;
};

}  // namespace pcr::app
