// The people (or staff) in a topic's scope who lack its record, with the reason: a virtual list, as a whole
// caseload can lack it.
#pragma once

#include <wx/listctrl.h>

#include <vector>

#include "model/rules/evidence.h"

namespace pcr::app {

class LackingList : public wxListCtrl {
  public:
    explicit LackingList(wxWindow* parent);

    void show(std::vector<model::Lacking> lacking);
    const std::vector<model::Lacking>& lacking() const { return lacking_; }

  private:
    wxString OnGetItemText(long item, long column) const override;

    std::vector<model::Lacking> lacking_;
};

}  // namespace pcr::app
