// The retention list: archived people whose period is over, each to be erased or kept with a reason.
#include "app/dialogs/retention_dialog.h"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include "app/display_text.h"
#include "app/wx_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::app {

RetentionDialog::RetentionDialog(wxWindow* parent, model::Store& store, const model::Date& today, Erase erase,
                                 ErrorReporter& reporter)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Retention")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      store_(store),
      today_(today),
      erase_(std::move(erase)),
      reporter_(reporter),
      years_(model::retention_years(store)) {
    const int gap = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* explanation = new wxStaticText(
        this, wxID_ANY,
        to_wx(
            model::fill_in(model::tr("Archived people whose retention period ({1} years after archiving, or "
                                     "after the last decision to keep them) is over. Erase each, or keep "
                                     "them for another period; either decision is in the audit trail."),
                           years_)));
    explanation->Wrap(FromDIP(560));
    sizer->Add(explanation, 0, wxALL, gap);

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(580, 260)),
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(to_wx(model::tr("Id")), wxLIST_FORMAT_LEFT, FromDIP(90));
    list_->AppendColumn(to_wx(model::tr("Name")), wxLIST_FORMAT_LEFT, FromDIP(220));
    list_->AppendColumn(to_wx(model::tr("Archived")), wxLIST_FORMAT_LEFT, FromDIP(120));
    list_->AppendColumn(to_wx(model::tr("Due")), wxLIST_FORMAT_LEFT, FromDIP(120));
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    erase_button_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Erase\u2026")));
    keep_button_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Keep\u2026")));
    auto* close = new wxButton(this, wxID_CANCEL, to_wx(model::tr("Close")));
    buttons->Add(erase_button_, 0, wxRIGHT, gap);
    buttons->Add(keep_button_);
    buttons->AddStretchSpacer();
    buttons->Add(close);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CANCEL);

    erase_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_erase(); });
    keep_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_keep(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
    reload();
}

void RetentionDialog::reload() {
    try {
        due_ = model::retention_due(store_, today_, years_);
    } catch (const pcr::Error& error) {
        due_.clear();
        reporter_.report(to_wx(model::tr("Retention")), to_wx(std::string(error.what())));
    }
    list_->DeleteAllItems();
    for (const auto& one : due_) {
        const long row = list_->InsertItem(list_->GetItemCount(), to_wx(one.archived.person.id));
        list_->SetItem(row, 1, to_wx(one.archived.person.name));
        list_->SetItem(row, 2, date_text(one.archived.archived_on));
        list_->SetItem(row, 3, date_text(one.due));
    }
    if (!due_.empty())
        list_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                            wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    update_buttons();
}

const model::RetentionDue* RetentionDialog::chosen() const {
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(due_.size())) return nullptr;
    return &due_[static_cast<std::size_t>(row)];
}

void RetentionDialog::update_buttons() {
    const bool one = chosen() != nullptr;
    erase_button_->Enable(one);
    keep_button_->Enable(one);
}

void RetentionDialog::on_erase() {
    const auto* one = chosen();
    if (!one) return;
    const model::Subject person = one->archived.person;
    if (erase_(person)) reload();
}

void RetentionDialog::on_keep() {
    const auto* one = chosen();
    if (!one) return;
    wxTextEntryDialog ask(
        this,
        to_wx(model::fill_in(model::tr("Keep {1} for another {2} years? Say why (this stays in the audit "
                                       "trail):"),
                             one->archived.person.name, years_)),
        to_wx(model::tr("Keep")));
    if (ask.ShowModal() != wxID_OK) return;
    keep(model::trim(from_wx(ask.GetValue())));
}

bool RetentionDialog::keep(const std::string& reason) {
    const auto* one = chosen();
    if (!one) return false;
    try {
        store_.keep_person(one->archived.person.id, reason);
    } catch (const pcr::Error& error) {
        reporter_.report(to_wx(model::tr("Not kept")), to_wx(std::string(error.what())));
        return false;
    }
    reload();
    return true;
}

}  // namespace pcr::app
