// The list of problems that stopped an import; nothing was written, so the text says so first.
#include "app/dialogs/import_problems_dialog.h"

#include <wx/artprov.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "app/wx_text.h"

namespace pcr::app {

ImportProblemsDialog::ImportProblemsDialog(wxWindow* parent, const std::filesystem::path& file,
                                           const std::vector<model::InterchangeProblem>& problems)
    : wxDialog(parent, wxID_ANY, "Import not done", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const wxString name = to_wx(file.filename());
    const wxString intro = wxString::Format(
        "Nothing was imported from %s: the database is unchanged.\n"
        "Correct %s in the file, then import it again.",
        name, problems.size() == 1 ? wxString("this problem") : wxString::Format("these %zu problems", problems.size()));
    auto* icon = new wxStaticBitmap(this, wxID_ANY, wxArtProvider::GetBitmapBundle(wxART_WARNING, wxART_MESSAGE_BOX));
    auto* text = new wxStaticText(this, wxID_ANY, intro);

    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(720, 260)),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    list->AppendColumn("Line", wxLIST_FORMAT_RIGHT, FromDIP(60));
    list->AppendColumn("Element", wxLIST_FORMAT_LEFT, FromDIP(200));
    list->AppendColumn("Problem", wxLIST_FORMAT_LEFT, FromDIP(440));
    long row = 0;
    for (const auto& problem : problems) {
        list->InsertItem(row, problem.line > 0 ? wxString::Format("%d", problem.line) : wxString());
        list->SetItem(row, 1, to_wx(problem.element));
        list->SetItem(row, 2, to_wx(problem.message));
        ++row;
    }

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(icon, 0, wxRIGHT, FromDIP(12));
    top->Add(text, 1, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
    CentreOnParent();
}

}  // namespace pcr::app
