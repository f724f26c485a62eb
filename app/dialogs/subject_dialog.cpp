// The add/edit form for people and staff, with the date of birth checked before anything is saved.
#include "app/dialogs/subject_dialog.h"

#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/display_text.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/date_text.h"

namespace pcr::app {

SubjectDialog::SubjectDialog(wxWindow* parent, const wxString& title, const model::Subject& subject,
                             const model::Date& today)
    : wxDialog(parent, wxID_ANY, title), subject_(subject), today_(today) {
    auto* id = new wxStaticText(this, wxID_ANY, to_wx(subject.id));
    name_ = new wxTextCtrl(this, wxID_ANY, to_wx(subject.name));
    name_->SetHint("Full name, e.g. Margaret Jones");
    preferred_ = new wxTextCtrl(this, wxID_ANY, to_wx(subject.preferred_name));
    preferred_->SetHint("What they like to be called, e.g. Peggy");
    born_ = new DateEntry(this, wxID_ANY, subject.born);
    born_->SetHint("Empty if not known");
    name_->SetMinSize(FromDIP(wxSize(320, -1)));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    const auto add = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTRE_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    add("Id:", id);
    add("&Name:", name_);
    add("&Preferred name:", preferred_);
    add("Date of &birth:", born_);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM,
               FromDIP(12));
    SetSizerAndFit(sizer);
    fit_inside_display(this);
    name_->SetFocus();
}

bool SubjectDialog::TransferDataFromWindow() {
    const wxString name = name_->GetValue().Strip(wxString::both);
    if (name.empty()) {
        wxMessageBox("Give a full name: it is how records are found and printed.", "Name needed",
                     wxOK | wxICON_WARNING, this);
        name_->SetFocus();
        return false;
    }
    const std::optional<model::Date> born = born_->date();
    if (!born_->blank()) {
        if (!born) {
            wxMessageBox(to_wx(model::typed_date_problem(from_wx(born_->GetValue()), "the date of birth")) +
                             " Or leave it empty if it is not known.",
                         "Date of birth", wxOK | wxICON_WARNING, this);
            born_->SetFocus();
            born_->SelectAll();
            return false;
        }
        if (today_ < *born) {
            wxMessageBox("The date of birth " + date_text(*born) + " is after today (" + date_text(today_) +
                             "). Check the year.",
                         "Date of birth", wxOK | wxICON_WARNING, this);
            born_->SetFocus();
            born_->SelectAll();
            return false;
        }
    }
    subject_.name = from_wx(name);
    subject_.preferred_name = from_wx(preferred_->GetValue().Strip(wxString::both));
    subject_.born = born;
    return true;
}

}  // namespace pcr::app
