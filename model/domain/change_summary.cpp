// Wording of history lines: counts with the noun on the first, groups separated by semicolons.
#include "model/domain/change_summary.h"

namespace pcr::model {

namespace {

std::string join(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const auto& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

}  // namespace

std::string describe_subject_change(const Subject& before, const Subject& after) {
    std::vector<std::string> parts;
    if (before.name != after.name) parts.push_back("name changed");
    if (before.preferred_name != after.preferred_name)
        parts.push_back(before.preferred_name.empty()  ? "preferred name added"
                        : after.preferred_name.empty() ? "preferred name removed"
                                                       : "preferred name changed");
    if (before.born != after.born)
        parts.push_back(!before.born  ? "date of birth added"
                        : !after.born ? "date of birth removed"
                                      : "date of birth changed");
    if (before.status != after.status)
        parts.push_back(after.status == Status::Archived ? "archived" : "made active again");
    return join(parts, ", ");
}

std::string describe_new_record(const Record& record) {
    const auto n = record.sections.size();
    std::string words =
        n == 0 ? "added, empty" : "added with " + std::to_string(n) + (n == 1 ? " section" : " sections");
    if (record.reviewed) words += "; reviewed " + record.reviewed->iso();
    return words;
}

void ChangeSummary::section_text(const std::string& section, const std::string& before,
                                 const std::string& after) {
    if (before == after) return;
    texts_.push_back(section + (before.empty()  ? " text added"
                                : after.empty() ? " text removed"
                                                : " text changed"));
}

void ChangeSummary::reviewed(const std::optional<Date>& before, const std::optional<Date>& after) {
    if (before == after) return;
    review_ = after ? "reviewed " + after->iso() : "review date removed";
}

bool ChangeSummary::empty() const {
    return added_ == 0 && changed_ == 0 && removed_ == 0 && !layout_ && texts_.empty() && review_.empty();
}

std::string ChangeSummary::words() const {
    std::vector<std::string> counts;
    const auto count = [&](int n, const char* what) {
        if (n == 0) return;
        std::string part = std::to_string(n);
        if (counts.empty()) part += n == 1 ? " entry" : " entries";
        counts.push_back(part + " " + what);
    };
    count(added_, "added");
    count(changed_, "changed");
    count(removed_, "removed");

    std::vector<std::string> groups;
    if (!counts.empty()) groups.push_back(join(counts, ", "));
    for (const auto& text : texts_) groups.push_back(text);
    if (groups.empty() && layout_) groups.push_back("order of sections or entries changed");
    if (!review_.empty()) groups.push_back(review_);
    return join(groups, "; ");
}

}  // namespace pcr::model
