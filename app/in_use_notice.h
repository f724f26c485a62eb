// Says, as a database opens, that another pcrecords or the command line has it open, and asks whether to go
// on.
#pragma once

#include <wx/window.h>

#include <filesystem>

namespace pcr::app {

// When the presence file beside `file` names another program still running (model::PresenceFile), tells
// who has it open, since when and what working in it together means, and asks: Open anyway (true) or
// Cancel (false, the default button). True at once when nobody else has it open.
bool confirm_open_in_use(wxWindow* parent, const std::filesystem::path& file);

}  // namespace pcr::app
