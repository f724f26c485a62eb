// The layout of a dialog that only shows something: its content above one Close button, which Escape presses.
#pragma once

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/sizer.h>

namespace pcr::app {

// Sets `dialog`'s sizer to `content` (a window or a sizer, growing with the dialog) above a Close button that
// is the default, with `gap` pixels around both; Escape and Enter close the dialog wherever the focus is.
// Returns the Close button.
wxButton* lay_out_with_close(wxDialog* dialog, wxWindow* content, int gap);
wxButton* lay_out_with_close(wxDialog* dialog, wxSizer* content, int gap);

}  // namespace pcr::app
