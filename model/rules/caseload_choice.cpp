// The caseloads offered follow the principal's staff record and whether their role sees every team.
#include "model/rules/caseload_choice.h"

#include "model/core/translate.h"

namespace pcr::model {

std::vector<CaseloadScope> CaseloadChoice::offered(const Principal& principal) {
    std::vector<CaseloadScope> scopes;
    if (principal.staff_id()) scopes = {CaseloadScope::MyPeople, CaseloadScope::MyTeams};
    if (!principal.sees_own_teams_only()) scopes.push_back(CaseloadScope::Everyone);
    // A support worker with no staff record sees nobody; the store says so, and there is still one choice.
    if (scopes.empty()) scopes.push_back(CaseloadScope::MyTeams);
    return scopes;
}

CaseloadScope CaseloadChoice::opening(const SubjectStore& store, const Principal& principal) {
    const auto scopes = offered(principal);
    for (const CaseloadScope scope : scopes) {
        SubjectQuery query;
        query.caseload = scope;
        // Counted, not listed: opening a caseload of thousands should not read them all to choose.
        if (scope == CaseloadScope::Everyone || store.count_subjects(SubjectKind::Person, query) > 0)
            return scope;
    }
    return scopes.front();
}

std::string CaseloadChoice::words(CaseloadScope scope) {
    switch (scope) {
        case CaseloadScope::MyPeople:
            return tr("My people");
        case CaseloadScope::MyTeams:
            return tr("My teams");
        case CaseloadScope::Everyone:
            break;
    }
    return tr("Everyone");
}

}  // namespace pcr::model
