// Which parts a saved change of a subject or a record is made of.
#include "model/domain/change_summary.h"

namespace pcr::model {

std::vector<ChangePart> describe_subject_change(const Subject& before, const Subject& after) {
    std::vector<ChangePart> parts;
    const auto add = [&](ChangeWhat what) { parts.push_back(ChangePart{what, 0, {}, std::nullopt}); };
    if (before.name != after.name) add(ChangeWhat::NameChanged);
    if (before.preferred_name != after.preferred_name)
        add(before.preferred_name.empty()  ? ChangeWhat::PreferredNameAdded
            : after.preferred_name.empty() ? ChangeWhat::PreferredNameRemoved
                                           : ChangeWhat::PreferredNameChanged);
    if (before.born != after.born)
        add(!before.born  ? ChangeWhat::BornAdded
            : !after.born ? ChangeWhat::BornRemoved
                          : ChangeWhat::BornChanged);
    if (before.status != after.status)
        add(after.status == Status::Archived ? ChangeWhat::Archived : ChangeWhat::MadeActive);
    return parts;
}

std::vector<ChangePart> describe_new_record(const Record& record) {
    std::vector<ChangePart> parts{
        ChangePart{ChangeWhat::RecordAdded, static_cast<int>(record.sections.size()), {}, std::nullopt}};
    if (record.reviewed) parts.push_back(ChangePart{ChangeWhat::Reviewed, 0, {}, record.reviewed});
    return parts;
}

void ChangeSummary::section_text(const std::string& section, const std::string& before,
                                 const std::string& after) {
    if (before == after) return;
    texts_.push_back(ChangePart{before.empty()  ? ChangeWhat::SectionTextAdded
                                : after.empty() ? ChangeWhat::SectionTextRemoved
                                                : ChangeWhat::SectionTextChanged,
                                0, section, std::nullopt});
}

void ChangeSummary::reviewed(const std::optional<Date>& before, const std::optional<Date>& after) {
    if (before == after) return;
    review_ = after ? ChangePart{ChangeWhat::Reviewed, 0, {}, after}
                    : ChangePart{ChangeWhat::ReviewRemoved, 0, {}, std::nullopt};
}

bool ChangeSummary::empty() const {
    return added_ == 0 && changed_ == 0 && removed_ == 0 && !layout_ && texts_.empty() && !review_;
}

std::vector<ChangePart> ChangeSummary::parts() const {
    std::vector<ChangePart> parts;
    const auto count = [&](int n, ChangeWhat what) {
        if (n > 0) parts.push_back(ChangePart{what, n, {}, std::nullopt});
    };
    count(added_, ChangeWhat::EntriesAdded);
    count(changed_, ChangeWhat::EntriesChanged);
    count(removed_, ChangeWhat::EntriesRemoved);
    parts.insert(parts.end(), texts_.begin(), texts_.end());
    if (parts.empty() && layout_) parts.push_back(ChangePart{ChangeWhat::LayoutChanged, 0, {}, std::nullopt});
    if (review_) parts.push_back(*review_);
    return parts;
}

}  // namespace pcr::model
