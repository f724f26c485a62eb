// Watches every window of the app for key presses, clicks and pointer moves, and says when the user has been
// away for the idle time (model::IdleLock decides when that is).
#pragma once

#include <wx/eventfilter.h>
#include <wx/timer.h>

#include <chrono>
#include <functional>

#include "model/accounts/idle_lock.h"

namespace pcr::app {

class IdleWatch : private wxEventFilter {
  public:
    // `idle` is called once each time the idle time passes without input (it starts again on the next input).
    IdleWatch(std::chrono::seconds after, std::function<void()> idle);
    ~IdleWatch() override;
    IdleWatch(const IdleWatch&) = delete;
    IdleWatch& operator=(const IdleWatch&) = delete;

    // A new idle time (Preferences); zero: never.
    void set_after(std::chrono::seconds after);
    // Starts the idle time again, as input does (after unlocking).
    void restart();

  private:
    int FilterEvent(wxEvent& event) override;
    void on_tick(wxTimerEvent& event);

    model::IdleLock rule_;
    std::function<void()> idle_;
    wxTimer timer_;
    bool told_ = false;  // idle_ was called and no input came since
};

}  // namespace pcr::app
