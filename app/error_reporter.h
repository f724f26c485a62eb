// How the app tells the user that something failed: a message box normally, a recorder in tests.
#pragma once

#include <wx/string.h>
#include <wx/window.h>

namespace pcr::app {

class ErrorReporter {
  public:
    virtual ~ErrorReporter() = default;
    // `title` names what was being done ("Could not save"), `message` what went wrong and what to do.
    virtual void report(const wxString& title, const wxString& message) = 0;
};

// Shows each error in a modal message box over `parent`.
class MessageBoxReporter : public ErrorReporter {
  public:
    explicit MessageBoxReporter(wxWindow* parent) : parent_(parent) {}
    void report(const wxString& title, const wxString& message) override;

  private:
    wxWindow* parent_;
};

}  // namespace pcr::app
