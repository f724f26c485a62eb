// Who may read a store's files: finding the files of a database that other accounts can read, and mending
// them.
#pragma once

#include <filesystem>
#include <vector>

#include "model/store/store_location.h"

namespace pcr::model {

// The files of the store at `location` (the database and the files its backend keeps beside it) that accounts
// other than their owner may read; empty when all are private, and for a server, whose files are its own.
std::vector<std::filesystem::path> store_files_others_can_read(const StoreLocation& location);

// Makes every file of the store at `location` readable by its owner only. Throws pcr::UserError naming the
// file whose permissions cannot be changed.
void make_store_private(const StoreLocation& location);

}  // namespace pcr::model
