// The Help menu both windows have: the user guide, the keyboard shortcuts and About.
#pragma once

#include <wx/frame.h>
#include <wx/menu.h>

namespace pcr::app {

// Builds the Help menu and binds its items on `frame`.
wxMenu* help_menu(wxFrame* frame);

// What the Help menu's items open, for tests and for windows without the menu.
void show_user_guide(wxWindow* parent);
void show_shortcuts(wxWindow* parent);
void show_about(wxWindow* parent);

}  // namespace pcr::app
