// The erase and retention commands of pcrecords-cli: erasing a person for good, and the people past the
// retention period.
#pragma once

#include "cli/command_context.h"

namespace pcr::cli {

// erase --person ID --reason TEXT: removes the person and all their records and history, leaving one entry
// in the audit trail.
int run_erase(const CommandContext& c);
// retention [--years N]: person_id,name,archived_on,due_for_review of archived people past the period on
// --today; retention --keep ID --reason TEXT records the decision to keep one for another period.
int run_retention(const CommandContext& c);

}  // namespace pcr::cli
