// Where the user guide (docs/user-guide.md) is, and the guide as a web page for the app's Help menu.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace pcr::model {

// docs/user-guide.md as installed (share/pcrecords/docs beside the templates), else in the source tree the
// program runs from, found the way the tool templates are; none when it is in neither place.
std::optional<std::filesystem::path> user_guide_file();

// The guide at `file` as a whole HTML page titled by its first heading; throws pcr::StorageError naming the
// file when it cannot be read.
std::string user_guide_html(const std::filesystem::path& file);

}  // namespace pcr::model
