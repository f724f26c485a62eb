// How the app asks the user to confirm something unusual before it is saved: a Yes/No message box normally,
// a recorder with a set answer in tests.
#pragma once

#include <wx/string.h>
#include <wx/window.h>

namespace pcr::app {

class Confirmer {
  public:
    virtual ~Confirmer() = default;
    // True when the user says yes to `question` ("The by-when date 3 Mar 2026 is in the past. Keep it?").
    virtual bool confirm(wxWindow* parent, const wxString& title, const wxString& question) = 0;
};

// The confirmer every window asks through: Yes/No message boxes unless another was put in.
Confirmer& confirmer();
// Puts in another confirmer (a test's); nullptr brings the message boxes back.
void set_confirmer(Confirmer* confirmer);

}  // namespace pcr::app
