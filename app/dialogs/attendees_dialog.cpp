// The attendees dialog: names with roles from the column's choices.
#include "app/dialogs/attendees_dialog.h"

#include <wx/button.h>
#include <wx/stattext.h>

#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::app {

AttendeesDialog::AttendeesDialog(wxWindow* parent, const model::Column& column,
                                 const std::vector<model::Attendee>& attendees)
    : wxDialog(parent, wxID_ANY, to_wx(column.title.empty() ? column.id : column.title), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      column_(column) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* note = new wxStaticText(
        this, wxID_ANY,
        to_wx(model::tr("Everyone who was there, with their role. Empty names are left out.")));
    sizer->Add(note, 0, wxALL, FromDIP(10));
    lines_ = new wxBoxSizer(wxVERTICAL);
    sizer->Add(lines_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
    add_ = new wxButton(this, wxID_ADD, to_wx(model::tr("&Add someone")));
    sizer->Add(add_, 0, wxALL, FromDIP(10));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(10));
    SetSizer(sizer);

    for (const auto& attendee : attendees) add_line(attendee);
    if (attendees.empty()) add_line({});
    add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        add_line({});
        rows_.back().name->SetFocus();
    });
    SetMinSize(FromDIP(wxSize(460, 240)));
    Fit();
    fit_inside_display(this);
    if (!rows_.empty()) rows_.front().name->SetFocus();
}

void AttendeesDialog::add_line(const model::Attendee& attendee) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* name =
        new wxTextCtrl(this, wxID_ANY, to_wx(attendee.name), wxDefaultPosition, FromDIP(wxSize(240, -1)));
    name->SetHint(to_wx(model::tr("Name")));
    auto* role = new wxChoice(this, wxID_ANY);
    int chosen = 0;
    for (std::size_t i = 0; i < column_.choices.size(); ++i) {
        role->Append(
            to_wx(column_.choices[i].label.empty() ? column_.choices[i].value : column_.choices[i].label));
        if (column_.choices[i].value == attendee.role) chosen = static_cast<int>(i);
    }
    if (!column_.choices.empty()) role->SetSelection(chosen);
    row->Add(name, 1, wxALIGN_CENTRE_VERTICAL);
    row->Add(role, 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, FromDIP(6));
    lines_->Add(row, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    name->MoveBeforeInTabOrder(add_);
    role->MoveBeforeInTabOrder(add_);
    rows_.push_back({name, role});
    Layout();
    Fit();
    fit_inside_display(this);
}

std::vector<model::Attendee> AttendeesDialog::attendees() const {
    std::vector<model::Attendee> out;
    for (const Line& line : rows_) {
        const std::string name = model::trim(from_wx(line.name->GetValue()));
        if (name.empty()) continue;
        const int role = line.role->GetSelection();
        out.push_back({role >= 0 && role < static_cast<int>(column_.choices.size())
                           ? column_.choices[static_cast<std::size_t>(role)].value
                           : std::string(),
                       name});
    }
    return out;
}

}  // namespace pcr::app
