// The small form behind a double-click on a circle marker and the circle's "Add person" button.
#include "app/dialogs/circle_person_dialog.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

wxChoice* choice_for(wxWindow* parent, const model::Column* column, const std::string& value) {
    auto* choice = new wxChoice(parent, wxID_ANY);
    if (!column) return choice;
    for (const auto& option : column->choices) {
        choice->Append(to_wx(option.label.empty() ? option.value : option.label));
        if (option.value == value) choice->SetSelection(static_cast<int>(choice->GetCount() - 1));
    }
    if (choice->GetSelection() == wxNOT_FOUND && !column->choices.empty()) choice->SetSelection(0);
    return choice;
}

std::string chosen(const model::Column* column, const wxChoice* choice) {
    const int index = choice->GetSelection();
    if (!column || index < 0 || index >= static_cast<int>(column->choices.size())) return {};
    return column->choices[static_cast<std::size_t>(index)].value;
}

}  // namespace

CirclePersonDialog::CirclePersonDialog(wxWindow* parent, const wxString& title,
                                       const model::SectionTemplate& people, const CirclePerson& person,
                                       bool can_remove)
    : wxDialog(parent, wxID_ANY, title), people_(people) {
    name_ = new wxTextCtrl(this, wxID_ANY, to_wx(person.name));
    relationship_ = new wxTextCtrl(this, wxID_ANY, to_wx(person.relationship));
    relationship_->SetHint(to_wx(model::tr("For example sister, neighbour, key worker")));
    circle_ = choice_for(this, people.column_with(model::ColumnRole::CircleRing), person.circle);
    group_ = choice_for(this, people.column_with(model::ColumnRole::Group), person.group);

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    const auto add = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTRE_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    add(to_wx(model::tr("&Name:")), name_);
    add(to_wx(model::tr("&Relationship:")), relationship_);
    add(to_wx(model::tr("&Circle:")), circle_);
    add(to_wx(model::tr("&Group:")), group_);
    name_->SetMinSize(FromDIP(wxSize(300, -1)));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    if (can_remove) {
        auto* remove = new wxButton(this, wxID_DELETE, to_wx(model::tr("&Remove from circle")));
        buttons->Add(remove);
        remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_DELETE); });
    }
    buttons->AddStretchSpacer();
    buttons->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
    SetSizerAndFit(sizer);
    fit_inside_display(this);
    name_->SetFocus();
}

bool CirclePersonDialog::TransferDataFromWindow() {
    if (name_->GetValue().Strip(wxString::both).empty()) {
        wxMessageBox(to_wx(model::tr("Give the person a name (a first name is enough).")),
                     to_wx(model::tr("Name needed")), wxOK | wxICON_WARNING, this);
        name_->SetFocus();
        return false;
    }
    return true;
}

CirclePerson CirclePersonDialog::person() const {
    return {from_wx(name_->GetValue().Strip(wxString::both)),
            from_wx(relationship_->GetValue().Strip(wxString::both)),
            chosen(people_.column_with(model::ColumnRole::CircleRing), circle_),
            chosen(people_.column_with(model::ColumnRole::Group), group_)};
}

}  // namespace pcr::app
