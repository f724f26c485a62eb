// Asks, once per database file, to make a database that other accounts can read private to its owner.
#pragma once

#include <wx/window.h>

#include <filesystem>

#include "app/error_reporter.h"

namespace pcr::app {

// When other accounts on this computer can read `file` (or its -wal/-shm) and the user has not been asked
// about it before, asks in a dialog with Fix and Leave; Fix makes the files readable by their owner only.
// Either answer is remembered in the settings for this path, so the question comes once. A failed fix is
// told through `reporter`.
void offer_private_files(wxWindow* parent, const std::filesystem::path& file, ErrorReporter& reporter);

}  // namespace pcr::app
