// The evidence command of pcrecords-cli: what the records show for each workbook topic, or who lacks it.
#pragma once

#include <iosfwd>

#include "cli/arguments.h"
#include "model/core/date.h"
#include "model/domain/template_registry.h"

namespace pcr::cli {

// evidence [--topic T] [--workbook ID]: topic,measure,count,total,coverage,suggested for every topic of the
// workbook judged on `today` (the last five empty for self-assessed topics); with --topic,
// kind,id,name,reason of everyone in that topic's scope who lacks the record. An unknown topic is a
// pcr::NotFoundError.
int run_evidence(const Arguments& args, const model::Date& today, const model::TemplateRegistry& templates,
                 std::ostream& out, std::ostream& err);

}  // namespace pcr::cli
