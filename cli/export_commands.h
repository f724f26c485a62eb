// The export commands of pcrecords-cli: one-page profiles, whole records and workbook reports as files.
#pragma once

#include "cli/command_context.h"

namespace pcr::cli {

// profile ID --out FILE.pdf|FILE.html: the one-page profile of the person (or else the staff member) with
// that id. Says on stderr what was written, and which sections did not fit on the page.
int run_profile(const CommandContext& c);

// record ID --out FILE.pdf|FILE.html|FILE.xml: everything about that person or staff member, judged on
// --today (.xml: their interchange file alone).
int run_record(const CommandContext& c);

// report [--workbook W] [--date D] --out FILE.pdf|FILE.html|FILE.csv: the report on the assessment of day D
// (the latest without --date); .csv gives topic,title,level,suggested,coverage,count,total,flagged,note.
int run_report(const CommandContext& c);

// profiles --out DIR [--format pdf|html] [--search TEXT] [--staff] [--include-archived]: one file per person
// (or staff member) into DIR, created when missing; progress every 100 files and a summary on stderr.
int run_profiles(const CommandContext& c);

}  // namespace pcr::cli
