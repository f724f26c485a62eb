// The data behind the caseload list: the subjects the search found, with name, id, birth date and totals.
#pragma once

#include <wx/dataview.h>

#include <map>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/subject.h"
#include "model/rules/caseload_summary.h"

namespace pcr::app {

class CaseloadModel : public wxDataViewVirtualListModel {
  public:
    enum Column { kName, kId, kAge, kRecords, kColumnCount };

    CaseloadModel();

    // Replaces the rows; `summaries` (by id) fills the records column, `today` the ages.
    void set_subjects(std::vector<model::Subject> subjects,
                      const std::map<std::string, model::SubjectSummary>* summaries,
                      const model::Date& today);
    const std::vector<model::Subject>& subjects() const { return subjects_; }
    const model::Subject* subject(unsigned row) const;
    // The row showing the subject with this id, or -1.
    int row_of(const std::string& id) const;

    unsigned int GetColumnCount() const override { return kColumnCount; }
    wxString GetColumnType(unsigned int) const override { return "string"; }
    void GetValueByRow(wxVariant& variant, unsigned int row, unsigned int column) const override;
    bool GetAttrByRow(unsigned int row, unsigned int column, wxDataViewItemAttr& attr) const override;
    bool SetValueByRow(const wxVariant&, unsigned int, unsigned int) override { return false; }

  private:
    std::vector<model::Subject> subjects_;
    const std::map<std::string, model::SubjectSummary>* summaries_ = nullptr;
    model::Date today_;
};

}  // namespace pcr::app
