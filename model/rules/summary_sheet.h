// The workbook's summary sheet for one assessment: scores by section with averages, flags and what to work
// towards.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/domain/workbook.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

// One topic's line: its score, the evidence beside it and the next statement to work towards.
struct SummaryLine {
    std::string topic;  // "1.3"
    std::string title;
    std::optional<int> level;
    std::optional<EvidenceSnapshot> evidence;
    bool flagged = false;              // score_flagged: more than one level above the suggestion
    std::optional<int> next_level;     // level + 1, at most 5; none while the topic is not scored
    std::string next_statement;        // the workbook's statement for next_level
    std::vector<TopicAction> actions;  // the assessment's actions for this topic, in their order
    std::string note;
};

struct SummarySection {
    std::string number;  // "1"
    std::string title;
    std::vector<SummaryLine> lines;
    int scored = 0;                 // topics with a level
    std::optional<double> average;  // mean level of the scored topics; none when none is scored
};

struct SummarySheet {
    Date date;
    std::string workbook;
    std::vector<SummarySection> sections;
    std::vector<std::string> flagged;  // topic numbers, in workbook order
    int scored = 0;
    int topics = 0;
};

// The mean of the scored levels among `scores` whose topic is one of `topics`; none when none is scored.
std::optional<double> average_level(const std::vector<TopicScore>& scores,
                                    const std::vector<std::string>& topics);

// The summary sheet of `assessment` in `workbook`'s order. Scores for topics the workbook does not have are
// left out; topics the assessment does not mention show as not scored.
SummarySheet summary_sheet(const WorkbookAssessment& assessment, const Workbook& workbook);

}  // namespace pcr::model
