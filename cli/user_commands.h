// The user command of pcrecords-cli: adding, listing, disabling and unlocking accounts, and setting
// passwords.
#pragma once

#include "cli/command_context.h"

namespace pcr::cli {

// user add NAME --role ROLE [--full-name TEXT] [--staff S-ID] [--expires YYYY-MM-DD] | user list |
// user disable NAME | user unlock NAME | user password NAME. New passwords come from standard input. The
// first account needs no sign-in and must be an administrator; after it, only a signed-in administrator may
// run these (pcr::NotAllowedError, exit 3). `user list` prints name,full_name,role,staff,expires,status,
// last_sign_in with the status on the real clock.
int run_user(const CommandContext& c);

}  // namespace pcr::cli
