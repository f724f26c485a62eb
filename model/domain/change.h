// One change in a subject's history as data: who, when, to which record, and what changed, part by part.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/subject.h"

namespace pcr::model {

// What one part of a change did. The words for each are chosen where the change is shown
// (rules/change_words.h), so history can be read in the reader's language.
enum class ChangeWhat {
    Added,  // a subject was added
    NameChanged,
    PreferredNameAdded,
    PreferredNameRemoved,
    PreferredNameChanged,
    BornAdded,
    BornRemoved,
    BornChanged,
    Archived,
    MadeActive,
    RecordAdded,         // count: the sections it was added with
    EntriesAdded,        // count
    EntriesChanged,      // count
    EntriesRemoved,      // count
    SectionTextAdded,    // section
    SectionTextRemoved,  // section
    SectionTextChanged,  // section
    LayoutChanged,       // entries or sections moved, nothing's content changed
    Reviewed,            // day
    ReviewRemoved,
    PhotoChanged,
    PhotoRemoved,
    AssessmentStarted,  // count: the topics it was started with
    LevelsChanged,      // count
    NotesChanged,       // count
    EvidenceChanged,    // count: topics whose kept evidence was taken again
    ActionsAdded,       // count
    ActionsChanged,     // count
    ActionsRemoved,     // count
    PlansAdded,         // count
    PlansChanged,       // count
    PlansRemoved,       // count
    ParticipationSet,   // section: who took part in the assessment now (domain/workbook_assessment.h's id)
    AssessmentRemoved,
    SignedOff,
    JoinedTeam,        // section: the team's id
    LeftTeam,          // section: the team's id
    KeyWorkerSet,      // section: the key worker's staff id
    KeyWorkerRemoved,  // section: the staff id of the key worker they had
    Words              // a change written before changes were kept as data: its words, as stored
};

std::string_view to_string(ChangeWhat what);
std::optional<ChangeWhat> change_what_from_string(std::string_view text);

struct ChangePart {
    ChangeWhat what = ChangeWhat::Words;
    int count = 0;
    std::string section;  // a section id, or the stored words of a ChangeWhat::Words part
    std::optional<Date> day;
    bool operator==(const ChangePart&) const = default;
};

// One change to a subject (tool empty) or to one of its records.
struct Change {
    std::string when;  // UTC, "YYYY-MM-DDTHH:MM:SSZ"
    std::string who;
    SubjectKind kind = SubjectKind::Person;
    std::string subject;  // the subject's id
    std::string tool;
    std::vector<ChangePart> parts;
    int version = 0;  // the version this change produced (records and subjects count separately)
};

// One change to a dated workbook assessment. Assessments belong to the provider, not to a subject, so their
// history is the workbook's.
struct AssessmentChange {
    std::string when;  // UTC, "YYYY-MM-DDTHH:MM:SSZ"
    std::string who;
    std::string workbook;
    Date date;  // the day the assessment is of
    std::vector<ChangePart> parts;
    int version = 0;  // the version this change produced; 0 for a removal
};

}  // namespace pcr::model
