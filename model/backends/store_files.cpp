// A store's files on disk, for the check that no other account can read care records.
#include "model/backends/store_files.h"

#include "model/core/private_file.h"
#include "model/sqlite/sqlite_store.h"

namespace pcr::model {

std::vector<std::filesystem::path> store_files_others_can_read(const StoreLocation& location) {
    std::vector<std::filesystem::path> readable;
    if (location.is_server()) return readable;
    for (auto& file : sqlite_files(location.file()))
        if (others_can_read(file)) readable.push_back(std::move(file));
    return readable;
}

void make_store_private(const StoreLocation& location) {
    if (location.is_server()) return;
    for (const auto& file : sqlite_files(location.file())) make_private(file);
}

}  // namespace pcr::model
