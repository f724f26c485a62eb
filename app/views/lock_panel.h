// What the main window shows while locked: whose it is and how to go on, and none of the records.
#pragma once

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include <functional>

namespace pcr::app {

class LockPanel : public wxPanel {
  public:
    explicit LockPanel(wxWindow* parent);

    // Says who locked it: only `user` can unlock it ("ann (Ann Admin)").
    void show_user(const wxString& user);
    // Called by the Unlock button.
    void on_unlock(std::function<void()> handler) { unlock_ = std::move(handler); }
    wxButton* unlock_button() const { return button_; }

  private:
    wxStaticText* text_ = nullptr;
    wxButton* button_ = nullptr;
    std::function<void()> unlock_;
};

}  // namespace pcr::app
