// One-page profiles for many people at once into a folder, reporting progress and stopping when cancelled.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/core/progress.h"
#include "model/export/exporter.h"

namespace pcr::model {

struct BulkExportResult {
    std::vector<std::filesystem::path> written;  // whole files, in the order written
    std::vector<std::string> warnings;  // "P-0001 Mo: 'How best to support me' continues in the full record"
    bool cancelled = false;             // stopped before the last subject because progress asked to
};

// A file name for a subject's export: "P-0001 Mo Khan.pdf", with characters no file system takes replaced.
std::string export_file_name(const Subject& subject, ExportFormat format);

// Writes the one-page profile of each of `subjects` (PDF or HTML) into `folder`, one whole file each.
// Progress is reported after every file; when it asks to cancel, the export stops after the file in hand, so
// the folder holds only whole files.
BulkExportResult export_profiles(const Store& store, const TemplateRegistry& templates,
                                 const std::vector<Subject>& subjects, const std::filesystem::path& folder,
                                 ExportFormat format, Progress& progress);

}  // namespace pcr::model
