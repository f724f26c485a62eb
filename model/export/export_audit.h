// What the audit trail records of an export or a print: whose record, which document, which format.
#pragma once

#include <string>
#include <vector>

#include "model/domain/audit_entry.h"
#include "model/domain/subject.h"
#include "model/export/bulk_export.h"
#include "model/export/exporter.h"

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

}  // namespace pcr::model
