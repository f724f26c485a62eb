// Which people a read may return, as SQL: the principal's own teams, a caseload, or one team.
#pragma once

#include <optional>
#include <string>

#include "model/domain/caseload_scope.h"
#include "model/domain/principal.h"
#include "model/domain/subject.h"
#include "model/sql/statement.h"

namespace pcr::model {

// Each limit set narrows the subjects a query over `subject s` returns; none set lets every one through.
struct PeopleScope {
    std::optional<std::string> in_teams_of;    // people in a team this staff member belongs to
    std::optional<std::string> key_worked_by;  // people whose key worker is this staff member
    std::optional<std::string> in_team;        // people or staff of this team

    // The limits as SQL to add to a WHERE clause over `subject s` (" AND ..."), or "" when there are none.
    // Values are named parameters, bound by bind().
    std::string condition() const;
    void bind(sql::Statement& statement) const;
    bool limits() const { return in_teams_of || key_worked_by || in_team; }
};

// What `acting` may see of `kind`, narrowed to `caseload` and `team`. A support worker or senior sees only
// the people of their own teams (none when their account has no staff record); everyone else sees every team.
// Caseloads narrow people only: "my people" and "my teams" of a principal with no staff record are empty.
PeopleScope people_scope(const Principal& acting, SubjectKind kind,
                         CaseloadScope caseload = CaseloadScope::Everyone,
                         const std::optional<std::string>& team = std::nullopt);

}  // namespace pcr::model
