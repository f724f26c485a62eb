// Which people a caseload shows: my people, my teams' people, or everyone I may see.
#pragma once

#include <optional>
#include <string_view>

namespace pcr::model {

// Everyone means everyone the principal may see: a support worker or senior sees only the people of their
// own teams whatever the choice (the store enforces it on every read of people).
enum class CaseloadScope {
    MyPeople,  // the people whose key worker is the principal's staff record
    MyTeams,   // the people in any team the principal's staff record belongs to
    Everyone
};

// "mine", "teams", "all": as the command line takes them.
const char* to_string(CaseloadScope caseload);
std::optional<CaseloadScope> caseload_from_string(std::string_view text);

}  // namespace pcr::model
