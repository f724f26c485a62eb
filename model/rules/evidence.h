// Evidence from the records for each workbook topic on a given day: coverage, the suggested level, who lacks
// it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/subject.h"

namespace pcr::model {

class Store;
class TemplateRegistry;
struct Workbook;

// Someone in a topic's scope who lacks the record the topic asks for.
struct Lacking {
    SubjectKind kind = SubjectKind::Person;
    std::string id;
    std::string name;    // display name
    std::string reason;  // "no record", "incomplete", "out of date since 2026-03-01", "no family attendee"
    bool operator==(const Lacking&) const = default;
};

// What the records say about one topic on one day; `measured` false for self-assessed topics.
struct TopicEvidence {
    std::string topic;  // "1.3"
    bool measured = false;
    std::string measure;  // short id of the measure: the tool's id, or "tool-id/section-id" for a section
    SubjectKind scope = SubjectKind::Person;
    long count = 0;                          // subjects meeting the measure
    long total = 0;                          // active subjects in scope (1 for the team)
    int coverage = 0;                        // whole percent, rounded down; 0 when total is 0
    bool any_record = false;                 // some active subject in scope has a record of the tool
    std::optional<int> suggested;            // 1, 3, 4 or 5; none for self-assessed topics
    std::vector<std::string> failed_extras;  // descriptions of extra conditions that do not hold
    std::vector<Lacking> lacking;            // in scope but not counted, by id
    bool operator==(const TopicEvidence&) const = default;
};

// Whether evidence lists who is not counted and why, or only the numbers (a summary or a stored assessment,
// where thousands of reasons in words would be most of the work and nobody would read them).
enum class EvidenceDetail { WhoLacks, Counts };

// Evidence for every topic of `workbook`, in workbook order, judged on `today`, from the stored judgements of
// the tools the rules name, with the rows kept with them for the rules that read rows (one SQL query per kind
// of subject, not one per subject). With EvidenceDetail::Counts, `lacking` stays empty.
std::vector<TopicEvidence> compute_evidence(const Store& store, const TemplateRegistry& templates,
                                            const Workbook& workbook, const Date& today,
                                            EvidenceDetail detail = EvidenceDetail::WhoLacks);

// The generic rule of evidence.md: level from coverage, whether any record exists and whether the extras
// hold.
int suggested_level(int coverage, bool any_record, bool extras_hold, int low, int high);

}  // namespace pcr::model
