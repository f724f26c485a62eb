// The self-assessment commands of pcrecords-cli: assess records a dated assessment, scores and actions list
// them.
#pragma once

#include "cli/command_context.h"

namespace pcr::cli {

// assess --date D --scores FILE.csv [--actions FILE.csv] [--workbook ID]: records the assessment of day D
// from topic,level,note rows with the evidence of that day, carrying over unfinished actions of the one
// before and adding topic,action,who,by_when,done rows. Prints topic,level,suggested,coverage,flagged; says
// on stderr what was stored and which topics are flagged. A bad file stores nothing: pcr::UserError naming
// file, line and problem.
int run_assess(const CommandContext& c);

// scores [--format csv] [--workbook ID]: date,topic,level,suggested of every assessment, oldest first.
int run_scores(const CommandContext& c);

// actions [--overdue] [--workbook ID]: topic,action,who,by_when,done of the latest assessment (only those
// overdue on --today with --overdue).
int run_actions(const CommandContext& c);

}  // namespace pcr::cli
