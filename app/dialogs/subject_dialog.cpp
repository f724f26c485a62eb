// The add/edit form for people and staff, with the date of birth checked before anything is saved.
#include "app/dialogs/subject_dialog.h"

#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/display_text.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

SubjectDialog::SubjectDialog(wxWindow* parent, const wxString& title, const model::Subject& subject,
                             const model::Date& today)
    : wxDialog(parent, wxID_ANY, title), subject_(subject), today_(today) {
    auto* id = new wxStaticText(this, wxID_ANY, to_wx(subject.id));
    name_ = new wxTextCtrl(this, wxID_ANY, to_wx(subject.name));
    name_->SetHint(to_wx(model::tr("Full name, e.g. Margaret Jones")));
    preferred_ = new wxTextCtrl(this, wxID_ANY, to_wx(subject.preferred_name));
    preferred_->SetHint(to_wx(model::tr("What they like to be called, e.g. Peggy")));
    born_ = new DateEntry(this, wxID_ANY, subject.born);
    born_->SetHint(to_wx(model::tr("Empty if not known")));
    name_->SetMinSize(FromDIP(wxSize(320, -1)));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    const auto add = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTRE_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    add(to_wx(model::tr("Id:")), id);
    add(to_wx(model::tr("&Name:")), name_);
    add(to_wx(model::tr("&Preferred name:")), preferred_);
    add(to_wx(model::tr("Date of &birth:")), born_);

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
        wxMessageBox(to_wx(model::tr("Give a full name: it is how records are found and printed.")),
                     to_wx(model::tr("Name needed")), wxOK | wxICON_WARNING, this);
        name_->SetFocus();
        return false;
    }
    const std::optional<model::Date> born = born_->date();
    if (!born_->blank()) {
        if (!born) {
            wxMessageBox(
                to_wx(model::typed_date_problem(from_wx(born_->GetValue()), model::tr("the date of birth"))) +
                    " " + to_wx(model::tr("Or leave it empty if it is not known.")),
                to_wx(model::tr("Date of birth")), wxOK | wxICON_WARNING, this);
            born_->SetFocus();
            born_->SelectAll();
            return false;
        }
        if (today_ < *born) {
            wxMessageBox(
                to_wx(model::fill_in(model::tr("The date of birth {1} is after today ({2}). Check the year."),
                                     from_wx(date_text(*born)), from_wx(date_text(today_)))),
                to_wx(model::tr("Date of birth")), wxOK | wxICON_WARNING, this);
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
