// Export by file name: picks the format from the extension and writes whole files (CLI and app share this).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/core/date.h"
#include "model/domain/template_registry.h"
#include "model/domain/workbook.h"
#include "model/store/store.h"

namespace pcr::model {

enum class ExportFormat { Pdf, Html, Xml, Csv };

// The format for `file`'s extension (in any case; .htm is .html) among `allowed`; throws pcr::UserError
// naming the file and the allowed extensions ("use .pdf or .html") otherwise.
ExportFormat export_format(const std::filesystem::path& file, const std::vector<ExportFormat>& allowed);
// ".pdf", ".html", ".xml", ".csv".
std::string_view file_extension(ExportFormat format);

// Writes `text` (HTML, CSV, XML) to `file` whole or not at all; throws pcr::UserError naming the file when it
// cannot be written.
void write_text_export(const std::filesystem::path& file, const std::string& text);

// What an export wrote, for the status bar and the command line.
struct ExportResult {
    std::filesystem::path file;
    int pages = 0;        // PDF only
    std::string warning;  // e.g. a profile too long for one page; empty when none
    // What was written and where, in a sentence for the user: "Wrote Mo's one-page profile to
    // /home/ann/mo.pdf", "Wrote Mo's whole record to /home/ann/mo-record.pdf (3 pages)".
    std::string summary;
};

// A person's or staff member's one-page profile as .pdf or .html.
ExportResult export_profile(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                            const std::string& id, const std::filesystem::path& file);
// Everything about one subject as .pdf or .html, or as the interchange file of that subject alone (.xml).
ExportResult export_record(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                           const std::string& id, const Date& today, const std::filesystem::path& file);
// The workbook report as .pdf or .html, or its scores as .csv (latest assessment unless `date` is given).
ExportResult export_report(const Store& store, const TemplateRegistry& templates, const Workbook& workbook,
                           const std::optional<Date>& date, const std::filesystem::path& file);

}  // namespace pcr::model
