// Per-subject completeness totals, built on the same per-record statuses as coverage.
#include "model/rules/caseload_summary.h"

#include "model/rules/record_statuses.h"

namespace pcr::model {

std::map<std::string, SubjectSummary> summarize_caseload(const Store& store,
                                                         const TemplateRegistry& templates, SubjectKind kind,
                                                         const Date& today) {
    const int tools = static_cast<int>(templates.tools_for(kind).size());
    std::map<std::string, SubjectSummary> summaries;
    for (const Subject& subject : store.subjects(kind)) summaries[subject.id].tools = tools;
    for_each_status(
        store, templates, kind, today,
        [&](const Subject& subject, const ToolTemplate&, const Record&, const RecordStatus& status) {
            SubjectSummary& summary = summaries[subject.id];
            summary.tools = tools;
            ++summary.with_record;
            if (status.complete && status.current) ++summary.complete_and_current;
        });
    return summaries;
}

}  // namespace pcr::model
