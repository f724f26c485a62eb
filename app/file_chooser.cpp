// The file dialog the app asks with: GTK's own where the screen has room for it, a smaller one where not.
#include "app/file_chooser.h"

#include <wx/button.h>
#include <wx/filename.h>
#include <wx/generic/filectrlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

// The size GTK's chooser takes at the default font (measured under Xvfb: 1096x822), with a margin.
const wxSize kNativeChooser(1110, 840);

}  // namespace

bool native_chooser_fits(const wxWindow* window) {
    const wxRect area = usable_area(window);
    return area.width >= kNativeChooser.x && area.height >= kNativeChooser.y;
}

FileChooser::FileChooser(wxWindow* parent, const wxString& title, const wxString& name,
                         const wxString& wildcard, long style) {
    if (native_chooser_fits(parent)) {
        native_ = std::make_unique<wxFileDialog>(parent, title, wxString(), name, wildcard, style);
        return;
    }
    small_ = std::make_unique<wxDialog>(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
                                        wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, kFileChooserName);
    wxDialog* dialog = small_.get();
    files_ = new wxGenericFileCtrl(dialog, wxID_ANY, wxGetCwd(), name, wildcard,
                                   (style & wxFD_SAVE) ? wxFC_SAVE : wxFC_OPEN);
    auto* buttons = dialog->CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = dialog->FromDIP(8);
    sizer->Add(files_, 1, wxEXPAND | wxALL, gap);
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    dialog->SetSizer(sizer);
    dialog->SetSize(size_on_display(parent, dialog->FromDIP(wxSize(760, 540))));
    dialog->CentreOnParent();
    // A double-click or Enter on a file chooses it, as in GTK's chooser.
    files_->Bind(wxEVT_FILECTRL_FILEACTIVATED, [dialog](wxFileCtrlEvent&) {
        wxCommandEvent ok(wxEVT_BUTTON, wxID_OK);
        dialog->ProcessWindowEvent(ok);
    });
    // Checked before the dialog closes, so a wrong choice can be corrected in place.
    dialog->Bind(wxEVT_BUTTON, [this, dialog, style](wxCommandEvent& event) {
        if (event.GetId() != wxID_OK) {
            event.Skip();
            return;
        }
        const wxString chosen = path();
        if (wxFileName(chosen).GetFullName().empty()) return;  // no file named yet: nothing to do
        if ((style & wxFD_FILE_MUST_EXIST) && !wxFileName::FileExists(chosen)) {
            wxMessageBox(to_wx(model::fill_in(model::tr("{1} does not exist. Choose a file from the list."),
                                              from_wx(chosen))),
                         dialog->GetTitle(), wxOK | wxICON_WARNING, dialog);
            return;
        }
        if ((style & wxFD_OVERWRITE_PROMPT) && wxFileName::FileExists(chosen) &&
            wxMessageBox(to_wx(model::fill_in(model::tr("{1} already exists. Replace it?"), from_wx(chosen))),
                         dialog->GetTitle(), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, dialog) != wxYES)
            return;
        dialog->EndModal(wxID_OK);
    });
}

FileChooser::~FileChooser() = default;

bool FileChooser::ask() {
    return (native_ ? native_->ShowModal() : small_->ShowModal()) == wxID_OK;
}

wxString FileChooser::path() const {
    if (native_) return native_->GetPath();
    return wxFileName(files_->GetDirectory(), files_->GetFilename()).GetFullPath();
}

int FileChooser::filter_index() const {
    return native_ ? native_->GetFilterIndex() : files_->GetFilterIndex();
}

}  // namespace pcr::app
