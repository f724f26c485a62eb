// The current / out-of-date / no-record mark of one tool for one subject: words and a colour, never colour
// alone.
#pragma once

#include <wx/colour.h>
#include <wx/string.h>

#include "model/rules/record_statuses.h"

namespace pcr::app {

struct CurrencyMark {
    enum class Kind { Current, OutOfDate, NoRecord };
    Kind kind = Kind::NoRecord;
    wxString text;    // model::currency_words: "Current until 3 Mar 2027", "Never reviewed", "No record", ...
    wxString due;     // model::review_due_words: "3 Mar 2027", "Now", "Not needed", empty without a record
    wxColour colour;  // green, amber or grey; paired with `text` everywhere it is shown
};

CurrencyMark currency_mark(const model::ToolStanding& standing);
wxColour currency_colour(CurrencyMark::Kind kind);

}  // namespace pcr::app
