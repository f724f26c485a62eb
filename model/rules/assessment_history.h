// Scores and evidence of one workbook over time, as series a chart can draw directly.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

struct LevelPoint {
    Date date;
    int level = 0;
    bool operator==(const LevelPoint&) const = default;
};

struct CoveragePoint {
    Date date;
    int coverage = 0;  // whole percent
    long count = 0;
    long total = 0;
    std::optional<int> suggested;
    bool operator==(const CoveragePoint&) const = default;
};

struct AveragePoint {
    Date date;
    double average = 0;
    bool operator==(const AveragePoint&) const = default;
};

// One topic across the assessments: its levels where scored, and its evidence where a snapshot was kept.
struct TopicSeries {
    std::string topic;
    std::vector<LevelPoint> levels;
    std::vector<CoveragePoint> coverage;
};

// One section's average level across the assessments that scored any of its topics.
struct SectionSeries {
    std::string section;  // "1": the part of the topic number before the dot
    std::vector<AveragePoint> averages;
};

struct AssessmentHistory {
    std::vector<Date> dates;              // every assessment of the workbook, oldest first
    std::vector<TopicSeries> topics;      // by topic number: 1.2 before 1.10
    std::vector<SectionSeries> sections;  // by section number
};

// Orders topic numbers as numbers, part by part: "1.2" < "1.10" < "2.1".
bool topic_before(const std::string& a, const std::string& b);

// The history of `workbook`'s assessments among `assessments` (any order; other workbooks are left out).
AssessmentHistory assessment_history(const std::vector<WorkbookAssessment>& assessments,
                                     const std::string& workbook);

}  // namespace pcr::model
