// Keeps what is typed unsaved while the window is locked: the editors save a field when it loses the focus,
// and hiding the records takes the focus away, which would save it under the lock instead of after it.
#pragma once

#include <wx/eventfilter.h>
#include <wx/weakref.h>
#include <wx/window.h>

#include <vector>

namespace pcr::app {

class FocusHold : private wxEventFilter {
  public:
    // While it exists, the focus leaving any window inside `held` is not told to that window.
    explicit FocusHold(std::vector<wxWindow*> held);
    ~FocusHold() override;
    FocusHold(const FocusHold&) = delete;
    FocusHold& operator=(const FocusHold&) = delete;

  private:
    int FilterEvent(wxEvent& event) override;

    std::vector<wxWeakRef<wxWindow>> held_;
};

}  // namespace pcr::app
