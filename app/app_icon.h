// The program's icon, drawn rather than shipped: a rounded teal square with a person inside a circle.
#pragma once

#include <wx/iconbndl.h>

namespace pcr::app {

// The icon at the sizes window managers and the About box ask for.
wxIconBundle app_icon();

}  // namespace pcr::app
