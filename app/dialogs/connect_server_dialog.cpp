// The Connect to Server dialog: the fields make the URI, shown as it is made; a URI pasted into the server
// field is taken whole. What is missing is said above the fields and the dialog stays open.
#include "app/dialogs/connect_server_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>

#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::app {

ConnectServerDialog::ConnectServerDialog(wxWindow* parent, const std::optional<ServerAddress>& last)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Connect to Server"))) {
    ServerAddress start;
    start.database = "pcrecords";  // the name docs/server.md has the administrator give it
    if (last) start = *last;
    options_ = start.options;

    auto* about = new wxStaticText(
        this, wxID_ANY,
        to_wx(model::tr("Open the care records kept on a PostgreSQL server. Your administrator gives you "
                        "these details.")));
    refusal_ = new wxStaticText(this, wxID_ANY, wxString());
    refusal_->SetForegroundColour(wxColour(0xa0, 0x10, 0x10));
    refusal_->Hide();  // no gap above the fields until there is something to say
    host_ = new wxTextCtrl(this, wxID_ANY, to_wx(start.host));
    host_->SetHint(to_wx(model::tr("e.g. records.example.org")));
    host_->SetMinSize(FromDIP(wxSize(320, -1)));
    port_ = new wxTextCtrl(this, wxID_ANY, start.port > 0 ? wxString::Format("%d", start.port) : wxString());
    port_->SetHint(wxString::Format("%d", ServerAddress::kDefaultPort));
    database_ = new wxTextCtrl(this, wxID_ANY, to_wx(start.database));
    user_ = new wxTextCtrl(this, wxID_ANY, to_wx(start.user));
    user_->SetHint(to_wx(model::tr("e.g. pcrecords_app")));
    uri_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                            wxST_NO_AUTORESIZE | wxST_ELLIPSIZE_MIDDLE);
    auto* password = new wxStaticText(
        this, wxID_ANY,
        to_wx(model::tr("No password is typed here: the server's password is read from the .pgpass file "
                        "your administrator set up on this computer, and pcrecords never keeps it. If the "
                        "records have accounts, you sign in next, as with a database file.")));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    const auto add = [&](const wxString& label, wxWindow* control, int flags) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTRE_VERTICAL);
        grid->Add(control, 1, flags);
    };
    add(to_wx(model::tr("&Server:")), host_, wxEXPAND);
    add(to_wx(model::tr("P&ort:")), port_, 0);
    add(to_wx(model::tr("&Database:")), database_, wxEXPAND);
    add(to_wx(model::tr("Server &account:")), user_, wxEXPAND);
    add(to_wx(model::tr("Address:")), uri_, wxEXPAND);

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    static_cast<wxButton*>(FindWindow(wxID_OK))->SetLabel(to_wx(model::tr("&Connect")));

    const int gap = FromDIP(12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(about, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(refusal_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap);
    sizer->Add(password, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    // Wrapped before the dialog is sized: unwrapped, a paragraph would make it as wide as its one line.
    about->Wrap(FromDIP(460));
    password->Wrap(FromDIP(460));
    uri_->SetMinSize(wxSize(-1, uri_->GetCharHeight() + FromDIP(4)));
    show_uri();
    SetSizerAndFit(sizer);
    fit_inside_display(this);

    for (wxTextCtrl* field : {host_, port_, database_, user_})
        field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { show_uri(); });
    (host_->IsEmpty() ? host_ : database_)->SetFocus();
}

std::optional<ServerAddress> ConnectServerDialog::typed(std::string* problem, wxTextCtrl** field) const {
    const std::string host = model::trim(from_wx(host_->GetValue()));
    // An administrator may hand out the whole URI: pasted into the first field, it is the address.
    if (auto whole = ServerAddress::parse(host)) return whole;
    ServerAddress address;
    address.host = host;
    address.database = model::trim(from_wx(database_->GetValue()));
    address.user = model::trim(from_wx(user_->GetValue()));
    address.options = options_;
    const std::string port = model::trim(from_wx(port_->GetValue()));
    const bool digits =
        !port.empty() && port.size() <= 5 && port.find_first_not_of("0123456789") == std::string::npos;
    address.port = port.empty() ? ServerAddress::kDefaultPort : digits ? std::stoi(port) : -1;
    if (host.empty()) {
        *problem = model::tr("Give the server's name or address, as your administrator wrote it down.");
        *field = host_;
    } else if (address.port < 1 || address.port > 65535) {
        *problem = model::tr("The port is a number from 1 to 65535; most servers use 5432.");
        *field = port_;
    } else if (address.database.empty()) {
        *problem = model::tr("Give the name of the database on the server (often pcrecords).");
        *field = database_;
    } else {
        return address;
    }
    return std::nullopt;
}

void ConnectServerDialog::show_uri() {
    std::string problem;
    wxTextCtrl* field = nullptr;
    const auto address = typed(&problem, &field);
    uri_->SetLabel(address ? to_wx(address->uri()) : wxString());
    uri_->SetToolTip(uri_->GetLabel());
}

bool ConnectServerDialog::TransferDataFromWindow() {
    std::string problem;
    wxTextCtrl* field = nullptr;
    const auto address = typed(&problem, &field);
    if (!address) {
        refusal_->SetLabel(to_wx(problem));
        refusal_->Wrap(FromDIP(460));
        refusal_->Show();
        Layout();
        Fit();
        field->SetFocus();
        field->SelectAll();
        return false;
    }
    address_ = *address;
    return true;
}

}  // namespace pcr::app
