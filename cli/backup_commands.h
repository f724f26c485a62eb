// The commands of pcrecords-cli that keep the database safe: its automatic backups, restoring one, moving it
// to another place (a server), and the database's settings (how many backups to keep).
#pragma once

#include "cli/command_context.h"

namespace pcr::cli {

// backups: the automatic backups kept beside the database, oldest first, as when,file,size,ok (ok: 1 when
// the file reads back as a whole pcrecords database). Administrators only, in a database with accounts.
int run_backups(const CommandContext& c);

// restore --from FILE: checks FILE, keeps a backup of the database, and puts FILE in its place.
int run_restore(const CommandContext& c);

// migrate --from FROM --to TO: copies everything in FROM (a file or server, --db when --from is not given)
// into the new, empty database TO, checks the copy, and says what it copied. Administrators only, in a
// database with accounts (signed in to FROM).
int run_migrate(const CommandContext& c);

// settings: name,value,default,description of every database setting; settings --set NAME=VALUE changes one
// (administrators only, recorded in the audit trail).
int run_settings(const CommandContext& c);

}  // namespace pcr::cli
