// The SQL of a people scope: each limit a subquery over the membership and key_worker indexes.
#include "model/sqlite/people_scope.h"

namespace pcr::model {

namespace {

void bind_if_used(sql::Statement& statement, const char* name, const std::string& value) {
    if (statement.index_of(name) != 0) statement.bind(name, value);
}

}  // namespace

std::string PeopleScope::condition() const {
    std::string sql;
    if (in_teams_of)
        sql +=
            " AND s.subject_key IN (SELECT pm.subject_key FROM subject sw "
            "JOIN membership sm ON sm.subject_key = sw.subject_key "
            "JOIN membership pm ON pm.team_key = sm.team_key "
            "WHERE sw.kind = :scope_staff_kind AND sw.ext_id = :scope_teams_of)";
    if (key_worked_by)
        sql +=
            " AND s.subject_key IN (SELECT kw.person_key FROM subject ks "
            "JOIN key_worker kw ON kw.staff_key = ks.subject_key "
            "WHERE ks.kind = :scope_staff_kind AND ks.ext_id = :scope_key_worker)";
    if (in_team)
        sql +=
            " AND s.subject_key IN (SELECT tm.subject_key FROM subject t "
            "JOIN membership tm ON tm.team_key = t.subject_key "
            "WHERE t.kind = :scope_team_kind AND t.ext_id = :scope_team)";
    return sql;
}

void PeopleScope::bind(sql::Statement& statement) const {
    if (!limits()) return;
    bind_if_used(statement, ":scope_staff_kind", std::string(to_string(SubjectKind::Staff)));
    bind_if_used(statement, ":scope_team_kind", std::string(to_string(SubjectKind::Team)));
    if (in_teams_of) bind_if_used(statement, ":scope_teams_of", *in_teams_of);
    if (key_worked_by) bind_if_used(statement, ":scope_key_worker", *key_worked_by);
    if (in_team) bind_if_used(statement, ":scope_team", *in_team);
}

PeopleScope people_scope(const Principal& acting, SubjectKind kind, CaseloadScope caseload,
                         const std::optional<std::string>& team) {
    PeopleScope scope;
    scope.in_team = team;
    if (kind != SubjectKind::Person) return scope;
    // An empty staff id matches no one: ids are never empty.
    const std::string me = acting.staff_id().value_or(std::string());
    if (acting.sees_own_teams_only() || caseload == CaseloadScope::MyTeams) scope.in_teams_of = me;
    if (caseload == CaseloadScope::MyPeople) scope.key_worked_by = me;
    return scope;
}

}  // namespace pcr::model
