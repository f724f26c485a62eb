// A topic score as CSV fields, and an assessment's scores as CSV, shared by the command line and the exports.
#pragma once

#include <ostream>
#include <string>

#include "model/domain/workbook_assessment.h"
#include "model/rules/summary_sheet.h"

namespace pcr::model {

// One score's fields as every CSV of pcrecords prints them: empty when there is nothing to say (a topic not
// scored, a self-assessed topic without evidence), so spreadsheets see blanks rather than zeros.
struct ScoreFields {
    std::string level;
    std::string suggested;
    std::string coverage;
    std::string count;
    std::string total;
    std::string flagged;  // "1" when scored more than one level above the suggestion, else "0"
};

ScoreFields score_fields(const TopicScore& score);

// topic,title,level,suggested,coverage,count,total,flagged,note: one row per topic of the summary sheet, in
// workbook order, after the header row.
void write_scores_csv(std::ostream& out, const SummarySheet& sheet);

}  // namespace pcr::model
