// The user guide window: a page sized from the display; web links open in the browser.
#include "app/dialogs/user_guide_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "app/dialogs/close_only.h"
#include "app/preferences.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/translate.h"

namespace pcr::app {

UserGuideDialog::UserGuideDialog(wxWindow* parent, const wxString& html)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("pcrecords user guide")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    page_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    page_->SetBorders(FromDIP(12));
    Preferences::load().apply(*page_);
    page_->SetPage(html);
    // Links to other documents of the source tree lead nowhere in the app; web addresses go to the browser.
    page_->Bind(wxEVT_HTML_LINK_CLICKED, [](wxHtmlLinkEvent& event) {
        const wxString href = event.GetLinkInfo().GetHref();
        if (href.StartsWith("http://") || href.StartsWith("https://")) wxLaunchDefaultBrowser(href);
    });

    lay_out_with_close(this, page_, FromDIP(8));
    SetSize(size_on_display(parent, FromDIP(wxSize(760, 720))));
    CentreOnParent();
    fit_inside_display(this);
    page_->SetFocus();
}

}  // namespace pcr::app
