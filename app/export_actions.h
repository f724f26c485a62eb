// The app's Export and Print commands: where to write, progress for many files, and what was written, over
// the model's exporters (which do the work and are tested without a display).
#pragma once

#include <wx/frame.h>
#include <wx/prntbase.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

#include "app/error_reporter.h"
#include "app/printing/page_printout.h"
#include "model/core/date.h"
#include "model/core/progress.h"
#include "model/domain/template_registry.h"
#include "model/domain/workbook.h"
#include "model/export/bulk_export.h"
#include "model/export/exporter.h"
#include "model/store/store.h"

namespace pcr::app {

class ExportActions {
  public:
    // Where exports and prints are recorded: the open store, in its audit trail (null: none open).
    using AuditSource = std::function<model::Store*()>;

    // Messages go to `reporter`; what was written goes to `frame`'s status bar, and after a bulk export to
    // `reporter` too, with an Open folder button. Each file written and each print goes in `audit`'s trail:
    // who (the store's principal), whose record, which document and format.
    ExportActions(wxFrame* frame, const model::TemplateRegistry& templates, ErrorReporter& reporter,
                  AuditSource audit);

    // Asks for a file (PDF or HTML; the record also as XML), then writes it. False when cancelled or failed.
    bool export_profile(const model::Store& store, const model::Subject& subject);
    bool export_record(const model::Store& store, const model::Subject& subject, const model::Date& today);
    bool export_report(const model::Store& store, const model::Workbook& workbook, const model::Date& date);
    // Asks for a folder, a format and whether to include people with no profile, then writes the profiles
    // with a progress dialog.
    bool export_profiles(const model::Store& store, const std::vector<model::Subject>& subjects);

    // The same without asking: write to `file` (the format from its extension) and tell the result.
    bool write_profile(const model::Store& store, const model::Subject& subject,
                       const std::filesystem::path& file);
    bool write_record(const model::Store& store, const model::Subject& subject, const model::Date& today,
                      const std::filesystem::path& file);
    bool write_report(const model::Store& store, const model::Workbook& workbook, const model::Date& date,
                      const std::filesystem::path& file);
    model::BulkExportResult write_profiles(const model::Store& store,
                                           const std::vector<model::Subject>& subjects,
                                           const std::filesystem::path& folder, model::ExportFormat format,
                                           model::Progress& progress,
                                           model::EmptyProfiles empty = model::EmptyProfiles::Skip);

    // The one-page profile (one page) and the workbook report (its pages) as printouts; null after saying why
    // when they cannot be made.
    std::unique_ptr<PagePrintout> profile_printout(const model::Store& store, const model::Subject& subject);
    std::unique_ptr<PagePrintout> report_printout(const model::Store& store, const model::Workbook& workbook,
                                                  const model::Date& date);
    // File > Print shows the system's print dialog; Print Preview opens a preview window.
    void print(std::unique_ptr<PagePrintout> printout);
    void preview(std::unique_ptr<PagePrintout> printout);

  private:
    void tell(const wxString& status);
    // Whether the audit trail can take an export now, waiting as a save does; false after saying why (under
    // `title`), before any file is written.
    bool can_record(const wxString& title);
    // Adds `events` to the audit trail for the `files` just written. False after saying why (under `title`)
    // when the trail cannot take them: the files are then removed (model/export/export_audit.h).
    bool record(const std::vector<model::AuditEvent>& events, const std::vector<std::filesystem::path>& files,
                const wxString& title);

    wxFrame* frame_;
    const model::TemplateRegistry& templates_;
    ErrorReporter& reporter_;
    AuditSource audit_;
    std::filesystem::path profiles_folder_;  // the last bulk export's, offered again
};

}  // namespace pcr::app
