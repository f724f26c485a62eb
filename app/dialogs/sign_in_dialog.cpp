// The sign-in dialog: the model decides; the dialog shows its refusal and asks again.
#include "app/dialogs/sign_in_dialog.h"

#include <wx/config.h>
#include <wx/sizer.h>

#include <chrono>

#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/accounts/sign_in.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

// Where the last user name is remembered; a password never is.
const wxString kLastUserKey = "/SignIn/LastUser";

}  // namespace

SignInDialog::SignInDialog(wxWindow* parent, model::AccountStore& accounts, const wxString& database_name,
                           const wxString& fixed_user)
    : wxDialog(parent, wxID_ANY,
               to_wx(fixed_user.empty() ? model::tr("Sign in") : model::tr("Unlock pcrecords"))),
      accounts_(accounts) {
    auto* about = new wxStaticText(
        this, wxID_ANY,
        to_wx(fixed_user.empty()
                  ? model::fill_in(model::tr("{1} keeps care records and has accounts: sign in to open it."),
                                   from_wx(database_name))
                  : model::fill_in(model::tr("{1} is locked. Only {2} can unlock it, with their password."),
                                   from_wx(database_name), from_wx(fixed_user))));
    refusal_ = new wxStaticText(this, wxID_ANY, wxString());
    refusal_->SetForegroundColour(wxColour(0xa0, 0x10, 0x10));
    user_name_ =
        new wxTextCtrl(this, wxID_ANY,
                       fixed_user.empty() ? wxConfigBase::Get()->Read(kLastUserKey, wxString()) : fixed_user);
    // Unlocking is for the user who locked it: someone else never sees their records.
    if (!fixed_user.empty()) user_name_->Disable();
    password_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    user_name_->SetMinSize(FromDIP(wxSize(260, -1)));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("&User name:"))), 0, wxALIGN_CENTRE_VERTICAL);
    grid->Add(user_name_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("&Password:"))), 0, wxALIGN_CENTRE_VERTICAL);
    grid->Add(password_, 1, wxEXPAND);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(about, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
    sizer->Add(refusal_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
    sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM,
               FromDIP(12));
    // Wrapped before the dialog is sized, so a server's address (one long word) gets its margin too.
    about->Wrap(FromDIP(420));
    SetSizerAndFit(sizer);
    fit_inside_display(this);
    (user_name_->IsEmpty() ? user_name_ : password_)->SetFocus();
}

bool SignInDialog::sign_in() {
    const std::string name = from_wx(user_name_->GetValue().Strip(wxString::both));
    try {
        principal_ = model::SignIn::authenticate(accounts_, name, from_wx(password_->GetValue()),
                                                 std::chrono::system_clock::now());
    } catch (const model::SignInError& e) {
        refusal_->SetLabel(to_wx(std::string(e.what())));
        refusal_->Wrap(FromDIP(420));
        password_->Clear();
        password_->SetFocus();
        Layout();
        Fit();
        return false;
    }
    wxConfigBase::Get()->Write(kLastUserKey, to_wx(name));
    wxConfigBase::Get()->Flush();
    return true;
}

bool SignInDialog::TransferDataFromWindow() {
    return sign_in();
}

}  // namespace pcr::app
