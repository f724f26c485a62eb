// A record signed off: who vouched for which version of it, when, and what they said.
#pragma once

#include <string>

#include "model/domain/subject.h"

namespace pcr::model {

struct SignOff {
    SubjectKind kind = SubjectKind::Person;
    std::string subject;  // the subject's id
    std::string tool;
    int version = 0;  // the version of the record signed off
    std::string who;
    std::string when;        // UTC, "YYYY-MM-DDTHH:MM:SSZ"
    std::string comment;     // empty when none was given
    int record_version = 0;  // the record's version when the sign-off was read, so a list needs no record

    // Whether the record has changed since: it is now at a later version than the one signed off.
    bool outdated_by(int record_version) const { return record_version > version; }
};

}  // namespace pcr::model
