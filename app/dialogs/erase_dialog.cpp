// The erase confirmation: an explanation, the reason, and the person's full name typed to enable Erase.
#include "app/dialogs/erase_dialog.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/rules/retention.h"

namespace pcr::app {

EraseDialog::EraseDialog(wxWindow* parent, const model::Subject& person)
    : wxDialog(parent, wxID_ANY, to_wx(model::fill_in(model::tr("Erase {1}"), person.name))),
      person_(person) {
    const int gap = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* explanation = new wxStaticText(
        this, wxID_ANY,
        to_wx(model::fill_in(
            model::tr(
                "Erasing removes {1} ({2}) for good: their details, every version of every record, their "
                "photo and their history. The audit trail keeps one entry saying who erased them, when "
                "and why, and nothing else about them. It cannot be undone; backups made before now still "
                "hold them."),
            person.name, person.id)));
    explanation->Wrap(FromDIP(460));
    sizer->Add(explanation, 0, wxALL, gap);

    sizer->Add(new wxStaticText(this, wxID_ANY,
                                to_wx(model::tr("&Why are they erased? (No names here: this stays in the "
                                                "audit trail.)"))),
               0, wxLEFT | wxRIGHT, gap);
    reason_ = new wxTextCtrl(this, wxID_ANY);
    sizer->Add(reason_, 0, wxEXPAND | wxALL, gap);

    sizer->Add(new wxStaticText(
                   this, wxID_ANY,
                   to_wx(model::fill_in(model::tr("&Type their full name, {1}, to confirm:"), person.name))),
               0, wxLEFT | wxRIGHT, gap);
    name_ = new wxTextCtrl(this, wxID_ANY);
    sizer->Add(name_, 0, wxEXPAND | wxALL, gap);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    erase_ = new wxButton(this, wxID_OK, to_wx(model::tr("&Erase")));
    auto* cancel = new wxButton(this, wxID_CANCEL);
    buttons->Add(erase_, 0, wxRIGHT, gap);
    buttons->Add(cancel);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    cancel->SetDefault();
    SetSizerAndFit(sizer);

    reason_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update_erase(); });
    name_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update_erase(); });
    update_erase();
    reason_->SetFocus();
}

std::string EraseDialog::reason() const {
    return model::trim(from_wx(reason_->GetValue()));
}

void EraseDialog::update_erase() {
    erase_->Enable(!reason().empty() && model::erasure_confirmed(person_, from_wx(name_->GetValue())));
}

}  // namespace pcr::app
