// Files only their owner may read: care data written by pcrecords is created 0600, whatever the umask.
#pragma once

#include <filesystem>
#include <system_error>

namespace pcr::model {

// Creates `file`, empty, readable and writable by its owner only, from the first moment (there is no moment
// when another account could open it). Fails, returning the reason, when it already exists or cannot be
// created; writers then open it for writing, which keeps its mode.
std::error_code create_private_file(const std::filesystem::path& file) noexcept;

// True when `file` exists and its group or other accounts on the computer may read it.
bool others_can_read(const std::filesystem::path& file) noexcept;

// Takes every permission of its group and other accounts off `file`, leaving its owner's as they are. Throws
// pcr::UserError naming the file when its permissions cannot be changed (it belongs to another account).
void make_private(const std::filesystem::path& file);

}  // namespace pcr::model
