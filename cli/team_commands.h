// The team, teams and assign commands of pcrecords-cli: teams, who belongs to them, and key workers.
#pragma once

#include "cli/command_context.h"

namespace pcr::cli {

// team add ID --name TEXT | team rename ID --name TEXT.
int run_team(const CommandContext& c);
// teams: id,name,people,staff (active people the user may see, active staff), by id.
int run_teams(const CommandContext& c);
// assign --person ID|--staff ID --team ID [--remove]; assign --person ID --key-worker S-ID [--remove].
int run_assign(const CommandContext& c);

}  // namespace pcr::cli
