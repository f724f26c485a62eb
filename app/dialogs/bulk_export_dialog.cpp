// The bulk export dialog: a folder typed or chosen, the format, and the choice to include empty profiles.
#include "app/dialogs/bulk_export_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

BulkExportDialog::BulkExportDialog(wxWindow* parent, std::size_t count, model::SubjectKind kind,
                                   const std::filesystem::path& folder)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Export one-page profiles")), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const int gap = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const std::string intro = model::fill_in(
        kind == model::SubjectKind::Staff
            ? model::tr_n("One file for each of the {1} staff in the list, into this folder:",
                          "One file for each of the {1} staff in the list, into this folder:", count)
            : model::tr_n("One file for each of the {1} person in the list, into this folder:",
                          "One file for each of the {1} people in the list, into this folder:", count),
        count);
    sizer->Add(new wxStaticText(this, wxID_ANY, to_wx(intro)), 0, wxLEFT | wxRIGHT | wxTOP, gap);
    // A text field beside the button, so a folder can be typed or pasted; a missing one is created.
    folder_ = new wxDirPickerCtrl(this, wxID_ANY, to_wx(folder),
                                  to_wx(model::tr("Folder for the one-page profiles")), wxDefaultPosition,
                                  wxDefaultSize, wxDIRP_USE_TEXTCTRL);
    folder_->GetTextCtrl()->SetMinSize(wxSize(FromDIP(360), -1));
    // The picker leaves out a folder that does not exist yet; it is offered all the same.
    folder_->GetTextCtrl()->ChangeValue(to_wx(folder));
    sizer->Add(folder_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

    const wxString formats[] = {to_wx(model::tr("PDF documents (one A4 page each)")),
                                to_wx(model::tr("Web pages (HTML)"))};
    format_ = new wxRadioBox(this, wxID_ANY, to_wx(model::tr("Format")), wxDefaultPosition, wxDefaultSize, 2,
                             formats, 1, wxRA_SPECIFY_COLS);
    sizer->Add(format_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

    include_empty_ = new wxCheckBox(
        this, wxID_ANY, to_wx(model::tr("&Include people with no one-page profile (an empty page each)")));
    include_empty_->SetToolTip(to_wx(
        model::tr("Left clear, they are skipped and named when the export is done, so you know whose profile "
                  "to write.")));
    sizer->Add(include_empty_, 0, wxLEFT | wxRIGHT | wxTOP, gap);

    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(this, wxID_OK, to_wx(model::tr("&Export")));
    ok->SetDefault();
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(this, wxID_CANCEL));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizerAndFit(sizer);
    fit_inside_display(this);

    // Export needs a folder to write to.
    ok->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        event.Enable(!folder_->GetTextCtrl()->GetValue().Trim().Trim(false).empty());
    });
    folder_->GetTextCtrl()->SetFocus();
}

std::filesystem::path BulkExportDialog::folder() const {
    wxString text = folder_->GetTextCtrl()->GetValue();
    return to_path(text.Trim().Trim(false));
}

model::ExportFormat BulkExportDialog::format() const {
    return format_->GetSelection() == 1 ? model::ExportFormat::Html : model::ExportFormat::Pdf;
}

model::EmptyProfiles BulkExportDialog::empty_profiles() const {
    return include_empty_->GetValue() ? model::EmptyProfiles::Include : model::EmptyProfiles::Skip;
}

}  // namespace pcr::app
