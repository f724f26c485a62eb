// The form for one action of the action summary: topic, the statement worked towards, what, who, by when,
// done.
#pragma once

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <string>
#include <vector>

#include "app/views/date_entry.h"
#include "model/domain/workbook.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::app {

class ActionDialog : public wxDialog {
  public:
    // With `choose_topic` the topic can be changed; else the action stays with `action.topic`. A new by-when
    // day before `today` is confirmed before OK closes the dialog.
    ActionDialog(wxWindow* parent, const wxString& title, const model::Workbook& workbook,
                 const model::TopicAction& action, bool choose_topic, const model::Date& today);

    const model::TopicAction& action() const { return action_; }
    wxTextCtrl* what_control() const { return what_; }
    wxTextCtrl* who_control() const { return who_; }
    DateEntry* by_when_control() const { return by_when_; }
    DateEntry* done_control() const { return done_; }

  private:
    bool TransferDataFromWindow() override;
    // A date field's day; none when empty; false (after saying why) when it is not a date.
    bool read_date(DateEntry* field, const std::string& what, std::optional<model::Date>& date);

    model::TopicAction action_;
    std::vector<std::string> topics_;
    wxChoice* topic_ = nullptr;
    wxChoice* target_ = nullptr;
    wxTextCtrl* what_ = nullptr;
    wxTextCtrl* who_ = nullptr;
    DateEntry* by_when_ = nullptr;
    DateEntry* done_ = nullptr;
    model::Date today_;
};

}  // namespace pcr::app
