// Writes a file whole or not at all: into a temporary beside it, renamed over the target only on success.
#pragma once

#include <filesystem>
#include <functional>

namespace pcr::model {

// Calls `write` with a temporary path in the target's folder, created empty and readable by its owner only
// (`write` opens it for writing, which keeps that mode), then renames it to `target`. When `write`
// throws, the temporary is removed and the exception propagates, so a failed or cancelled export never leaves
// a partial file (and an earlier file of that name is kept). Throws pcr::UserError when the folder is missing
// or the rename fails, naming the file.
void write_whole_file(const std::filesystem::path& target,
                      const std::function<void(const std::filesystem::path& temporary)>& write);

}  // namespace pcr::model
