// Copying a whole pcrecords database into another, of either engine: every table's rows with their keys, so
// history, sign-offs and the audit trail's hash chain come across as they were.
#pragma once

#include "model/sqlite/database.h"
#include "model/store/copy_counts.h"

namespace pcr::model {

// Copies everything in `from` into `to`, which must hold no records, accounts, settings or audit entries yet
// (pcr::StorageError otherwise, naming what it holds). All or nothing: one transaction of `to`, read from one
// consistent state of `from`. Before it commits, each table's row count is compared with the source's and
// the audit trail's hash chain is checked in `to`; any difference throws pcr::StorageError and leaves `to` as
// it was. Server keys that come from a sequence continue after the copied ones.
CopyCounts copy_contents(Database& from, Database& to);

}  // namespace pcr::model
