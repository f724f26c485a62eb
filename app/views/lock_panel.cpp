// The locked window's page: a title, who may unlock it, that nothing typed is lost, and the Unlock button.
#include "app/views/lock_panel.h"

#include <wx/sizer.h>

#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

LockPanel::LockPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetBackgroundColour(wxColour(0xee, 0xf1, 0xf5));
    auto* title = new wxStaticText(this, wxID_ANY, to_wx(model::tr("pcrecords is locked")));
    title->SetFont(title->GetFont().Scaled(1.6f).Bold());
    text_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                             wxALIGN_CENTRE_HORIZONTAL);
    button_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Unlock\u2026")));
    button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (unlock_) unlock_();
    });

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(title, 0, wxALIGN_CENTRE_HORIZONTAL | wxBOTTOM, FromDIP(12));
    column->Add(text_, 0, wxALIGN_CENTRE_HORIZONTAL | wxBOTTOM, FromDIP(18));
    column->Add(button_, 0, wxALIGN_CENTRE_HORIZONTAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->AddStretchSpacer(1);
    sizer->Add(column, 0, wxALIGN_CENTRE_HORIZONTAL | wxALL, FromDIP(24));
    sizer->AddStretchSpacer(2);
    SetSizer(sizer);
}

void LockPanel::show_user(const wxString& user) {
    text_->SetLabel(to_wx(model::fill_in(
        model::tr("The records are hidden until {1} signs in again.\nNothing typed is lost: it is kept "
                  "for when the window is unlocked.\nSomeone else should close this window and open "
                  "pcrecords as themselves."),
        from_wx(user))));
    Layout();
}

}  // namespace pcr::app
