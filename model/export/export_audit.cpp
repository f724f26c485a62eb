// Audit entries of exports, shared by the app (the command line words the same details).
#include "model/export/export_audit.h"

#include <set>

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

}  // namespace pcr::model
