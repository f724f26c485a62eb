// The words of a history line, from the parts of a change.
#include "model/rules/change_words.h"

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

// "2 entries added" first in its group, then ", 1 changed".
std::string count_words(const ChangePart& part, bool first) {
    std::string words = std::to_string(part.count);
    const bool one = part.count == 1;
    if (first) {
        const Group group = group_of(part.what);
        words += group == Group::Entries   ? (one ? " entry" : " entries")
                 : group == Group::Actions ? (one ? " action" : " actions")
                                           : (one ? " plan" : " plans");
    }
    switch (part.what) {
        case ChangeWhat::EntriesAdded:
        case ChangeWhat::ActionsAdded:
        case ChangeWhat::PlansAdded:
            return words + " added";
        case ChangeWhat::EntriesChanged:
        case ChangeWhat::ActionsChanged:
        case ChangeWhat::PlansChanged:
            return words + " changed";
        default:
            return words + " removed";
    }
}

std::string counted(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string part_words(const ChangePart& part) {
    const std::string day = part.day ? part.day->iso() : std::string();
    switch (part.what) {
        case ChangeWhat::Added:
            return "added";
        case ChangeWhat::NameChanged:
            return "name changed";
        case ChangeWhat::PreferredNameAdded:
            return "preferred name added";
        case ChangeWhat::PreferredNameRemoved:
            return "preferred name removed";
        case ChangeWhat::PreferredNameChanged:
            return "preferred name changed";
        case ChangeWhat::BornAdded:
            return "date of birth added";
        case ChangeWhat::BornRemoved:
            return "date of birth removed";
        case ChangeWhat::BornChanged:
            return "date of birth changed";
        case ChangeWhat::Archived:
            return "archived";
        case ChangeWhat::MadeActive:
            return "made active again";
        case ChangeWhat::RecordAdded:
            return part.count == 0 ? "added, empty"
                                   : "added with " + std::to_string(part.count) +
                                         (part.count == 1 ? " section" : " sections");
        case ChangeWhat::SectionTextAdded:
            return part.section + " text added";
        case ChangeWhat::SectionTextRemoved:
            return part.section + " text removed";
        case ChangeWhat::SectionTextChanged:
            return part.section + " text changed";
        case ChangeWhat::LayoutChanged:
            return "order of sections or entries changed";
        case ChangeWhat::Reviewed:
            return "reviewed " + day;
        case ChangeWhat::ReviewRemoved:
            return "review date removed";
        case ChangeWhat::PhotoChanged:
            return "photo changed";
        case ChangeWhat::PhotoRemoved:
            return "photo removed";
        case ChangeWhat::AssessmentStarted:
            return "started with " + counted(part.count, "topic", "topics");
        case ChangeWhat::LevelsChanged:
            return counted(part.count, "level", "levels") + " changed";
        case ChangeWhat::NotesChanged:
            return counted(part.count, "note", "notes") + " changed";
        case ChangeWhat::EvidenceChanged:
            return "evidence taken again for " + counted(part.count, "topic", "topics");
        case ChangeWhat::AssessmentRemoved:
            return "deleted";
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
