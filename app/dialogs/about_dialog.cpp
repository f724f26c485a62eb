// The About box, a plain dialog rather than GTK's own, so Escape closes it wherever the focus is.
#include "app/dialogs/about_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "app/app_icon.h"
#include "app/dialogs/close_only.h"
#include "app/shortcuts.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

AboutDialog::AboutDialog(wxWindow* parent) : wxDialog(parent, wxID_ANY, to_wx(model::tr("About pcrecords"))) {
    const int gap = FromDIP(12);
    auto* icon = new wxStaticBitmap(this, wxID_ANY, app_icon().GetIcon(FromDIP(wxSize(64, 64))));
    auto* name = new wxStaticText(this, wxID_ANY, wxString());
    name->SetFont(name->GetFont().Scaled(1.4f).Bold());
    name->SetLabel("pcrecords " PCR_VERSION);
    auto* description = new wxStaticText(
        this, wxID_ANY,
        to_wx(model::tr(
            "Person-centred thinking records for the people a care provider supports, its staff and its "
            "team: one-page profiles, relationship circles, learning logs and the other tools, with how "
            "complete and how current each one is.")));
    description->Wrap(FromDIP(380));
    auto* help = new wxStaticText(
        this, wxID_ANY,
        to_wx(model::fill_in(model::tr("Help > User Guide ({1}) shows how to do the everyday tasks."),
                             from_wx(key_text(Command::UserGuide)))));

    auto* text = new wxBoxSizer(wxVERTICAL);
    text->Add(name, 0, wxBOTTOM, gap / 2);
    text->Add(description, 0, wxBOTTOM, gap);
    text->Add(help);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(icon, 0, wxRIGHT, gap);
    row->Add(text, 1);

    wxButton* close = lay_out_with_close(this, row, gap);
    Fit();
    CentreOnParent();
    fit_inside_display(this);
    close->SetFocus();
}

}  // namespace pcr::app
