// The edit conflict dialog: the message naming who and when, theirs and yours read-only side by side, and a
// merge box pre-filled with theirs then yours.
#include "app/dialogs/conflict_dialog.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

wxTextCtrl* text_box(wxWindow* parent, const std::string& text, bool editable) {
    const long style = wxTE_MULTILINE | wxTE_WORDWRAP | (editable ? 0 : wxTE_READONLY);
    return new wxTextCtrl(parent, wxID_ANY, to_wx(text), wxDefaultPosition, parent->FromDIP(wxSize(330, 120)),
                          style);
}

}  // namespace

ConflictDialog::ConflictDialog(wxWindow* parent, const model::EditConflict& conflict)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Changed by someone else")), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      details_(conflict.details()) {
    const int gap = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* explanation = new wxStaticText(this, wxID_ANY, to_wx(std::string(conflict.what())));
    explanation->Wrap(FromDIP(680));
    sizer->Add(explanation, 0, wxALL, gap);

    auto* sides = new wxBoxSizer(wxHORIZONTAL);
    const auto side = [&](const std::string& label, const std::string& text) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        column->Add(new wxStaticText(this, wxID_ANY, to_wx(label)), 0, wxBOTTOM, FromDIP(4));
        wxTextCtrl* box = text_box(this, text, false);
        column->Add(box, 1, wxEXPAND);
        sides->Add(column, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);
        return box;
    };
    std::string theirs_label = model::tr("Theirs (saved now)");
    if (details_.removed)
        // TRANSLATORS: above an empty box: the other writer removed the item or row the user was changing.
        theirs_label = details_.who.empty() ? model::tr("Theirs: removed")
                                            : model::fill_in(model::tr("Theirs: removed by {1} at {2}"),
                                                             details_.who, details_.when);
    else if (!details_.who.empty())
        // TRANSLATORS: above the other writer's version of the text; {1} is who saved it, {2} when.
        theirs_label = model::fill_in(model::tr("Theirs, saved by {1} at {2}"), details_.who, details_.when);
    theirs_ = side(theirs_label, details_.theirs);
    yours_ = side(model::tr("Yours (not saved)"), details_.yours);
    sizer->Add(sides, 1, wxEXPAND);

    sizer->Add(new wxStaticText(this, wxID_ANY,
                                to_wx(model::tr("Or merge them by hand here, then choose Save merged:"))),
               0, wxLEFT | wxRIGHT | wxTOP, gap);
    merge_ =
        text_box(this, details_.removed ? details_.yours : details_.theirs + "\n" + details_.yours, true);
    merge_->SetMinSize(FromDIP(wxSize(680, 120)));
    sizer->Add(merge_, 1, wxEXPAND | wxALL, gap);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    mine_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Keep &mine")));
    keep_theirs_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Keep &theirs")));
    save_merge_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Save merged")));
    auto* cancel = new wxButton(this, wxID_CANCEL);
    buttons->Add(mine_, 0, wxRIGHT, gap);
    buttons->Add(keep_theirs_, 0, wxRIGHT, gap);
    buttons->Add(save_merge_, 0, wxRIGHT, gap);
    buttons->AddStretchSpacer();
    buttons->Add(cancel);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    // Enter or Escape by accident keeps the user's text in the editor, unsaved: nothing is lost.
    cancel->SetDefault();
    SetSizerAndFit(sizer);

    const auto choose_with = [this](wxButton* button, Choice choice) {
        button->Bind(wxEVT_BUTTON, [this, choice](wxCommandEvent&) {
            choice_ = choice;
            EndModal(wxID_OK);
        });
    };
    choose_with(mine_, Choice::Mine);
    choose_with(keep_theirs_, Choice::Theirs);
    choose_with(save_merge_, Choice::Merged);
    merge_->SetFocus();
}

ConflictDialog::Choice ConflictDialog::choose() {
    choice_ = Choice::Cancel;
    return ShowModal() == wxID_OK ? choice_ : Choice::Cancel;
}

std::string ConflictDialog::chosen_text() const {
    switch (choice_) {
        case Choice::Mine:
            return details_.yours;
        case Choice::Theirs:
            return details_.theirs;
        case Choice::Merged:
            return from_wx(merge_->GetValue());
        case Choice::Cancel:
            break;
    }
    return details_.yours;
}

}  // namespace pcr::app
