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
