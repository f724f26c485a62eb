// Makes the day's automatic backup of the open database on a thread of its own, so the window of a large file
// answers while the copy is made, and tells the window when none could be made.
#pragma once

#include <wx/event.h>

#include <functional>
#include <string>
#include <thread>

#include "model/store/store_location.h"

namespace pcr::app {

class BackgroundBackup {
  public:
    // `failed` is called on the window's thread, through `owner`, with why a backup could not be made.
    BackgroundBackup(wxEvtHandler& owner, std::function<void(const std::string& problem)> failed);
    // Waits for a backup being made: its file must be whole before the program lets go of it.
    ~BackgroundBackup();
    BackgroundBackup(const BackgroundBackup&) = delete;
    BackgroundBackup& operator=(const BackgroundBackup&) = delete;

    // Starts making today's backup of the database at `location`, if it has none yet (after any being made).
    void start(const model::StoreLocation& location);
    // Returns once no backup is being made: before the database is imported into, restored or replaced.
    void wait();

  private:
    wxEvtHandler& owner_;
    std::function<void(const std::string&)> failed_;
    std::thread worker_;  // joinable while a backup is being made
};

}  // namespace pcr::app
