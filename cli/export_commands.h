// The export commands of pcrecords-cli: one-page profiles, whole records and workbook reports as files.
#pragma once

#include <filesystem>
#include <iosfwd>

#include "cli/arguments.h"
#include "model/core/date.h"
#include "model/tools/template_registry.h"

namespace pcr::cli {

// What the export commands work with, as the command dispatcher has it.
struct ExportCommand {
    const Arguments& args;
    const std::filesystem::path& db;
    const model::Date& today;
    const model::TemplateRegistry& templates;
    std::ostream& out;
    std::ostream& err;
};

// profile ID --out FILE.pdf|FILE.html: the one-page profile of the person (or else the staff member) with
// that id. Says on stderr what was written, and which sections did not fit on the page.
int run_profile(const ExportCommand& c);

// record ID --out FILE.pdf|FILE.html|FILE.xml: everything about that person or staff member, judged on
// --today (.xml: their interchange file alone).
int run_record(const ExportCommand& c);

// report [--workbook W] [--date D] --out FILE.pdf|FILE.html|FILE.csv: the report on the assessment of day D
// (the latest without --date); .csv gives topic,title,level,suggested,coverage,count,total,flagged,note.
int run_report(const ExportCommand& c);

// profiles --out DIR [--format pdf|html] [--search TEXT] [--staff] [--include-archived]: one file per person
// (or staff member) into DIR, created when missing; progress every 100 files and a summary on stderr.
int run_profiles(const ExportCommand& c);

}  // namespace pcr::cli
