// The stored names of the parts of a change.
#include "model/domain/change.h"

#include <array>
#include <utility>

namespace pcr::model {

namespace {

constexpr std::array<std::pair<ChangeWhat, std::string_view>, 40> kNames{{
    {ChangeWhat::Added, "added"},
    {ChangeWhat::NameChanged, "name-changed"},
    {ChangeWhat::PreferredNameAdded, "preferred-name-added"},
    {ChangeWhat::PreferredNameRemoved, "preferred-name-removed"},
    {ChangeWhat::PreferredNameChanged, "preferred-name-changed"},
    {ChangeWhat::BornAdded, "born-added"},
    {ChangeWhat::BornRemoved, "born-removed"},
    {ChangeWhat::BornChanged, "born-changed"},
    {ChangeWhat::Archived, "archived"},
    {ChangeWhat::MadeActive, "made-active"},
    {ChangeWhat::RecordAdded, "record-added"},
    {ChangeWhat::EntriesAdded, "entries-added"},
    {ChangeWhat::EntriesChanged, "entries-changed"},
    {ChangeWhat::EntriesRemoved, "entries-removed"},
    {ChangeWhat::SectionTextAdded, "section-text-added"},
    {ChangeWhat::SectionTextRemoved, "section-text-removed"},
    {ChangeWhat::SectionTextChanged, "section-text-changed"},
    {ChangeWhat::LayoutChanged, "layout-changed"},
    {ChangeWhat::Reviewed, "reviewed"},
    {ChangeWhat::ReviewRemoved, "review-removed"},
    {ChangeWhat::PhotoChanged, "photo-changed"},
    {ChangeWhat::PhotoRemoved, "photo-removed"},
    {ChangeWhat::AssessmentStarted, "assessment-started"},
    {ChangeWhat::LevelsChanged, "levels-changed"},
    {ChangeWhat::NotesChanged, "notes-changed"},
    {ChangeWhat::EvidenceChanged, "evidence-changed"},
    {ChangeWhat::ActionsAdded, "actions-added"},
    {ChangeWhat::ActionsChanged, "actions-changed"},
    {ChangeWhat::ActionsRemoved, "actions-removed"},
    {ChangeWhat::PlansAdded, "plans-added"},
    {ChangeWhat::PlansChanged, "plans-changed"},
    {ChangeWhat::PlansRemoved, "plans-removed"},
    {ChangeWhat::ParticipationSet, "participation-set"},
    {ChangeWhat::AssessmentRemoved, "assessment-removed"},
    {ChangeWhat::SignedOff, "signed-off"},
    {ChangeWhat::JoinedTeam, "joined-team"},
    {ChangeWhat::LeftTeam, "left-team"},
    {ChangeWhat::KeyWorkerSet, "key-worker-set"},
    {ChangeWhat::KeyWorkerRemoved, "key-worker-removed"},
    {ChangeWhat::Words, "words"},
}};

}  // namespace

std::string_view to_string(ChangeWhat what) {
    for (const auto& [value, name] : kNames)
        if (value == what) return name;
    return "words";
}

std::optional<ChangeWhat> change_what_from_string(std::string_view text) {
    for (const auto& [value, name] : kNames)
        if (name == text) return value;
    return std::nullopt;
}

}  // namespace pcr::model
