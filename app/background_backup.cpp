// The day's automatic backup, made beside the window's work.
#include "app/background_backup.h"

#include "model/backends/open_store.h"

namespace pcr::app {

BackgroundBackup::BackgroundBackup(wxEvtHandler& owner, std::function<void(const std::string&)> failed)
    : owner_(owner), failed_(std::move(failed)) {}

BackgroundBackup::~BackgroundBackup() {
    wait();
}

void BackgroundBackup::start(const model::StoreLocation& location) {
    wait();
    worker_ = std::thread([this, location] {
        // The copy reads through a connection of its own: the window's goes on reading and writing.
        const std::string problem = model::make_daily_backup(location);
        // Queued for the window's thread; dropped with the owner if it goes first.
        if (!problem.empty()) owner_.CallAfter([this, problem] { failed_(problem); });
    });
}

void BackgroundBackup::wait() {
    if (worker_.joinable()) worker_.join();
}

}  // namespace pcr::app
