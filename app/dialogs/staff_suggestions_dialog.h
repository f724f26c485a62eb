// Staff suggested for a person from their matching-staff record, best first, each with the reasons in words.
#pragma once

#include <wx/dialog.h>
#include <wx/html/htmlwin.h>

#include <vector>

#include "model/domain/record.h"
#include "model/domain/subject.h"
#include "model/domain/tool_template.h"
#include "model/rules/staff_matching.h"
#include "model/store/store.h"

namespace pcr::app {

class StaffSuggestionsDialog : public wxDialog {
  public:
    // `matching` is the person's record of `tool`, the template with role staff-matching.
    StaffSuggestionsDialog(wxWindow* parent, const model::Store& store, const model::Subject& person,
                           const model::ToolTemplate& tool, const model::Record& matching);

    const std::vector<model::StaffSuggestion>& suggestions() const { return suggestions_; }
    wxString page_text() const { return page_->ToText(); }

  private:
    std::vector<model::StaffSuggestion> suggestions_;
    wxHtmlWindow* page_ = nullptr;
};

}  // namespace pcr::app
