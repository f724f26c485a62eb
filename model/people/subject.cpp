// Names of subject kinds and statuses as stored and exchanged.
#include "model/people/subject.h"

namespace pcr::model {

std::string_view to_string(SubjectKind kind) {
    switch (kind) {
        case SubjectKind::Person: return "person";
        case SubjectKind::Staff: return "staff";
        case SubjectKind::Team: return "team";
    }
    return "person";
}

std::optional<SubjectKind> subject_kind_from_string(std::string_view t) {
    if (t == "person") return SubjectKind::Person;
    if (t == "staff") return SubjectKind::Staff;
    if (t == "team") return SubjectKind::Team;
    return std::nullopt;
}

std::string_view to_string(Status status) { return status == Status::Active ? "active" : "archived"; }

std::optional<Status> status_from_string(std::string_view t) {
    if (t == "active") return Status::Active;
    if (t == "archived") return Status::Archived;
    return std::nullopt;
}

}  // namespace pcr::model
