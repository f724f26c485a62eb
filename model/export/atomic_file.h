// Writes a file whole or not at all: into a private temporary beside it, renamed over the target only on
// success.
#pragma once

#include <filesystem>
#include <functional>

#include "model/core/temporary_file.h"

namespace pcr::model {

// Calls `write` with a temporary in the target's folder (core/temporary_file.h: created exclusively, readable
// by its owner only), then renames it to `target`. When `write` throws, or any write or the close fails (a
// full disk), the temporary is removed and pcr::UserError (or what `write` threw) propagates, so a failed or
// cancelled export never leaves a partial file and an earlier file of that name is kept as it was.
void write_whole_file(const std::filesystem::path& target,
                      const std::function<void(TemporaryFile& out)>& write);

}  // namespace pcr::model
