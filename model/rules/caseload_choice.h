// Which caseloads whoever is signed in is offered ("My people", "My teams", "Everyone"), and which one opens.
#pragma once

#include <string>
#include <vector>

#include "model/domain/caseload_scope.h"
#include "model/domain/principal.h"
#include "model/store/subject_store.h"

namespace pcr::model {

class CaseloadChoice {
  public:
    // "My people" and "My teams" for someone with a staff record (whose key worker they are, which teams
    // they are in), then "Everyone" for those who may see every team: managers, administrators and anyone
    // in an open database. Never empty.
    static std::vector<CaseloadScope> offered(const Principal& principal);
    // The first of those that lists anyone, so a key worker opens on their own people, a team member with
    // none opens on their teams, and a manager with neither on everyone; the first offered when all are
    // empty.
    static CaseloadScope opening(const SubjectStore& store, const Principal& principal);
    // "My people", "My teams", "Everyone", in the reader's language.
    static std::string words(CaseloadScope scope);
};

}  // namespace pcr::model
