// The command line's words for each caseload.
#include "model/domain/caseload.h"

namespace pcr::model {

const char* to_string(Caseload caseload) {
    switch (caseload) {
        case Caseload::MyPeople:
            return "mine";
        case Caseload::MyTeams:
            return "teams";
        default:
            return "all";
    }
}

std::optional<Caseload> caseload_from_string(std::string_view text) {
    for (Caseload caseload : {Caseload::MyPeople, Caseload::MyTeams, Caseload::Everyone})
        if (text == to_string(caseload)) return caseload;
    return std::nullopt;
}

}  // namespace pcr::model
