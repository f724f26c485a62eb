// What the audit trail records of an export or a print (whose record, which document, which format), and the
// rule that no exported file is left without its entry.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/domain/audit_entry.h"
#include "model/domain/subject.h"
#include "model/export/bulk_export.h"
#include "model/export/exporter.h"
#include "model/store/store.h"

namespace pcr::model {

// "profile pdf", "record xml", "report csv": the detail an Export entry carries, as the command line writes
// it.
std::string export_detail(const std::string& document, ExportFormat format);

// The Export entry for one subject's `document` written as `format` (a report: no subject).
AuditEvent export_event(const Subject* subject, const std::string& document, ExportFormat format);

// One Export entry for each profile a bulk export of `subjects` wrote: those skipped were not written, and a
// stop leaves the rest unwritten.
std::vector<AuditEvent> bulk_export_events(const std::vector<Subject>& subjects,
                                           const BulkExportResult& result, ExportFormat format);

// The Export entries of a whole interchange export that wrote `written` (kind and id, as
// InterchangeFileWriter::written gives them): one for each person, staff member and the default team, whose
// records left the database; other teams hold no records.
std::vector<AuditEvent> interchange_export_events(
    const std::vector<std::pair<SubjectKind, std::string>>& written);

// Waits, as a save does, until the audit trail of `store` can be written, so that an export its trail could
// not record is refused (pcr::StorageError naming who holds the database) before any file is written. A
// read-only store is not waited for: nothing can be recorded in it (record_export says so).
void wait_until_exports_can_be_recorded(Store& store);

// Records `events` for the `files` an export has just written. When the trail cannot take them, the files are
// removed, so no copy of records is left that the trail does not show, and pcr::StorageError says so. Returns
// false, the files kept, when `store` is read-only: its trail can record nothing, which the caller tells.
bool record_export(Store& store, const std::vector<AuditEvent>& events,
                   const std::vector<std::filesystem::path>& files);

// What to tell the user when record_export returned false.
std::string read_only_export_words();

}  // namespace pcr::model
