// The Keyboard Shortcuts window, filled from the one table the menus are built from.
#include "app/dialogs/shortcuts_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>

#include "app/dialogs/close_only.h"
#include "app/shortcuts.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/translate.h"

namespace pcr::app {

ShortcutsDialog::ShortcutsDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Keyboard shortcuts")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    list_->AppendColumn(to_wx(model::tr("Key")));
    list_->AppendColumn(to_wx(model::tr("What it does")));
    list_->AppendColumn(to_wx(model::tr("Where")));
    long row = 0;
    for (const Shortcut& shortcut : shortcuts()) {
        list_->InsertItem(row, wxString::FromUTF8(shortcut.key));
        list_->SetItem(row, 1, to_wx(model::tr(shortcut.meaning)));
        list_->SetItem(row, 2, place_text(shortcut));
        ++row;
    }
    // Each column as wide as the wider of its header and its longest entry, so headers never overlap.
    for (int column = 0; column < list_->GetColumnCount(); ++column) {
        list_->SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
        const int header = list_->GetColumnWidth(column);
        list_->SetColumnWidth(column, wxLIST_AUTOSIZE);
        if (list_->GetColumnWidth(column) < header) list_->SetColumnWidth(column, header);
    }
    int width = FromDIP(24);
    for (int column = 0; column < list_->GetColumnCount(); ++column) width += list_->GetColumnWidth(column);
    list_->SetMinSize(wxSize(width, FromDIP(420)));

    lay_out_with_close(this, list_, FromDIP(10));
    Fit();
    CentreOnParent();
    fit_inside_display(this);
    list_->SetFocus();
}

}  // namespace pcr::app
