// Word wrapping to a width in pixels, for headings, column titles and lines that must show their whole text.
#pragma once

#include <wx/font.h>
#include <wx/string.h>
#include <wx/window.h>

namespace pcr::app {

// `text` with line breaks where it wraps at word boundaries within `width` pixels in `font` as `window` draws
// it; a word wider than the line is broken where it runs out of room, as text controls do.
wxString wrap_words(const wxWindow& window, const wxString& text, int width, const wxFont& font);

}  // namespace pcr::app
