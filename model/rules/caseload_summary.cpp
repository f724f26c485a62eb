// Per-subject completeness totals, built on the same per-record statuses as coverage.
#include "model/rules/caseload_summary.h"

namespace pcr::model {

std::map<std::string, SubjectSummary> summarize_caseload(const Store& store,
                                                         const TemplateRegistry& templates, SubjectKind kind,
                                                         const Date& today) {
    const int tools = static_cast<int>(templates.tools_for(kind).size());
    std::map<std::string, SubjectSummary> summaries;
    for (const Subject& subject : store.subjects(kind)) summaries[subject.id].tools = tools;
    store.judge_by(templates);
    for (const auto& [id, tally] : store.tally_by_subject(kind, today, CaseloadScope::Everyone)) {
        SubjectSummary& summary = summaries[id];
        summary.tools = tools;
        summary.with_record = static_cast<int>(tally.with_record);
        summary.complete_and_current = static_cast<int>(tally.complete_and_current);
    }
    return summaries;
}

}  // namespace pcr::model
