// How the app tells the user that something failed, or that a long job is done: a message box normally, a
// recorder in tests.
#pragma once

#include <wx/string.h>
#include <wx/window.h>

#include <functional>

namespace pcr::app {

class ErrorReporter {
  public:
    virtual ~ErrorReporter() = default;
    // `title` names what was being done ("Could not save"), `message` what went wrong and what to do.
    virtual void report(const wxString& title, const wxString& message) = 0;
    // `message` says what a job the user waited for did; `action` ("Open folder") is offered beside it and
    // `run` does it when chosen. Reporters that offer no choice show it as report() does.
    virtual void done(const wxString& title, const wxString& message, const wxString& /*action*/,
                      const std::function<void()>& /*run*/) {
        report(title, message);
    }
};

// Shows each error in a modal message box over `parent`.
class MessageBoxReporter : public ErrorReporter {
  public:
    explicit MessageBoxReporter(wxWindow* parent) : parent_(parent) {}
    void report(const wxString& title, const wxString& message) override;
    // An information box with the action's button beside Close.
    void done(const wxString& title, const wxString& message, const wxString& action,
              const std::function<void()>& run) override;

  private:
    wxWindow* parent_;
};

}  // namespace pcr::app
