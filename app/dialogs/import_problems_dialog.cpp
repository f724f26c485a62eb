// The list of problems that stopped an import; nothing was written, so the text says so first.
#include "app/dialogs/import_problems_dialog.h"

#include <wx/artprov.h>
#include <wx/html/htmlwin.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "app/html_escape.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

ImportProblemsDialog::ImportProblemsDialog(wxWindow* parent, const std::filesystem::path& file,
                                           const std::vector<model::InterchangeProblem>& problems)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Import not done")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const wxString name = to_wx(file.filename());
    const wxString intro = to_wx(model::fill_in(
        model::tr_n(
            "Nothing was imported from {1}: the database is unchanged.\nCorrect this problem in the file, "
            "then import it again.",
            "Nothing was imported from {1}: the database is unchanged.\nCorrect these {2} problems in the "
            "file, then import it again.",
            problems.size()),
        file.filename().string(), problems.size()));
    auto* icon =
        new wxStaticBitmap(this, wxID_ANY, wxArtProvider::GetBitmapBundle(wxART_WARNING, wxART_MESSAGE_BOX));
    auto* text = new wxStaticText(this, wxID_ANY, intro);

    // An HTML table, so long problems wrap instead of being cut off at a column's edge.
    std::string rows;
    for (const auto& problem : problems) {
        rows += "<tr><td valign=\"top\" align=\"right\" nowrap>" +
                (problem.line > 0 ? std::to_string(problem.line) : std::string()) +
                "</td><td valign=\"top\"><code>" + escape_html(problem.element) +
                "</code></td><td valign=\"top\">" + escape_html(problem.message) + "</td></tr>";
    }
    auto* list = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(760, 280)),
                                  wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    list->SetPage(to_wx(
        "<html><body><table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th align=\"right\">" +
        escape_html(model::tr("Line")) + "</th><th align=\"left\">" + escape_html(model::tr("Element")) +
        "</th><th align=\"left\">" + escape_html(model::tr("Problem")) + "</th></tr>" + rows +
        "</table></body></html>"));

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(icon, 0, wxRIGHT, FromDIP(12));
    top->Add(text, 1, wxALIGN_CENTER_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
    CentreOnParent();
    fit_inside_display(this);
}

}  // namespace pcr::app
