// After a visit: one learning-log entry in a small dialog, dated today, the log's questions as fields.
#pragma once

#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <string>
#include <vector>

#include "app/error_reporter.h"
#include "app/views/date_entry.h"
#include "model/domain/subject.h"
#include "model/domain/tool_template.h"
#include "model/rules/edit_session.h"

namespace pcr::app {

class QuickLogDialog : public wxDialog {
  public:
    // The tool with role quick-log, for this subject. Save (Ctrl+Enter) adds the entry as one change through
    // `session` and closes; when it cannot be saved, the message goes to `reporter` and the dialog stays open
    // with everything typed.
    QuickLogDialog(wxWindow* parent, const model::ToolTemplate& tool, const model::Subject& subject,
                   model::EditSession& session, ErrorReporter& reporter, const model::Date& today);

    DateEntry* date_control() const { return date_; }
    // One field per column of the dated section, in template order.
    wxTextCtrl* field(const std::string& column) const;
    // Saves as the Save button does; true when the entry was saved.
    bool save();

  private:
    const model::ToolTemplate& tool_;
    const model::SectionTemplate* section_ = nullptr;
    model::Subject subject_;
    model::EditSession& session_;
    ErrorReporter& reporter_;
    model::Date today_;
    DateEntry* date_ = nullptr;
    std::vector<std::pair<std::string, wxTextCtrl*>> fields_;
};

}  // namespace pcr::app
