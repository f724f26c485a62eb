// Export and Print in the app: file dialogs, the bulk progress dialog and the status line, over model/export.
#include "app/export_actions.h"

#include <wx/choicdlg.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/print.h>
#include <wx/printdlg.h>
#include <wx/statusbr.h>
#include <wx/utils.h>

#include "app/dialogs/progress_dialog.h"
#include "app/printing/page_printout.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/errors.h"
#include "model/export/profile_page.h"
#include "model/export/profile_pdf.h"
#include "model/export/report_pdf.h"
#include "model/export/workbook_report.h"

namespace pcr::app {

namespace {

const wxString kPdf = "PDF document (*.pdf)|*.pdf";
const wxString kHtml = "Web page (*.html)|*.html";
const wxString kXml = "Interchange file (*.xml)|*.xml";
const wxString kCsv = "Scores as CSV (*.csv)|*.csv";

// Asks where to save; adds the chosen type's extension when the name has none (GTK does not).
std::filesystem::path ask_file(wxWindow* parent, const wxString& title, const wxString& name,
                               const std::vector<std::pair<wxString, wxString>>& types) {
    wxString wildcard;
    for (const auto& [filter, _] : types) wildcard += (wildcard.empty() ? "" : "|") + filter;
    wxFileDialog dialog(parent, title, wxString(), name + "." + types.front().second, wildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return {};
    wxFileName file(dialog.GetPath());
    if (file.GetExt().empty()) file.SetExt(types[static_cast<size_t>(dialog.GetFilterIndex())].second);
    return to_path(file.GetFullPath());
}

wxString base_name(const model::Subject& subject, const char* what) {
    const std::string file = model::export_file_name(subject, model::ExportFormat::Pdf);
    return to_wx(file.substr(0, file.size() - 4)) + " " + what;
}

}  // namespace

ExportActions::ExportActions(wxFrame* frame, const model::TemplateRegistry& templates,
                             ErrorReporter& reporter)
    : frame_(frame), templates_(templates), reporter_(reporter) {}

void ExportActions::tell(const wxString& status) {
    if (frame_ && frame_->GetStatusBar()) frame_->SetStatusText(status);
}

bool ExportActions::export_profile(const model::Store& store, const model::Subject& subject) {
    const auto file = ask_file(frame_, "Export one-page profile", base_name(subject, "one-page profile"),
                               {{kPdf, "pdf"}, {kHtml, "html"}});
    return !file.empty() && write_profile(store, subject, file);
}

bool ExportActions::export_record(const model::Store& store, const model::Subject& subject,
                                  const model::Date& today) {
    const auto file = ask_file(frame_, "Export whole record", base_name(subject, "whole record"),
                               {{kPdf, "pdf"}, {kHtml, "html"}, {kXml, "xml"}});
    return !file.empty() && write_record(store, subject, today, file);
}

bool ExportActions::export_report(const model::Store& store, const model::Workbook& workbook,
                                  const model::Date& date) {
    const auto file = ask_file(frame_, "Export workbook report", "Workbook report " + to_wx(date.iso()),
                               {{kPdf, "pdf"}, {kHtml, "html"}, {kCsv, "csv"}});
    return !file.empty() && write_report(store, workbook, date, file);
}

bool ExportActions::export_profiles(const model::Store& store, const std::vector<model::Subject>& subjects) {
    if (subjects.empty()) {
        reporter_.report("Nothing to export", "The list is empty. Clear the search to export everyone.");
        return false;
    }
    wxDirDialog folder(frame_, wxString::Format("Folder for %zu one-page profiles", subjects.size()),
                       wxString(), wxDD_DEFAULT_STYLE);
    if (folder.ShowModal() != wxID_OK) return false;
    const wxString choices[] = {"PDF documents", "Web pages (HTML)"};
    const int format =
        wxGetSingleChoiceIndex("Export the profiles as", "One-page profiles", 2, choices, frame_);
    if (format < 0) return false;
    ProgressDialog progress("Exporting one-page profiles", "Starting…", frame_);
    const auto result =
        write_profiles(store, subjects, to_path(folder.GetPath()),
                       format == 0 ? model::ExportFormat::Pdf : model::ExportFormat::Html, progress);
    return !result.cancelled && result.written.size() == subjects.size();
}

bool ExportActions::write_profile(const model::Store& store, const model::Subject& subject,
                                  const std::filesystem::path& file) {
    try {
        wxBusyCursor busy;
        const auto result = model::export_profile(store, templates_, subject.kind, subject.id, file);
        tell("Wrote " + to_wx(file.filename()));
        if (!result.warning.empty()) reporter_.report("Profile too long for one page", to_wx(result.warning));
        return true;
    } catch (const pcr::Error& error) {
        reporter_.report("Could not export the one-page profile", to_wx(std::string(error.what())));
        return false;
    }
}

bool ExportActions::write_record(const model::Store& store, const model::Subject& subject,
                                 const model::Date& today, const std::filesystem::path& file) {
    try {
        wxBusyCursor busy;
        const auto result = model::export_record(store, templates_, subject.kind, subject.id, today, file);
        tell("Wrote " + to_wx(file.filename()) +
             (result.pages > 0 ? wxString::Format(" (%d pages)", result.pages) : wxString()));
        return true;
    } catch (const pcr::Error& error) {
        reporter_.report("Could not export the whole record", to_wx(std::string(error.what())));
        return false;
    }
}

bool ExportActions::write_report(const model::Store& store, const model::Workbook& workbook,
                                 const model::Date& date, const std::filesystem::path& file) {
    try {
        wxBusyCursor busy;
        const auto result = model::export_report(store, templates_, workbook, date, file);
        tell("Wrote " + to_wx(file.filename()) +
             (result.pages > 0 ? wxString::Format(" (%d pages)", result.pages) : wxString()));
        return true;
    } catch (const pcr::Error& error) {
        reporter_.report("Could not export the workbook report", to_wx(std::string(error.what())));
        return false;
    }
}

model::BulkExportResult ExportActions::write_profiles(const model::Store& store,
                                                      const std::vector<model::Subject>& subjects,
                                                      const std::filesystem::path& folder,
                                                      model::ExportFormat format, model::Progress& progress) {
    model::BulkExportResult result;
    try {
        result = model::export_profiles(store, templates_, subjects, folder, format, progress);
    } catch (const pcr::Error& error) {
        reporter_.report("Could not export the one-page profiles", to_wx(std::string(error.what())));
        return result;
    }
    const wxString where = to_wx(folder.filename().empty() ? folder : folder.filename());
    tell(wxString::Format("%s %zu of %zu one-page profiles to %s",
                          result.cancelled ? "Stopped after" : "Wrote", result.written.size(),
                          subjects.size(), where));
    if (!result.warnings.empty()) {
        wxString text = wxString::Format(
            "%zu profiles are too long for one page; each shows a "
            "\"continued in the full record\" mark:\n",
            result.warnings.size());
        const size_t shown = std::min<size_t>(result.warnings.size(), 10);
        for (size_t i = 0; i < shown; ++i) text += "\n" + to_wx(result.warnings[i]);
        if (shown < result.warnings.size())
            text += wxString::Format("\n… and %zu more", result.warnings.size() - shown);
        reporter_.report("Some profiles are too long for one page", text);
    }
    return result;
}

std::unique_ptr<PagePrintout> ExportActions::profile_printout(const model::Store& store,
                                                              const model::Subject& subject) {
    try {
        auto page = std::make_shared<model::ProfilePage>(
            model::profile_page(store, templates_, subject.kind, subject.id));
        return std::make_unique<PagePrintout>(
            to_wx(page->heading()) + " - one-page profile", 1, model::kA4WidthPt, model::kA4HeightPt,
            [page](cairo_t* cr, int) {
                model::draw_profile(cr, model::kA4WidthPt, model::kA4HeightPt, *page);
            });
    } catch (const pcr::Error& error) {
        reporter_.report("Could not print the one-page profile", to_wx(std::string(error.what())));
        return nullptr;
    }
}

std::unique_ptr<PagePrintout> ExportActions::report_printout(const model::Store& store,
                                                             const model::Workbook& workbook,
                                                             const model::Date& date) {
    try {
        auto report = std::make_shared<model::WorkbookReport>(model::workbook_report(store, workbook, date));
        auto pages = std::make_shared<model::ReportPages>(*report, model::kA4WidthPt, model::kA4HeightPt);
        return std::make_unique<PagePrintout>(
            to_wx(workbook.title) + " " + to_wx(date.iso()), pages->count(), model::kA4WidthPt,
            model::kA4HeightPt, [report, pages](cairo_t* cr, int index) { pages->draw(cr, index); });
    } catch (const pcr::Error& error) {
        reporter_.report("Could not print the workbook summary", to_wx(std::string(error.what())));
        return nullptr;
    }
}

void ExportActions::print(std::unique_ptr<PagePrintout> printout) {
    if (!printout) return;
    wxPrintDialogData data(print_data());
    wxPrinter printer(&data);
    if (printer.Print(frame_, printout.get(), true)) {
        print_data() = printer.GetPrintDialogData().GetPrintData();
        tell("Sent " + printout->GetTitle() + " to the printer");
    } else if (wxPrinter::GetLastError() == wxPRINTER_ERROR) {
        reporter_.report("Could not print",
                         "The printer reported a problem. Check it is switched on and "
                         "connected, or export a PDF instead.");
    }
}

void ExportActions::preview(std::unique_ptr<PagePrintout> printout) {
    if (!printout) return;
    auto for_printing = printout->copy();
    wxPrintDialogData data(print_data());
    // The preview owns both printouts from here on.
    auto* preview = new wxPrintPreview(printout.release(), for_printing.release(), &data);
    if (!preview->IsOk()) {
        delete preview;
        reporter_.report("Could not show the print preview",
                         "No printer is set up for previews. Export a PDF instead.");
        return;
    }
    // A page's shape, as tall as the screen allows.
    auto* window = new wxPreviewFrame(preview, frame_, preview->GetPrintout()->GetTitle(), wxDefaultPosition,
                                      size_on_display(frame_, frame_->FromDIP(wxSize(760, 900))));
    window->Initialize();
    fit_inside_display(window);
    window->Show();
}

}  // namespace pcr::app
