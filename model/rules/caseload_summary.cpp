// Per-subject completeness totals, built on the same per-record statuses as coverage.
#include "model/rules/caseload_summary.h"

namespace pcr::model {

SubjectSummary CaseloadSummary::of(const std::string& id) const {
    SubjectSummary summary;
    summary.tools = tools;
    if (const auto it = tallies.find(id); it != tallies.end()) {
        summary.with_record = static_cast<int>(it->second.with_record);
        summary.complete_and_current = static_cast<int>(it->second.complete_and_current);
    }
    return summary;
}

CaseloadSummary summarize_caseload(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                                   const Date& today) {
    CaseloadSummary summary;
    summary.tools = static_cast<int>(templates.tools_for(kind).size());
    store.judge_by(templates);
    summary.tallies = store.tally_by_subject(kind, today, CaseloadScope::Everyone);
    return summary;
}

}  // namespace pcr::model
