// The data behind the caseload list: the caseload in memory and the rows the search shows, with name, id,
// birth date and totals read for the rows on screen only.
#pragma once

#include <wx/dataview.h>

#include <map>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/subject.h"
#include "model/rules/caseload_index.h"
#include "model/rules/caseload_summary.h"

namespace pcr::app {

class CaseloadModel : public wxDataViewVirtualListModel {
  public:
    enum Column { kName, kId, kAge, kRecords, kColumnCount };

    CaseloadModel();

    // Replaces the caseload, showing those `search` finds; `summaries` fills the records column, reading the
    // totals of the rows painted a page at a time; `today` gives the ages.
    void set_caseload(model::CaseloadIndex caseload, model::CaseloadSummary* summaries,
                      const model::Date& today, const std::string& search);
    // Shows those of the caseload the search finds (everyone for an empty search), from memory.
    void show_found(const std::string& search);
    // Everyone in the caseload, whatever the search.
    std::size_t caseload_size() const { return caseload_.size(); }
    // The rows shown, in order (a copy: for exports and tests, not for every paint).
    std::vector<model::Subject> subjects() const;
    const model::Subject* subject(unsigned row) const;
    // The row showing the subject with this id, or -1.
    int row_of(const std::string& id) const;

    unsigned int GetColumnCount() const override { return kColumnCount; }
    wxString GetColumnType(unsigned int) const override { return "string"; }
    void GetValueByRow(wxVariant& variant, unsigned int row, unsigned int column) const override;
    bool GetAttrByRow(unsigned int row, unsigned int column, wxDataViewItemAttr& attr) const override;
    bool SetValueByRow(const wxVariant&, unsigned int, unsigned int) override { return false; }

  private:
    model::CaseloadIndex caseload_;
    std::vector<std::size_t> shown_;  // positions in caseload_ of the rows, in order
    // Rows whose totals are read together when a row without them is painted: more than a screen holds.
    static constexpr unsigned kSummaryPage = 64;
    model::CaseloadSummary* summaries_ = nullptr;
    model::Date today_;
};

}  // namespace pcr::app
