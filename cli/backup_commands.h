// The commands of pcrecords-cli that keep the database safe: its automatic backups, restoring one, and the
// database's settings (how many backups to keep).
#pragma once

#include "cli/command_context.h"

namespace pcr::cli {

// backups: the automatic backups kept beside the database, oldest first, as when,file,size,ok (ok: 1 when
// the file reads back as a whole pcrecords database). Administrators only, in a database with accounts.
int run_backups(const CommandContext& c);

// restore --from FILE: checks FILE, keeps a backup of the database, and puts FILE in its place.
int run_restore(const CommandContext& c);

// settings: name,value,default,description of every database setting; settings --set NAME=VALUE changes one
// (administrators only, recorded in the audit trail).
int run_settings(const CommandContext& c);

}  // namespace pcr::cli
