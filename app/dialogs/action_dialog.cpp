// The action form, with its dates checked before anything is saved.
#include "app/dialogs/action_dialog.h"

#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/confirmer.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/row_due.h"

namespace pcr::app {

ActionDialog::ActionDialog(wxWindow* parent, const wxString& title, const model::Workbook& workbook,
                           const model::TopicAction& action, bool choose_topic, const model::Date& today)
    : wxDialog(parent, wxID_ANY, title), action_(action), today_(today) {
    topic_ = new wxChoice(this, wxID_ANY);
    for (const model::Topic* topic : workbook.topics()) {
        topics_.push_back(topic->number);
        wxString label = to_wx(topic->number + " " + topic->title);
        if (label.length() > 70) label = label.Left(68) + L"\u2026";
        topic_->Append(label);
        if (topic->number == action.topic) topic_->SetSelection(topic_->GetCount() - 1);
    }
    if (topic_->GetSelection() == wxNOT_FOUND && !topics_.empty()) topic_->SetSelection(0);
    topic_->Enable(choose_topic);
    target_ = new wxChoice(this, wxID_ANY);
    target_->Append(L"\u2014 " + to_wx(model::tr("not said")));
    for (int level = 2; level <= 5; ++level)
        target_->Append(to_wx(model::fill_in(model::tr("Statement {1}"), level)));
    target_->SetSelection(action.target_level && *action.target_level >= 2 ? *action.target_level - 1 : 0);
    what_ = new wxTextCtrl(this, wxID_ANY, to_wx(action.action), wxDefaultPosition, FromDIP(wxSize(420, 70)),
                           wxTE_MULTILINE);
    who_ = new wxTextCtrl(this, wxID_ANY, to_wx(action.who));
    who_->SetHint(to_wx(model::tr("Who will do it")));
    by_when_ = new DateEntry(this, wxID_ANY, action.by_when);
    done_ = new DateEntry(this, wxID_ANY, action.done);
    done_->SetHint(to_wx(model::tr("Empty while not done")));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    grid->AddGrowableRow(2);
    const auto add = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTRE_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    add(to_wx(model::tr("&Topic:")), topic_);
    add(to_wx(model::tr("Works &towards:")), target_);
    // GTK has no hint in a multi-line box: wx would put the hint in as text, and it would be saved with what
    // is typed. The label says what goes there instead.
    add(to_wx(model::tr("&What will be done:")), what_);
    add(to_wx(model::tr("W&ho:")), who_);
    add(to_wx(model::tr("&By when:")), by_when_);
    add(to_wx(model::tr("&Done on:")), done_);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM,
               FromDIP(12));
    SetSizerAndFit(sizer);
    fit_inside_display(this);
    what_->SetFocus();
}

bool ActionDialog::read_date(DateEntry* field, const std::string& what, std::optional<model::Date>& date) {
    date = field->date();
    if (date || field->blank()) return true;
    wxMessageBox(to_wx(model::typed_date_problem(from_wx(field->GetValue()), what)) + " " +
                     to_wx(model::tr("Or leave it empty.")),
                 to_wx(model::tr("Action")), wxOK | wxICON_WARNING, this);
    field->SetFocus();
    field->SelectAll();
    return false;
}

bool ActionDialog::TransferDataFromWindow() {
    const wxString what = what_->GetValue().Strip(wxString::both);
    if (what.empty()) {
        wxMessageBox(to_wx(model::tr("Say what will be done: an action without it cannot be followed up.")),
                     to_wx(model::tr("Action")), wxOK | wxICON_WARNING, this);
        what_->SetFocus();
        return false;
    }
    std::optional<model::Date> by_when, done;
    if (!read_date(by_when_, model::tr("the by-when day"), by_when) ||
        !read_date(done_, model::tr("the day it was done"), done))
        return false;
    if (model::by_when_needs_confirming(action_.by_when, by_when, done.has_value(), today_) &&
        !confirmer().confirm(this, to_wx(model::tr("Action")),
                             to_wx(model::past_by_when_question(*by_when)))) {
        by_when_->SetFocus();
        by_when_->SelectAll();
        return false;
    }
    const int topic = topic_->GetSelection();
    if (topic != wxNOT_FOUND) action_.topic = topics_[static_cast<std::size_t>(topic)];
    const int target = target_->GetSelection();
    action_.target_level = target > 0 ? std::optional<int>(target + 1) : std::nullopt;
    action_.action = from_wx(what);
    action_.who = from_wx(who_->GetValue().Strip(wxString::both));
    action_.by_when = by_when;
    action_.done = done;
    return true;
}

}  // namespace pcr::app
