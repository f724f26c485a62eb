// The change log in SQLite: one row per change with who and when, and one row per part of what changed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/domain/change.h"
#include "model/sqlite/database.h"

namespace pcr::model {

// What a change is to, for its entry in the audit trail: a subject (kind and id) and, for one of its records,
// the tool; or no subject and the workbook and day of an assessment as `detail`.
struct ChangeTarget {
    std::optional<SubjectKind> kind;
    std::string subject;
    std::string detail;
};

// Writes a change stamped `who` and `when` with its parts, and its entry in the audit trail, inside the
// caller's transaction (so neither is ever kept without the other); returns its change number.
std::int64_t write_change(Database& db, const std::string& who, const std::string& when,
                          const ChangeTarget& target, const std::vector<ChangePart>& parts);

// The parts of a change. A change written before parts were kept has none of its own: its stored words come
// back as one ChangeWhat::Words part.
std::vector<ChangePart> read_change_parts(Database& db, std::int64_t change_no, const std::string& summary);

}  // namespace pcr::model
