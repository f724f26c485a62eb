// The colours every exported page shares, so a profile, a whole record and a report look like one product.
#pragma once

#include "model/export/pango_cairo.h"

namespace pcr::model::page_style {

inline const Colour kInk{0.13, 0.15, 0.17};     // body text
inline const Colour kAccent{0.16, 0.40, 0.66};  // section headings and their rules
inline const Colour kMuted{0.36, 0.38, 0.42};   // subtitles, footers, "nothing written yet"
inline const Colour kRule{0.80, 0.82, 0.85};    // thin separating lines

}  // namespace pcr::model::page_style
