// The words of a history line, from the parts of a change.
#include "model/rules/change_words.h"

#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

namespace {

enum class Group { Entries, Actions, Plans, Subject, Own };

Group group_of(ChangeWhat what) {
    switch (what) {
        case ChangeWhat::EntriesAdded:
        case ChangeWhat::EntriesChanged:
        case ChangeWhat::EntriesRemoved:
            return Group::Entries;
        case ChangeWhat::ActionsAdded:
        case ChangeWhat::ActionsChanged:
        case ChangeWhat::ActionsRemoved:
            return Group::Actions;
        case ChangeWhat::PlansAdded:
        case ChangeWhat::PlansChanged:
        case ChangeWhat::PlansRemoved:
            return Group::Plans;
        case ChangeWhat::NameChanged:
        case ChangeWhat::PreferredNameAdded:
        case ChangeWhat::PreferredNameRemoved:
        case ChangeWhat::PreferredNameChanged:
        case ChangeWhat::BornAdded:
        case ChangeWhat::BornRemoved:
        case ChangeWhat::BornChanged:
        case ChangeWhat::Archived:
        case ChangeWhat::MadeActive:
            return Group::Subject;
        default:
            return Group::Own;
    }
}

// "2 entries added" first in its group; after it the noun is left out: ", 1 changed".
std::string count_words(const ChangePart& part, bool first) {
    const auto n = static_cast<unsigned long>(part.count);
    if (!first) switch (part.what) {
            case ChangeWhat::EntriesAdded:
            case ChangeWhat::ActionsAdded:
            case ChangeWhat::PlansAdded:
                return fill_in(tr_n("{1} added", "{1} added", n), part.count);
            case ChangeWhat::EntriesChanged:
            case ChangeWhat::ActionsChanged:
            case ChangeWhat::PlansChanged:
                return fill_in(tr_n("{1} changed", "{1} changed", n), part.count);
            default:
                return fill_in(tr_n("{1} removed", "{1} removed", n), part.count);
        }
    switch (part.what) {
        case ChangeWhat::EntriesAdded:
            return fill_in(tr_n("{1} entry added", "{1} entries added", n), part.count);
        case ChangeWhat::EntriesChanged:
            return fill_in(tr_n("{1} entry changed", "{1} entries changed", n), part.count);
        case ChangeWhat::EntriesRemoved:
            return fill_in(tr_n("{1} entry removed", "{1} entries removed", n), part.count);
        case ChangeWhat::ActionsAdded:
            return fill_in(tr_n("{1} action added", "{1} actions added", n), part.count);
        case ChangeWhat::ActionsChanged:
            return fill_in(tr_n("{1} action changed", "{1} actions changed", n), part.count);
        case ChangeWhat::ActionsRemoved:
            return fill_in(tr_n("{1} action removed", "{1} actions removed", n), part.count);
        case ChangeWhat::PlansAdded:
            return fill_in(tr_n("{1} plan added", "{1} plans added", n), part.count);
        case ChangeWhat::PlansChanged:
            return fill_in(tr_n("{1} plan changed", "{1} plans changed", n), part.count);
        default:
            return fill_in(tr_n("{1} plan removed", "{1} plans removed", n), part.count);
    }
}

std::string part_words(const ChangePart& part) {
    const std::string day = part.day ? part.day->iso() : std::string();
    const auto n = static_cast<unsigned long>(part.count);
    switch (part.what) {
        case ChangeWhat::Added:
            return tr("added");
        case ChangeWhat::NameChanged:
            return tr("name changed");
        case ChangeWhat::PreferredNameAdded:
            return tr("preferred name added");
        case ChangeWhat::PreferredNameRemoved:
            return tr("preferred name removed");
        case ChangeWhat::PreferredNameChanged:
            return tr("preferred name changed");
        case ChangeWhat::BornAdded:
            return tr("date of birth added");
        case ChangeWhat::BornRemoved:
            return tr("date of birth removed");
        case ChangeWhat::BornChanged:
            return tr("date of birth changed");
        case ChangeWhat::Archived:
            return tr("archived");
        case ChangeWhat::MadeActive:
            return tr("made active again");
        case ChangeWhat::RecordAdded:
            return part.count == 0 ? tr("added, empty")
                                   : fill_in(tr_n("added with {1} section", "added with {1} sections",
                                                  static_cast<unsigned long>(part.count)),
                                             part.count);
        case ChangeWhat::SectionTextAdded:
            return fill_in(tr("{1} text added"), part.section);
        case ChangeWhat::SectionTextRemoved:
            return fill_in(tr("{1} text removed"), part.section);
        case ChangeWhat::SectionTextChanged:
            return fill_in(tr("{1} text changed"), part.section);
        case ChangeWhat::LayoutChanged:
            return tr("order of sections or entries changed");
        case ChangeWhat::Reviewed:
            return fill_in(tr("reviewed {1}"), day);
        case ChangeWhat::ReviewRemoved:
            return tr("review date removed");
        case ChangeWhat::ParticipationSet: {
            const auto participation = participation_from_string(part.section);
            // TRANSLATORS: {1} is who took part in a workbook assessment: "With the team, to agree ...".
            return fill_in(tr("who took part: {1}"),
                           participation ? participation_words(*participation) : part.section);
        }
        case ChangeWhat::PhotoChanged:
            return tr("photo changed");
        case ChangeWhat::PhotoRemoved:
            return tr("photo removed");
        case ChangeWhat::AssessmentStarted:
            return fill_in(tr_n("started with {1} topic", "started with {1} topics", n), part.count);
        case ChangeWhat::LevelsChanged:
            return fill_in(tr_n("{1} level changed", "{1} levels changed", n), part.count);
        case ChangeWhat::NotesChanged:
            return fill_in(tr_n("{1} note changed", "{1} notes changed", n), part.count);
        case ChangeWhat::EvidenceChanged:
            return fill_in(
                tr_n("evidence taken again for {1} topic", "evidence taken again for {1} topics", n),
                part.count);
        case ChangeWhat::AssessmentRemoved:
            return tr("deleted");
        case ChangeWhat::SignedOff:
            return part.section.empty() ? tr("signed off") : fill_in(tr("signed off: {1}"), part.section);
        // TRANSLATORS: {1} is a team's id.
        case ChangeWhat::JoinedTeam:
            return fill_in(tr("joined team {1}"), part.section);
        // TRANSLATORS: {1} is a team's id.
        case ChangeWhat::LeftTeam:
            return fill_in(tr("left team {1}"), part.section);
        // TRANSLATORS: {1} is a staff member's id.
        case ChangeWhat::KeyWorkerSet:
            return fill_in(tr("key worker now {1}"), part.section);
        // TRANSLATORS: {1} is a staff member's id.
        case ChangeWhat::KeyWorkerRemoved:
            return fill_in(tr("key worker {1} removed"), part.section);
        case ChangeWhat::EntriesAdded:
        case ChangeWhat::EntriesChanged:
        case ChangeWhat::EntriesRemoved:
        case ChangeWhat::ActionsAdded:
        case ChangeWhat::ActionsChanged:
        case ChangeWhat::ActionsRemoved:
        case ChangeWhat::PlansAdded:
        case ChangeWhat::PlansChanged:
        case ChangeWhat::PlansRemoved:
            return count_words(part, true);
        case ChangeWhat::Words:
            return part.section;
    }
    return part.section;
}

}  // namespace

std::string change_words(const std::vector<ChangePart>& parts) {
    std::string out;
    std::optional<Group> last;
    for (const auto& part : parts) {
        const Group group = group_of(part.what);
        const bool joins = last && *last == group && group != Group::Own;
        if (!out.empty()) out += joins ? ", " : "; ";
        const bool counts = group == Group::Entries || group == Group::Actions || group == Group::Plans;
        out += counts ? count_words(part, !joins) : part_words(part);
        last = group;
    }
    return out;
}

}  // namespace pcr::model
