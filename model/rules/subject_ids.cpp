// Picks the next free id for a new person or staff member.
#include "model/rules/subject_ids.h"

#include <algorithm>
#include <cstdint>

namespace pcr::model {

namespace {

constexpr std::size_t kMinDigits = 5;
// Longer runs of digits would overflow; no real caseload numbers people that far.
constexpr std::size_t kMaxDigits = 15;

}  // namespace

std::string next_subject_id(SubjectKind kind, const std::vector<std::string>& taken) {
    if (kind == SubjectKind::Team) return std::string(kTeamId);
    const std::string prefix = kind == SubjectKind::Staff ? "S-" : "P-";
    std::uint64_t highest = 0;
    std::size_t width = kMinDigits;
    for (const auto& id : taken) {
        if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string digits = id.substr(prefix.size());
        if (digits.size() > kMaxDigits ||
            !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        highest = std::max<std::uint64_t>(highest, std::stoull(digits));
        width = std::max(width, digits.size());
    }
    std::string number = std::to_string(highest + 1);
    if (number.size() < width) number.insert(0, width - number.size(), '0');
    return prefix + number;
}

std::string next_subject_id(const Store& store, SubjectKind kind) {
    SubjectQuery everyone;
    everyone.include_archived = true;
    std::vector<std::string> taken;
    for (const auto& subject : store.subjects(kind, everyone)) taken.push_back(subject.id);
    return next_subject_id(kind, taken);
}

}  // namespace pcr::model
