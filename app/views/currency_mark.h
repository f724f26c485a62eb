// The current / out-of-date / no-record mark of one tool for one subject: words and a colour, never colour
// alone.
#pragma once

#include <wx/colour.h>
#include <wx/string.h>

#include "model/tools/record_statuses.h"

namespace pcr::app {

struct CurrencyMark {
    enum class Kind { Current, OutOfDate, NoRecord };
    Kind kind = Kind::NoRecord;
    wxString text;  // "Current", "Out of date since 3 Mar 2026", "Never reviewed", "No record"
    wxString due;   // the last day it is (or was) current, "3 Mar 2027"; empty for tools that never go stale
    wxColour colour;  // green, amber or grey; paired with `text` everywhere it is shown
};

CurrencyMark currency_mark(const model::ToolStanding& standing);
wxColour currency_colour(CurrencyMark::Kind kind);

}  // namespace pcr::app
