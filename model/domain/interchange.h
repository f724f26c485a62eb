// The contents of an interchange file (format 1) in memory: people, staff, teams and assessments.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/domain/record.h"
#include "model/domain/subject.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

inline constexpr int kInterchangeFormat = 1;

struct SubjectRecords {
    Subject subject;
    std::vector<Record> records;
    // The teams a person or staff member belongs to (ids, sorted), and a person's key worker (a staff id).
    // nullopt: the file does not say, so an import leaves what the database holds; an empty list clears it.
    std::optional<std::vector<std::string>> teams = std::nullopt;
    std::optional<std::string> key_worker = std::nullopt;  // "" in a file clears the key worker
    bool operator==(const SubjectRecords&) const = default;
};

// One change in a subject's history, in the reader's words (rules/change_words.h).
struct HistoryLine {
    std::string when;  // UTC, "YYYY-MM-DDTHH:MM:SSZ"
    std::string who;
    std::string tool;  // empty for a change to the subject's details, photo, teams or key worker
    int version = 0;   // the version of the details or record it made; 0 when it made none
    std::string words;
};

// What a subject access copy holds besides the subject as they are now: every version of their details,
// every earlier version of each record, and every change in words (docs/exports.md#subject-access).
struct SubjectHistory {
    SubjectKind kind = SubjectKind::Person;
    std::string id;
    std::vector<Subject> details;      // version 1 first; the last is as they are now
    std::vector<Record> records;       // the earlier versions (Record::version), by tool then version
    std::vector<HistoryLine> changes;  // oldest first

    // The change that made version `version` of the record of `tool` (of the details when `tool` is
    // empty), or null.
    const HistoryLine* change_of(const std::string& tool, int version) const {
        for (const auto& change : changes)
            if (change.tool == tool && change.version == version) return &change;
        return nullptr;
    }
};

struct Interchange {
    std::vector<SubjectRecords> people;
    std::vector<SubjectRecords> staff;
    std::optional<SubjectRecords> team;  // the default team: subject.kind Team, id kTeamId
    std::vector<SubjectRecords> teams;   // every other team, by id
    std::vector<WorkbookAssessment> assessments;
    bool operator==(const Interchange&) const = default;
};

// How much an import brought in, for the command line and the app to report.
struct ImportCounts {
    int people = 0;
    int staff = 0;
    int records = 0;
    int assessments = 0;
};

}  // namespace pcr::model
