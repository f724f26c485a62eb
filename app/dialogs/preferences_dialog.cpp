// The preferences form: every control labelled, with keyboard mnemonics, in tab order top to bottom.
#include "app/dialogs/preferences_dialog.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

// The text sizes offered, in points; 0 is the system's size.
const int kSizes[] = {0, 9, 10, 11, 12, 14, 16, 18, 20};

}  // namespace

PreferencesDialog::PreferencesDialog(wxWindow* parent, const Preferences& preferences)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Preferences"))) {
    font_size_ = new wxChoice(this, wxID_ANY);
    for (int size : kSizes) {
        font_size_->Append(size == 0 ? to_wx(model::tr("As the system sets it"))
                                     : to_wx(model::fill_in(model::tr("{1} points"), size)));
        if (size == preferences.page_font_size)
            font_size_->SetSelection(static_cast<int>(font_size_->GetCount() - 1));
    }
    if (font_size_->GetSelection() == wxNOT_FOUND) font_size_->SetSelection(0);
    dashboard_lines_ = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                      wxSP_ARROW_KEYS, 1, 500, preferences.dashboard_lines);
    due_within_days_ =
        new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0,
                       Preferences::kLongestWindow, preferences.due_within_days);
    due_within_days_->SetToolTip(
        to_wx(model::tr("The dashboard lists records and reviews due within this many days (0: only "
                        "those due today or out of date)")));
    dashboard_on_open_ =
        new wxCheckBox(this, wxID_ANY, to_wx(model::tr("Show the &dashboard first when a database opens")));
    dashboard_on_open_->SetValue(preferences.dashboard_on_open);
    lock_after_ =
        new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0,
                       Preferences::kLongestIdle, preferences.lock_after_minutes);
    lock_after_->SetToolTip(
        to_wx(model::tr("In a database with accounts, the window hides the records after this many minutes "
                        "without a key press or click, until the same user signs in again (0: never)")));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("&Text size of records:"))), 0,
              wxALIGN_CENTRE_VERTICAL);
    grid->Add(font_size_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("&Lines per dashboard section:"))), 0,
              wxALIGN_CENTRE_VERTICAL);
    grid->Add(dashboard_lines_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("D&ue soon means within (days):"))), 0,
              wxALIGN_CENTRE_VERTICAL);
    grid->Add(due_within_days_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("Loc&k after idle (minutes, 0: never):"))), 0,
              wxALIGN_CENTRE_VERTICAL);
    grid->Add(lock_after_, 1, wxEXPAND);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(dashboard_on_open_, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM,
               FromDIP(12));
    SetSizerAndFit(sizer);
    fit_inside_display(this);
    font_size_->SetFocus();
}

Preferences PreferencesDialog::preferences() const {
    Preferences p;
    const int index = font_size_->GetSelection();
    p.page_font_size = index >= 0 && index < static_cast<int>(std::size(kSizes)) ? kSizes[index] : 0;
    p.dashboard_lines = dashboard_lines_->GetValue();
    p.dashboard_on_open = dashboard_on_open_->GetValue();
    p.due_within_days = due_within_days_->GetValue();
    p.lock_after_minutes = lock_after_->GetValue();
    return p;
}

}  // namespace pcr::app
