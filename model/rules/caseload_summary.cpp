// Per-subject completeness totals, built on the same per-record statuses as coverage.
#include "model/rules/caseload_summary.h"

namespace pcr::model {

CaseloadSummary::CaseloadSummary(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                                 const Date& today)
    : store_(&store), kind_(kind), today_(today), tools_(static_cast<int>(templates.tools_for(kind).size())) {
    store.judge_by(templates);
}

void CaseloadSummary::read(const std::vector<std::string>& ids) {
    if (!store_) return;
    std::vector<std::string> missing;
    for (const std::string& id : ids)
        if (!has(id)) missing.push_back(id);
    if (missing.empty()) return;
    auto found = store_->tally_by_subject(kind_, today_, missing);
    for (const std::string& id : missing) read_.emplace(id, found[id]);
}

SubjectSummary CaseloadSummary::of(const std::string& id) {
    if (!has(id)) read({id});
    SubjectSummary summary;
    summary.tools = tools_;
    if (const auto it = read_.find(id); it != read_.end()) {
        summary.with_record = static_cast<int>(it->second.with_record);
        summary.complete_and_current = static_cast<int>(it->second.complete_and_current);
    }
    return summary;
}

}  // namespace pcr::model
