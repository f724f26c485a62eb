// File > Connect to Server: the server's address in the words a care manager is given (server, port,
// database, account), with the URI it makes shown beneath. No password is asked for or kept.
#pragma once

#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <optional>
#include <string>

#include "app/server_address.h"

namespace pcr::app {

class ConnectServerDialog : public wxDialog {
  public:
    // Filled in from `last`, the address connected to (or tried) before, if any.
    ConnectServerDialog(wxWindow* parent, const std::optional<ServerAddress>& last);

    wxTextCtrl* host() const { return host_; }
    wxTextCtrl* port() const { return port_; }
    wxTextCtrl* database() const { return database_; }
    wxTextCtrl* user() const { return user_; }
    // The URI shown beneath the fields, as the fields make it now.
    wxString shown_uri() const { return uri_->GetLabel(); }
    // What the last refusal said ("" before one).
    wxString refusal() const { return refusal_->GetLabel(); }
    // The address to connect to, once the dialog ends with wxID_OK.
    const ServerAddress& address() const { return address_; }

  private:
    // The address the fields give, or why they give none (a missing server name, a port that is no number)
    // and the field to mend.
    std::optional<ServerAddress> typed(std::string* problem, wxTextCtrl** field) const;
    void show_uri();
    bool TransferDataFromWindow() override;

    wxTextCtrl* host_ = nullptr;
    wxTextCtrl* port_ = nullptr;
    wxTextCtrl* database_ = nullptr;
    wxTextCtrl* user_ = nullptr;
    wxStaticText* uri_ = nullptr;
    wxStaticText* refusal_ = nullptr;
    ServerAddress address_;
    // The query options of a URI the dialog was filled in from, kept for the URI it makes.
    std::string options_;
};

}  // namespace pcr::app
