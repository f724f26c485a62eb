// The Help menu's items and what they open.
#include "app/help_menu.h"

#include <wx/msgdlg.h>

#include "app/dialogs/about_dialog.h"
#include "app/dialogs/shortcuts_dialog.h"
#include "app/dialogs/user_guide_dialog.h"
#include "app/shortcuts.h"
#include "app/wx_text.h"
#include "model/core/errors.h"
#include "model/core/translate.h"
#include "model/help/user_guide.h"

namespace pcr::app {

wxMenu* help_menu(wxFrame* frame) {
    auto* help = new wxMenu;
    append(help, wxID_HELP, Command::UserGuide,
           to_wx(model::tr("How to do the everyday tasks: after a visit, reviews, exports")));
    append(help, wxID_HELP_INDEX, Command::KeyboardShortcuts, to_wx(model::tr("Every key and what it does")));
    help->AppendSeparator();
    help->Append(wxID_ABOUT, to_wx(model::tr("&About pcrecords")));
    frame->Bind(
        wxEVT_MENU, [frame](wxCommandEvent&) { show_user_guide(frame); }, wxID_HELP);
    frame->Bind(
        wxEVT_MENU, [frame](wxCommandEvent&) { show_shortcuts(frame); }, wxID_HELP_INDEX);
    frame->Bind(
        wxEVT_MENU, [frame](wxCommandEvent&) { show_about(frame); }, wxID_ABOUT);
    return help;
}

void show_user_guide(wxWindow* parent) {
    const auto file = model::user_guide_file();
    if (!file) {
        wxMessageBox(
            to_wx(model::tr("The user guide (docs/user-guide.md) is not installed beside the templates. "
                            "Reinstall pcrecords to get it back.")),
            to_wx(model::tr("No user guide")), wxOK | wxICON_WARNING, parent);
        return;
    }
    wxString html;
    try {
        html = to_wx(model::user_guide_html(*file));
    } catch (const pcr::Error& error) {
        wxMessageBox(to_wx(std::string(error.what())), to_wx(model::tr("No user guide")),
                     wxOK | wxICON_WARNING, parent);
        return;
    }
    UserGuideDialog(parent, html).ShowModal();
}

void show_shortcuts(wxWindow* parent) {
    ShortcutsDialog(parent).ShowModal();
}

void show_about(wxWindow* parent) {
    AboutDialog(parent).ShowModal();
}

}  // namespace pcr::app
