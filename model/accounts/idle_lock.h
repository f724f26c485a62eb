// When a protected database's window locks itself: after a set time with no input from the user.
#pragma once

#include <chrono>

namespace pcr::model {

// The rule the app's idle watch follows. Time is measured on a steady clock, so changing the computer's
// clock neither locks the window early nor keeps it open.
class IdleLock {
  public:
    using Clock = std::chrono::steady_clock;
    // How long a window set in Preferences waits unless the user chooses otherwise.
    static constexpr std::chrono::minutes kDefaultAfter{10};

    // Locks after `after` without input, counted from `now`; zero (or less) never locks.
    IdleLock(std::chrono::seconds after, Clock::time_point now);

    // A new idle time (from Preferences), counted from the last input.
    void set_after(std::chrono::seconds after) { after_ = after; }
    std::chrono::seconds after() const { return after_; }
    bool never() const { return after_ <= std::chrono::seconds::zero(); }
    // A key press, click or pointer move: the idle time starts again.
    void input(Clock::time_point now) { last_input_ = now; }
    // Whether the window should lock at `now`: the idle time has passed since the last input.
    bool due(Clock::time_point now) const;

  private:
    std::chrono::seconds after_;
    Clock::time_point last_input_;
};

}  // namespace pcr::model
