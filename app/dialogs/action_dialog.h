// The form for one action of the action summary: topic, the statement worked towards, what, who, by when,
// done.
#pragma once

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <string>
#include <vector>

#include "model/workbook/workbook.h"
#include "model/workbook/workbook_assessment.h"

namespace pcr::app {

class ActionDialog : public wxDialog {
  public:
    // With `choose_topic` the topic can be changed; else the action stays with `action.topic`.
    ActionDialog(wxWindow* parent, const wxString& title, const model::Workbook& workbook,
                 const model::TopicAction& action, bool choose_topic);

    const model::TopicAction& action() const { return action_; }
    wxTextCtrl* what_control() const { return what_; }
    wxTextCtrl* who_control() const { return who_; }

  private:
    bool TransferDataFromWindow() override;
    // A date field's day; none when empty; false (after saying why) when it is not a date.
    bool read_date(wxTextCtrl* field, const wxString& what, std::optional<model::Date>& date);

    model::TopicAction action_;
    std::vector<std::string> topics_;
    wxChoice* topic_ = nullptr;
    wxChoice* target_ = nullptr;
    wxTextCtrl* what_ = nullptr;
    wxTextCtrl* who_ = nullptr;
    wxTextCtrl* by_when_ = nullptr;
    wxTextCtrl* done_ = nullptr;
};

}  // namespace pcr::app
