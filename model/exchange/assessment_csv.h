// An assessment's scores (topic,level,note) and actions (topic,action,who,by_when,done) read from CSV rows.
#pragma once

#include <vector>

#include "model/domain/workbook.h"
#include "model/domain/workbook_assessment.h"
#include "model/exchange/csv_reader.h"

namespace pcr::model {

struct ScoreRows {
    std::vector<TopicScore> scores;  // in the file's order; no evidence (that is the day's, not the file's)
    std::vector<CsvProblem> problems;
    bool ok() const { return problems.empty(); }
};

struct ActionRows {
    std::vector<TopicAction> actions;  // in the file's order
    std::vector<CsvProblem> problems;
    bool ok() const { return problems.empty(); }
};

// The header row is required and names the columns in any order (case and spaces ignored): topic and level,
// and optionally note. An empty level is a topic not yet scored. Problems: unknown or repeated topic, a level
// other than 1-5, unknown columns, rows longer than the header, control characters or oversized notes.
ScoreRows read_score_rows(const CsvReadResult& csv, const Workbook& workbook);

// Columns topic and action, optionally who, by_when, done (the day it was done) and target (the level worked
// towards). Dates are YYYY-MM-DD. Problems: unknown topic, no action, bad dates or target, an action given
// twice.
ActionRows read_action_rows(const CsvReadResult& csv, const Workbook& workbook);

// "1.1-1.10, 2.1-2.3, 3.1-3.14": the workbook's topics by section, for messages.
std::string topic_ranges(const Workbook& workbook);

}  // namespace pcr::model
