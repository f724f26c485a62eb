// The database settings dialog: one line per setting, checked by the model before anything is saved.
#include "app/dialogs/database_settings_dialog.h"

#include <wx/sizer.h>

#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/database_settings.h"
#include "model/domain/permissions.h"

namespace pcr::app {

DatabaseSettingsDialog::DatabaseSettingsDialog(wxWindow* parent, model::Store& store, ErrorReporter& reporter,
                                               bool on_server)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Database Settings"))), store_(store), reporter_(reporter) {
    const bool may_change = model::may(store.principal(), model::Action::Settings);
    const int gap = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* explanation = new wxStaticText(
        this, wxID_ANY,
        to_wx(may_change ? model::tr("These settings are kept in the database, so they hold for everyone who "
                                     "opens it. Every change is in the audit trail.")
                         : model::tr("These settings are kept in the database, so they hold for everyone who "
                                     "opens it. Only an administrator can change them.")));
    explanation->Wrap(FromDIP(520));
    sizer->Add(explanation, 0, wxALL, gap);

    auto* grid = new wxFlexGridSizer(2, wxSize(gap, gap / 2));
    grid->AddGrowableCol(0, 1);
    for (const auto& setting : model::database_settings()) {
        if (on_server && setting.file_only) continue;
        const std::string value = store.setting(setting.name).value_or(setting.default_value);
        // TRANSLATORS: {1} says what the setting is for, {2} is its name, {3} and {4} the least and greatest
        // values, {5} the value it has unless changed.
        auto* label = new wxStaticText(
            this, wxID_ANY,
            to_wx(model::fill_in(model::tr("{1} ({2}; {3} to {4}, {5} unless changed)"), setting.description,
                                 setting.name, setting.min, setting.max, setting.default_value)));
        label->Wrap(FromDIP(400));
        grid->Add(label, 0, wxALIGN_CENTER_VERTICAL);
        if (may_change) {
            auto* text =
                new wxTextCtrl(this, wxID_ANY, to_wx(value), wxDefaultPosition, FromDIP(wxSize(90, -1)));
            text->SetName(to_wx(setting.name));
            values_[setting.name] = text;
            grid->Add(text, 0, wxALIGN_CENTER_VERTICAL);
        } else {
            grid->Add(new wxStaticText(this, wxID_ANY, to_wx(value)), 0, wxALIGN_CENTER_VERTICAL);
        }
    }
    sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);

    problem_ = new wxStaticText(this, wxID_ANY, wxString());
    problem_->SetForegroundColour(wxColour(176, 0, 32));
    sizer->Add(problem_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    if (may_change) {
        save_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Save")));
        buttons->Add(save_, 0, wxRIGHT, gap);
        save_->SetDefault();
        save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    }
    auto* close = new wxButton(this, wxID_CANCEL, may_change ? wxString() : to_wx(model::tr("Close")));
    buttons->Add(close);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CANCEL);
    fit_inside_display(this);
    // Not a value: the letter that chose the menu item from the keyboard can reach the dialog and replace it.
    close->SetFocus();
}

wxTextCtrl* DatabaseSettingsDialog::value_control(const std::string& name) const {
    const auto found = values_.find(name);
    return found == values_.end() ? nullptr : found->second;
}

bool DatabaseSettingsDialog::save() {
    // Every value is checked before any is saved, so a mistake leaves the database as it was.
    std::vector<std::pair<std::string, std::string>> changed;
    for (const auto& setting : model::database_settings()) {
        auto* text = value_control(setting.name);
        if (!text) continue;
        const std::string value = model::trim(from_wx(text->GetValue()));
        try {
            model::check_setting_value(setting.name, value);
        } catch (const pcr::Error& error) {
            problem_->SetLabel(to_wx(std::string(error.what())));
            problem_->Wrap(FromDIP(520));
            GetSizer()->Layout();
            Fit();
            text->SetFocus();
            text->SelectAll();
            return false;
        }
        if (value != store_.setting(setting.name).value_or(setting.default_value))
            changed.emplace_back(setting.name, value);
    }
    try {
        for (const auto& [name, value] : changed) store_.change_setting(name, value);
    } catch (const pcr::Error& error) {
        reporter_.report(to_wx(model::tr("Settings not saved")), to_wx(std::string(error.what())));
        return false;
    }
    EndModal(wxID_OK);
    return true;
}

}  // namespace pcr::app
