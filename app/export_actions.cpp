// Export and Print in the app: file dialogs, the bulk progress dialog and the status line, over model/export.
#include "app/export_actions.h"

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/print.h>
#include <wx/printdlg.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include <system_error>

#include "app/dialogs/bulk_export_dialog.h"
#include "app/dialogs/progress_dialog.h"
#include "app/display_text.h"
#include "app/file_chooser.h"
#include "app/printing/page_printout.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/export/export_audit.h"
#include "model/export/profile_page.h"
#include "model/export/profile_pdf.h"
#include "model/export/report_pdf.h"
#include "model/export/workbook_report.h"

namespace pcr::app {

namespace {

// File dialog filters: what the user reads, then the pattern.
wxString pdf_filter() {
    return to_wx(model::tr("PDF document (*.pdf)|*.pdf"));
}
wxString html_filter() {
    return to_wx(model::tr("Web page (*.html)|*.html"));
}
wxString xml_filter() {
    return to_wx(model::tr("Interchange file (*.xml)|*.xml"));
}
wxString csv_filter() {
    return to_wx(model::tr("Scores as CSV (*.csv)|*.csv"));
}

// Asks where to save; adds the chosen type's extension when the name has none (GTK does not).
std::filesystem::path ask_file(wxWindow* parent, const wxString& title, const wxString& name,
                               const std::vector<std::pair<wxString, wxString>>& types) {
    wxString wildcard;
    for (const auto& [filter, _] : types) wildcard += (wildcard.empty() ? "" : "|") + filter;
    FileChooser dialog(parent, title, name + "." + types.front().second, wildcard,
                       wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (!dialog.ask()) return {};
    wxFileName file(dialog.path());
    if (file.GetExt().empty()) file.SetExt(types[static_cast<size_t>(dialog.filter_index())].second);
    return to_path(file.GetFullPath());
}

wxString base_name(const model::Subject& subject, const std::string& what) {
    const std::string file = model::export_file_name(subject, model::ExportFormat::Pdf);
    return to_wx(file.substr(0, file.size() - 4)) + " " + to_wx(what);
}

}  // namespace

ExportActions::ExportActions(wxFrame* frame, const model::TemplateRegistry& templates,
                             ErrorReporter& reporter, AuditSource audit)
    : frame_(frame), templates_(templates), reporter_(reporter), audit_(std::move(audit)) {}

bool ExportActions::can_record(const wxString& title) {
    model::Store* store = audit_ ? audit_() : nullptr;
    if (!store) return true;
    try {
        model::wait_until_exports_can_be_recorded(*store);
        return true;
    } catch (const pcr::Error& error) {
        reporter_.report(title, to_wx(std::string(error.what())));
        return false;
    }
}

bool ExportActions::record(const std::vector<model::AuditEvent>& events,
                           const std::vector<std::filesystem::path>& files, const wxString& title) {
    model::Store* store = audit_ ? audit_() : nullptr;
    if (!store) return true;
    try {
        if (!model::record_export(*store, events, files))
            reporter_.report(to_wx(model::tr("Not in the audit trail")),
                             to_wx(model::read_only_export_words()));
        return true;
    } catch (const pcr::Error& error) {
        reporter_.report(title, to_wx(std::string(error.what())));
        return false;
    }
}

void ExportActions::tell(const wxString& status) {
    if (frame_ && frame_->GetStatusBar()) frame_->SetStatusText(status);
}

bool ExportActions::export_profile(const model::Store& store, const model::Subject& subject) {
    const auto file = ask_file(frame_, to_wx(model::tr("Export one-page profile")),
                               base_name(subject, model::tr("one-page profile")),
                               {{pdf_filter(), "pdf"}, {html_filter(), "html"}});
    return !file.empty() && write_profile(store, subject, file);
}

bool ExportActions::export_record(const model::Store& store, const model::Subject& subject,
                                  const model::Date& today) {
    const auto file = ask_file(frame_, to_wx(model::tr("Export whole record")),
                               base_name(subject, model::tr("whole record")),
                               {{pdf_filter(), "pdf"}, {html_filter(), "html"}, {xml_filter(), "xml"}});
    return !file.empty() && write_record(store, subject, today, file);
}

bool ExportActions::export_report(const model::Store& store, const model::Workbook& workbook,
                                  const model::Date& date) {
    const auto file = ask_file(frame_, to_wx(model::tr("Export workbook report")),
                               to_wx(model::fill_in(model::tr("Workbook report {1}"), date.iso())),
                               {{pdf_filter(), "pdf"}, {html_filter(), "html"}, {csv_filter(), "csv"}});
    return !file.empty() && write_report(store, workbook, date, file);
}

bool ExportActions::export_profiles(const model::Store& store, const std::vector<model::Subject>& subjects) {
    if (subjects.empty()) {
        reporter_.report(to_wx(model::tr("Nothing to export")),
                         to_wx(model::tr("The list is empty. Clear the search to export everyone.")));
        return false;
    }
    if (profiles_folder_.empty())
        profiles_folder_ = to_path(wxStandardPaths::Get().GetDocumentsDir()) / model::tr("One-page profiles");
    BulkExportDialog dialog(frame_, subjects.size(), subjects.front().kind, profiles_folder_);
    if (dialog.ShowModal() != wxID_OK) return false;
    const std::filesystem::path folder = dialog.folder();
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error && !std::filesystem::is_directory(folder)) {
        reporter_.report(
            to_wx(model::tr("Could not export the one-page profiles")),
            to_wx(model::fill_in(model::tr("Cannot create the folder {1}: {2}. Choose a folder you can "
                                           "write to."),
                                 from_wx(to_wx(folder)), error.message())));
        return false;
    }
    profiles_folder_ = folder;
    ProgressDialog progress(to_wx(model::tr("Exporting one-page profiles")), to_wx(model::tr("Starting…")),
                            frame_);
    const auto result =
        write_profiles(store, subjects, folder, dialog.format(), progress, dialog.empty_profiles());
    return !result.cancelled && !result.written.empty();
}

bool ExportActions::write_profile(const model::Store& store, const model::Subject& subject,
                                  const std::filesystem::path& file) {
    const wxString failed = to_wx(model::tr("Could not export the one-page profile"));
    try {
        wxBusyCursor busy;
        if (!can_record(failed)) return false;
        const auto result = model::export_profile(store, templates_, subject.kind, subject.id, file);
        if (!record({model::export_event(
                        &subject, "profile",
                        model::export_format(file, {model::ExportFormat::Pdf, model::ExportFormat::Html}))},
                    {file}, failed))
            return false;
        tell(to_wx(result.summary));
        if (!result.warning.empty())
            reporter_.report(to_wx(model::tr("Profile too long for one page")), to_wx(result.warning));
        return true;
    } catch (const pcr::Error& error) {
        reporter_.report(failed, to_wx(std::string(error.what())));
        return false;
    }
}

bool ExportActions::write_record(const model::Store& store, const model::Subject& subject,
                                 const model::Date& today, const std::filesystem::path& file) {
    const wxString failed = to_wx(model::tr("Could not export the whole record"));
    try {
        wxBusyCursor busy;
        if (!can_record(failed)) return false;
        const auto result = model::export_record(store, templates_, subject.kind, subject.id, today, file);
        if (!record({model::export_event(
                        &subject, "record",
                        model::export_format(file, {model::ExportFormat::Pdf, model::ExportFormat::Html,
                                                    model::ExportFormat::Xml}))},
                    {file}, failed))
            return false;
        tell(to_wx(result.summary));
        return true;
    } catch (const pcr::Error& error) {
        reporter_.report(failed, to_wx(std::string(error.what())));
        return false;
    }
}

bool ExportActions::write_report(const model::Store& store, const model::Workbook& workbook,
                                 const model::Date& date, const std::filesystem::path& file) {
    const wxString failed = to_wx(model::tr("Could not export the workbook report"));
    try {
        wxBusyCursor busy;
        if (!can_record(failed)) return false;
        const auto result = model::export_report(store, templates_, workbook, date, file);
        if (!record({model::export_event(
                        nullptr, "report",
                        model::export_format(file, {model::ExportFormat::Pdf, model::ExportFormat::Html,
                                                    model::ExportFormat::Csv}))},
                    {file}, failed))
            return false;
        tell(to_wx(result.summary));
        return true;
    } catch (const pcr::Error& error) {
        reporter_.report(failed, to_wx(std::string(error.what())));
        return false;
    }
}

model::BulkExportResult ExportActions::write_profiles(const model::Store& store,
                                                      const std::vector<model::Subject>& subjects,
                                                      const std::filesystem::path& folder,
                                                      model::ExportFormat format, model::Progress& progress,
                                                      model::EmptyProfiles empty) {
    model::BulkExportResult result;
    const wxString failed = to_wx(model::tr("Could not export the one-page profiles"));
    if (!can_record(failed)) return result;
    try {
        result = model::export_profiles(store, templates_, subjects, folder, format, progress, empty);
    } catch (const pcr::Error& error) {
        reporter_.report(failed, to_wx(std::string(error.what())));
        return result;
    }
    if (!record(model::bulk_export_events(subjects, result, format), result.written, failed)) {
        result.written.clear();
        return result;
    }
    const wxString summary = to_wx(result.summary());
    tell(summary);
    wxString text = summary + ".";
    if (!result.skipped.empty()) text += "\n\n" + to_wx(result.skipped_summary()) + ".";
    if (!result.warnings.empty()) {
        text +=
            "\n\n" + to_wx(model::fill_in(model::tr_n("{1} profile is too long for one page; it shows a "
                                                      "\"continued in the full record\" mark:",
                                                      "{1} profiles are too long for one page; each shows a "
                                                      "\"continued in the full record\" mark:",
                                                      result.warnings.size()),
                                          result.warnings.size()));
        const size_t shown = std::min<size_t>(result.warnings.size(), 10);
        for (size_t i = 0; i < shown; ++i) text += "\n" + to_wx(result.warnings[i]);
        if (shown < result.warnings.size())
            text += "\n" + to_wx(model::fill_in(model::tr("… and {1} more"), result.warnings.size() - shown));
    }
    const wxString where = to_wx(folder);
    reporter_.done(
        to_wx(result.cancelled ? model::tr("Export stopped") : model::tr("One-page profiles exported")), text,
        to_wx(model::tr("&Open folder")), [where] {
            // The file manager on the folder; a browser's file view where there is none.
            if (!wxLaunchDefaultApplication(where)) wxLaunchDefaultBrowser("file://" + where);
        });
    return result;
}

std::unique_ptr<PagePrintout> ExportActions::profile_printout(const model::Store& store,
                                                              const model::Subject& subject) {
    try {
        auto page = std::make_shared<model::ProfilePage>(
            model::profile_page(store, templates_, subject.kind, subject.id));
        auto printout = std::make_unique<PagePrintout>(
            to_wx(model::fill_in(model::tr("{1} - one-page profile"), page->heading())), 1, model::kA4WidthPt,
            model::kA4HeightPt, [page](cairo_t* cr, int) {
                model::draw_profile(cr, model::kA4WidthPt, model::kA4HeightPt, *page);
            });
        printout->on_printed([this, printed = model::AuditEvent{model::AuditAction::Print, subject.kind,
                                                                subject.id, "profile"}] {
            // Printed already: nothing to take back if the trail cannot take it, only to say so.
            record({printed}, {}, to_wx(model::tr("Could not add the print to the audit trail")));
        });
        return printout;
    } catch (const pcr::Error& error) {
        reporter_.report(to_wx(model::tr("Could not print the one-page profile")),
                         to_wx(std::string(error.what())));
        return nullptr;
    }
}

std::unique_ptr<PagePrintout> ExportActions::report_printout(const model::Store& store,
                                                             const model::Workbook& workbook,
                                                             const model::Date& date) {
    try {
        auto report = std::make_shared<model::WorkbookReport>(
            model::workbook_report(store, workbook, date, &templates_));
        auto pages = std::make_shared<model::ReportPages>(*report, model::kA4WidthPt, model::kA4HeightPt);
        auto printout = std::make_unique<PagePrintout>(
            to_wx(workbook.title) + " " + date_text(date), pages->count(), model::kA4WidthPt,
            model::kA4HeightPt, [report, pages](cairo_t* cr, int index) { pages->draw(cr, index); });
        printout->on_printed([this] {
            record({model::AuditEvent{model::AuditAction::Print, std::nullopt, {}, "report"}}, {},
                   to_wx(model::tr("Could not add the print to the audit trail")));
        });
        return printout;
    } catch (const pcr::Error& error) {
        reporter_.report(to_wx(model::tr("Could not print the workbook summary")),
                         to_wx(std::string(error.what())));
        return nullptr;
    }
}

void ExportActions::print(std::unique_ptr<PagePrintout> printout) {
    if (!printout) return;
    wxPrintDialogData data(print_data());
    wxPrinter printer(&data);
    if (printer.Print(frame_, printout.get(), true)) {
        print_data() = printer.GetPrintDialogData().GetPrintData();
        tell(to_wx(model::fill_in(model::tr("Sent {1} to the printer"), from_wx(printout->GetTitle()))));
    } else if (wxPrinter::GetLastError() == wxPRINTER_ERROR) {
        reporter_.report(to_wx(model::tr("Could not print")),
                         to_wx(model::tr("The printer reported a problem. Check it is switched on and "
                                         "connected, or export a PDF instead.")));
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
        reporter_.report(to_wx(model::tr("Could not show the print preview")),
                         to_wx(model::tr("No printer is set up for previews. Export a PDF instead.")));
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
