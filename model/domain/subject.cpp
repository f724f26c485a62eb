// Names of subject kinds and statuses as stored and exchanged.
#include "model/domain/subject.h"

namespace pcr::model {

std::string_view to_string(SubjectKind kind) {
    switch (kind) {
        case SubjectKind::Person:
            return "person";
        case SubjectKind::Staff:
            return "staff";
        case SubjectKind::Team:
            return "team";
    }
    return "person";
}

std::optional<SubjectKind> subject_kind_from_string(std::string_view t) {
    if (t == "person") return SubjectKind::Person;
    if (t == "staff") return SubjectKind::Staff;
    if (t == "team") return SubjectKind::Team;
    return std::nullopt;
}

std::string_view to_string(Status status) {
    return status == Status::Active ? "active" : "archived";
}

std::optional<Status> status_from_string(std::string_view t) {
    if (t == "active") return Status::Active;
    if (t == "archived") return Status::Archived;
    return std::nullopt;
}

namespace {

// Hebrew, Arabic, Syriac, Thaana and N'Ko: the UTF-8 lead bytes of U+0590-U+07FF, less Armenian's.
bool right_to_left(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c >= 0xd7 && c <= 0xdf) ||
            (c == 0xd6 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x90))
            return true;
    }
    return false;
}

}  // namespace

std::string heading_name(const Subject& subject) {
    if (subject.preferred_name.empty() || subject.preferred_name == subject.name) return subject.name;
    if (right_to_left(subject.preferred_name) && !right_to_left(subject.name))
        return "\u200e\u2068" + subject.preferred_name + "\u2069 (" + subject.name + ")";
    return subject.preferred_name + " (" + subject.name + ")";
}

}  // namespace pcr::model
