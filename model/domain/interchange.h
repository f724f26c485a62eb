// The contents of an interchange file (format 1) in memory: people, staff, the team and assessments.
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
    bool operator==(const SubjectRecords&) const = default;
};

struct Interchange {
    std::vector<SubjectRecords> people;
    std::vector<SubjectRecords> staff;
    std::optional<SubjectRecords> team;  // subject.kind Team, id "team"
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
