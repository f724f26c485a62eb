// Ids for people and staff added in the app: the next free "P-00042" / "S-00007" after those in use.
#pragma once

#include <string>
#include <vector>

#include "model/domain/subject.h"
#include "model/store/store.h"

namespace pcr::model {

// The id after the highest "<P or S>-<digits>" among `taken` (ids in other forms are ignored, so a provider's
// own scheme never collides: the result is never one of `taken`). Digits are zero-padded to the widest such
// id already used, at least 5; the first id is P-00001 (S-00001 for staff). The team has the one id "team".
std::string next_subject_id(SubjectKind kind, const std::vector<std::string>& taken);

// The same over every subject of the kind in the store, archived ones included.
std::string next_subject_id(const Store& store, SubjectKind kind);

}  // namespace pcr::model
