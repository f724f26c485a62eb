// Which parts a saved change of a subject or a record is made of.
#include "model/domain/change_summary.h"

#include <algorithm>

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

namespace {

// Counts what was added, changed and removed between two lists matched by position.
template <class T>
void count_list(const std::vector<T>& before, const std::vector<T>& after, ChangeWhat added,
                ChangeWhat changed, ChangeWhat removed, std::vector<ChangePart>& parts) {
    const std::size_t common = std::min(before.size(), after.size());
    int differ = 0;
    for (std::size_t i = 0; i < common; ++i)
        if (!(before[i] == after[i])) ++differ;
    const auto add = [&](ChangeWhat what, std::size_t n) {
        if (n > 0) parts.push_back(ChangePart{what, static_cast<int>(n), {}, std::nullopt});
    };
    add(added, after.size() - common);
    add(changed, static_cast<std::size_t>(differ));
    add(removed, before.size() - common);
}

}  // namespace

std::vector<ChangePart> describe_assessment_change(const WorkbookAssessment* before,
                                                   const WorkbookAssessment& after) {
    std::vector<ChangePart> parts;
    if (!before) {
        parts.push_back(ChangePart{
            ChangeWhat::AssessmentStarted, static_cast<int>(after.scores.size()), {}, std::nullopt});
        count_list({}, after.actions, ChangeWhat::ActionsAdded, ChangeWhat::ActionsChanged,
                   ChangeWhat::ActionsRemoved, parts);
        count_list({}, after.plans, ChangeWhat::PlansAdded, ChangeWhat::PlansChanged,
                   ChangeWhat::PlansRemoved, parts);
        if (after.participation != Participation::Unsaid)
            parts.push_back(ChangePart{ChangeWhat::ParticipationSet, 0,
                                       std::string(to_string(after.participation)), std::nullopt});
        return parts;
    }
    int levels = 0, notes = 0, evidence = 0;
    for (const auto& score : after.scores) {
        const auto was = std::find_if(before->scores.begin(), before->scores.end(),
                                      [&](const TopicScore& s) { return s.topic == score.topic; });
        const TopicScore none{score.topic, std::nullopt, {}, std::nullopt};
        const TopicScore& old = was == before->scores.end() ? none : *was;
        if (old.level != score.level) ++levels;
        if (old.note != score.note) ++notes;
        if (old.evidence != score.evidence) ++evidence;
    }
    for (const auto& score : before->scores)
        if (std::none_of(after.scores.begin(), after.scores.end(),
                         [&](const TopicScore& s) { return s.topic == score.topic; })) {
            if (score.level) ++levels;
            if (!score.note.empty()) ++notes;
        }
    const auto count = [&](ChangeWhat what, int n) {
        if (n > 0) parts.push_back(ChangePart{what, n, {}, std::nullopt});
    };
    count(ChangeWhat::LevelsChanged, levels);
    count(ChangeWhat::NotesChanged, notes);
    count(ChangeWhat::EvidenceChanged, evidence);
    count_list(before->actions, after.actions, ChangeWhat::ActionsAdded, ChangeWhat::ActionsChanged,
               ChangeWhat::ActionsRemoved, parts);
    count_list(before->plans, after.plans, ChangeWhat::PlansAdded, ChangeWhat::PlansChanged,
               ChangeWhat::PlansRemoved, parts);
    if (before->participation != after.participation)
        parts.push_back(ChangePart{ChangeWhat::ParticipationSet, 0,
                                   std::string(to_string(after.participation)), std::nullopt});
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
