// How long-running model work (demo generation, import, bulk export) reports progress and hears "cancel".
#pragma once

#include <string>

namespace pcr::model {

// Implemented by the app (a progress dialog) and the command line (quiet or a line on stderr).
class Progress {
  public:
    virtual ~Progress() = default;
    // `done` of `total` steps finished; `what` says what is being done. Returns false to ask for
    // cancellation.
    virtual bool update(long done, long total, const std::string& what) = 0;
};

// Progress that is never shown and never cancels.
class NoProgress final : public Progress {
  public:
    bool update(long, long, const std::string&) override { return true; }
};

}  // namespace pcr::model
