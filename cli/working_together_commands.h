// The Working Together for Change commands of pcrecords-cli: every working and not-working statement, and the
// manager's themes with their counts.
#pragma once

#include "cli/command_context.h"

namespace pcr::cli {

// working-together [--team ID] [--since D] [--until D]: person_id,source,date,perspective,kind,text, one row
// a filled-in working or not-working cell of an active person's (or the team's) record.
int run_working_together(const CommandContext& c);

// themes [--team ID] [--since D] [--until D] [--from-suggestions]: theme,kind,statements,people over the
// statements working-together lists; --from-suggestions first makes a theme of each suggestion by shared
// words and puts its statements in it (a manager).
int run_themes(const CommandContext& c);

}  // namespace pcr::cli
