// Window sizes from the display rather than fixed pixels: every window and dialog fits the screen it is on,
// a 1024x768 laptop included.
#pragma once

#include <wx/gdicmn.h>
#include <wx/toplevel.h>

namespace pcr::app {

// The part of the display `window` is on (the first display when it is on none yet) that windows may use:
// the screen less the desktop's panels.
wxRect usable_area(const wxWindow* window);

// `preferred`, but no more than `fraction` of the usable area in either direction.
wxSize size_on_display(const wxWindow* window, const wxSize& preferred, double fraction = 0.92);

// `rect` moved and shrunk, as little as needed, to lie inside `area`.
wxRect clamp_inside(const wxRect& rect, const wxRect& area);

// Shrinks and moves a top-level window (and its minimum size) so that all of it lies inside the usable
// area: for dialogs after their sizer has fitted them, and for windows after their geometry is restored.
void fit_inside_display(wxTopLevelWindow* window);

// From now on every modal dialog, the native file and folder choosers and message boxes included, is moved
// and shrunk onto the display once it shows (GTK sizes its file chooser from the font, not the screen).
void keep_dialogs_on_display();

// A list column's width: `wanted`, or more when its title needs it (with the header's padding), so that
// column headers never overlap.
int column_width(const wxWindow* list, const wxString& title, int wanted);

}  // namespace pcr::app
