// One-page profiles for many people at once into a folder, reporting progress and stopping when cancelled.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/core/progress.h"
#include "model/export/exporter.h"

namespace pcr::model {

// Whether a bulk export writes a page for someone with no one-page profile (none kept, or nothing written in
// it, as the dashboard counts them): an empty page says only "nothing written yet", so by default they are
// skipped and named instead.
enum class EmptyProfiles { Skip, Include };

struct BulkExportResult {
    std::filesystem::path folder;
    long listed = 0;                             // subjects asked for
    std::vector<std::filesystem::path> written;  // whole files, in the order written
    std::vector<Subject> skipped;                // no one-page profile, left out (EmptyProfiles::Skip)
    std::vector<std::string> warnings;  // "P-0001 Mo: 'How best to support me' continues in the full record"
    bool cancelled = false;             // stopped before the last subject because progress asked to

    // What was done, for the user: "Wrote 301 one-page profiles to /home/ann/profiles", or when cancelled
    // "Stopped after 40 of 301: wrote 38 one-page profiles to /home/ann/profiles".
    std::string summary() const;
    // Who was skipped: "Skipped 2 people with no one-page profile: Mo Khan (P-0002), Siân Rhys (P-0007)",
    // the first ten named and the rest counted; empty when nobody was.
    std::string skipped_summary() const;
};

// A file name for a subject's export: "P-0001 Mo Khan.pdf", with characters no file system takes replaced.
std::string export_file_name(const Subject& subject, ExportFormat format);

// Writes the one-page profile of each of `subjects` (PDF or HTML) into `folder`, one whole file each; those
// with no profile are skipped unless `empty` says to include them. Progress is reported after every subject;
// when it asks to cancel, the export stops after the file in hand, so the folder holds only whole files.
BulkExportResult export_profiles(const Store& store, const TemplateRegistry& templates,
                                 const std::vector<Subject>& subjects, const std::filesystem::path& folder,
                                 ExportFormat format, Progress& progress,
                                 EmptyProfiles empty = EmptyProfiles::Skip);

}  // namespace pcr::model
