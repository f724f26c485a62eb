// A date field: typed as people write dates (31/01/2027, 2027-01-31, 31 Jan 2027) or picked from a calendar
// that drops down from its button (or Alt+Down, F4).
#pragma once

#include <wx/combo.h>

#include <optional>

#include "model/core/date.h"

namespace pcr::app {

class DateEntry : public wxComboCtrl {
  public:
    // Shows `date` as "31 Jan 2027"; empty when none. `style` adds to wxComboCtrl's (wxTE_PROCESS_ENTER in
    // a grid cell).
    DateEntry(wxWindow* parent, wxWindowID id, const std::optional<model::Date>& date = std::nullopt,
              long style = 0);

    // The day typed or picked; none when the field is blank or does not hold a date.
    std::optional<model::Date> date() const;
    void set_date(const std::optional<model::Date>& date);
    bool blank() const;
};

}  // namespace pcr::app
