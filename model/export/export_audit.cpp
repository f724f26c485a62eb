// Audit entries of exports, shared by the app (the command line words the same details).
#include "model/export/export_audit.h"

#include <set>
#include <system_error>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

std::string export_detail(const std::string& document, ExportFormat format) {
    return document + " " + std::string(file_extension(format).substr(1));
}

AuditEvent export_event(const Subject* subject, const std::string& document, ExportFormat format) {
    AuditEvent event{AuditAction::Export, std::nullopt, {}, export_detail(document, format)};
    if (subject) {
        event.kind = subject->kind;
        event.subject = subject->id;
    }
    return event;
}

std::vector<AuditEvent> bulk_export_events(const std::vector<Subject>& subjects,
                                           const BulkExportResult& result, ExportFormat format) {
    std::set<std::string> skipped;
    for (const auto& subject : result.skipped) skipped.insert(subject.id);
    std::vector<AuditEvent> events;
    for (const auto& subject : subjects)
        if (!skipped.count(subject.id) && events.size() < result.written.size())
            events.push_back(export_event(&subject, "profile", format));
    return events;
}

std::vector<AuditEvent> interchange_export_events(
    const std::vector<std::pair<SubjectKind, std::string>>& written) {
    std::vector<AuditEvent> events;
    for (const auto& [kind, id] : written) {
        if (kind == SubjectKind::Team && id != kTeamId) continue;
        events.push_back(
            AuditEvent{AuditAction::Export, kind, id, export_detail("interchange", ExportFormat::Xml)});
    }
    return events;
}

void wait_until_exports_can_be_recorded(Store& store) {
    if (store.read_only()) return;
    // Taken and let go at once: nothing is written, but another program's long write is waited for, and
    // refused with its message, as a save would be.
    store.hold_writes();
}

bool record_export(Store& store, const std::vector<AuditEvent>& events,
                   const std::vector<std::filesystem::path>& files) {
    if (store.read_only()) return false;
    if (events.empty()) return true;
    try {
        store.record_events(events);
    } catch (const StorageError& e) {
        std::error_code ignored;
        for (const auto& file : files) std::filesystem::remove(file, ignored);
        // TRANSLATORS: {1} is why the audit trail could not be written, with advice of its own.
        throw StorageError(
            fill_in(tr("{1} The export's files were removed, so that no copy of the records is "
                       "left that the audit trail does not show."),
                    std::string(e.what())));
    }
    return true;
}

std::string read_only_export_words() {
    return tr("The database is read-only, so its audit trail cannot record this export or print.");
}

}  // namespace pcr::model
