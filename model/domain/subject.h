// The people a record belongs to: a person supported, a staff member, or the team.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/core/date.h"

namespace pcr::model {

enum class SubjectKind { Person, Staff, Team };
enum class Status { Active, Archived };

// "person", "staff", "team": the words templates (scope), the database and the interchange file use.
std::string_view to_string(SubjectKind kind);
std::optional<SubjectKind> subject_kind_from_string(std::string_view text);
std::string_view to_string(Status status);
std::optional<Status> status_from_string(std::string_view text);

// A person supported, a staff member, or a team (a service or location). People and staff belong to teams
// (SubjectStore::teams_of); the team with id kTeamId is the default one every database had before there were
// several.
struct Subject {
    SubjectKind kind = SubjectKind::Person;
    std::string id;  // the provider's own id, e.g. "P-0001"; unique per kind
    std::string name;
    std::string preferred_name;  // empty when not given
    std::optional<Date> born;
    Status status = Status::Active;
    // The stored version this was read at; 0 when not read from a store. A save of a version that is no
    // longer the stored one is refused (SubjectStore::save_subject). Not part of equality.
    int version = 0;

    // What to call them: the preferred name when there is one.
    const std::string& display_name() const { return preferred_name.empty() ? name : preferred_name; }
    bool operator==(const Subject& o) const {
        return kind == o.kind && id == o.id && name == o.name && preferred_name == o.preferred_name &&
               born == o.born && status == o.status;
    }
};

// The default team's id: an interchange file's <team> without an id is this one.
inline constexpr std::string_view kTeamId = "team";

// The preferred name first, then the full name when it differs: "Mo (Mohammed Khan)". A right-to-left
// preferred name beside a left-to-right full name is isolated after a left-to-right mark, so the line keeps
// reading "عبدل (Abdul Malik)" on a left-to-right page instead of turning round to "(Abdul Malik) عبدل".
std::string heading_name(const Subject& subject);

}  // namespace pcr::model
