// Two assessments of one workbook side by side: what changed per topic and per section.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/domain/workbook.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

struct TopicChange {
    std::string topic;
    std::string title;
    std::optional<int> before;
    std::optional<int> after;
    std::optional<int> change;  // after - before, when both are scored
    bool newly_scored = false;  // scored now, not before
    bool no_longer_scored = false;
};

struct SectionChange {
    std::string number;
    std::string title;
    std::optional<double> before;  // section averages of the scored topics
    std::optional<double> after;
    std::optional<double> change;  // after - before, when both have scored topics
};

struct AssessmentComparison {
    Date before;
    Date after;
    std::vector<TopicChange> topics;      // every topic of the workbook, in its order
    std::vector<SectionChange> sections;  // every section, in order
    std::vector<std::string> newly_scored;
};

// Compares `before` with `after` (given in that order, whatever their dates) topic by topic in `workbook`'s
// order. Throws pcr::UserError when either assessment is of another workbook.
AssessmentComparison compare(const WorkbookAssessment& before, const WorkbookAssessment& after,
                             const Workbook& workbook);

}  // namespace pcr::model
