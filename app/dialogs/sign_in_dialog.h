// Signing in to a database that has accounts: user name and masked password, checked by the model's SignIn.
#pragma once

#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <optional>
#include <string>

#include "model/domain/principal.h"
#include "model/store/account_store.h"

namespace pcr::app {

class SignInDialog : public wxDialog {
  public:
    // For the database `database_name` whose accounts `accounts` keeps. The user name starts as the last one
    // that signed in on this computer (the app's config; the password is never kept).
    // With `fixed_user`, unlocking a locked window: the user name is that account's and cannot be changed.
    SignInDialog(wxWindow* parent, model::AccountStore& accounts, const wxString& database_name,
                 const wxString& fixed_user = wxString());

    wxTextCtrl* user_name() const { return user_name_; }
    wxTextCtrl* password() const { return password_; }
    // What the last refusal said, shown above the fields ("" before one).
    wxString refusal() const { return refusal_->GetLabel(); }
    // The signed-in principal once the dialog ends with wxID_OK.
    const std::optional<model::Principal>& principal() const { return principal_; }

    // Signs in on the real clock, as OK does: true when signed in (and remembers the user name); on a refusal
    // shows the model's message, empties the password and keeps the dialog open.
    bool sign_in();

  private:
    bool TransferDataFromWindow() override;

    model::AccountStore& accounts_;
    wxTextCtrl* user_name_ = nullptr;
    wxTextCtrl* password_ = nullptr;
    wxStaticText* refusal_ = nullptr;
    std::optional<model::Principal> principal_;
};

}  // namespace pcr::app
