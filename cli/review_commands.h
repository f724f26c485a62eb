// The reviews-without-person command of pcrecords-cli: the dashboard's list of review meetings held without
// the person.
#pragma once

#include "cli/command_context.h"

namespace pcr::cli {

// reviews-without-person: person_id,name,date,teams for every review meeting the dashboard lists as held
// without the person (model/rules/dashboard.h: Dashboard::without_person), oldest first.
int run_reviews_without_person(const CommandContext& c);

}  // namespace pcr::cli
