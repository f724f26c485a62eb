// Moving a whole store to another place: from a file to a server, from a server to a file, or between files.
#pragma once

#include "model/domain/principal.h"
#include "model/store/copy_counts.h"
#include "model/store/store_location.h"

namespace pcr::model {

// Copies everything in the store at `from` into the store at `to` (made when missing; it must hold nothing
// yet), history, sign-offs, accounts and the audit trail included, all or nothing, and checks the copy's row
// counts and audit chain before keeping it (sqlite/store_copy.h). `acting` must be allowed to copy the
// database (Action::Backup: an administrator, in a database with accounts), or pcr::NotAllowedError. The
// copy's audit trail ends with an entry saying where it came from.
CopyCounts copy_store(const StoreLocation& from, const StoreLocation& to, const Principal& acting);

}  // namespace pcr::model
