// Looks every second or so whether another program (the command line, another pcrecords, an SQLite tool)
// changed the open database, so the window can show what is there now rather than what it read.
#pragma once

#include <wx/timer.h>

#include <chrono>
#include <functional>

#include "model/store/store.h"

namespace pcr::app {

class ElsewhereWatch {
  public:
    // How often the store is asked (Store::changed_elsewhere, which reads no table).
    static constexpr std::chrono::milliseconds kInterval{1500};

    // `store` gives the open store (null: none). `changed` is called after another program changed it, but
    // not while a modal dialog is open or `wait` says so (the window is locked): the change is then told at
    // the first look after, so a dialog never finds what it was opened on replaced under it.
    ElsewhereWatch(std::function<model::Store*()> store, std::function<bool()> wait,
                   std::function<void()> changed);
    ~ElsewhereWatch();
    ElsewhereWatch(const ElsewhereWatch&) = delete;
    ElsewhereWatch& operator=(const ElsewhereWatch&) = delete;

    // Looks now, as the timer does; true when `changed` was called.
    bool look();

  private:
    std::function<model::Store*()> store_;
    std::function<bool()> wait_;
    std::function<void()> changed_;
    wxTimer timer_;
    bool telling_ = false;  // `changed` is running (it may turn the event loop)
};

}  // namespace pcr::app
