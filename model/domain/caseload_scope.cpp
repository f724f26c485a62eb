// The command line's words for each caseload.
#include "model/domain/caseload_scope.h"

namespace pcr::model {

const char* to_string(CaseloadScope caseload) {
    switch (caseload) {
        case CaseloadScope::MyPeople:
            return "mine";
        case CaseloadScope::MyTeams:
            return "teams";
        default:
            return "all";
    }
}

std::optional<CaseloadScope> caseload_from_string(std::string_view text) {
    for (CaseloadScope caseload : {CaseloadScope::MyPeople, CaseloadScope::MyTeams, CaseloadScope::Everyone})
        if (text == to_string(caseload)) return caseload;
    return std::nullopt;
}

}  // namespace pcr::model
