// The idle watch: an event filter sees input to any window (dialogs too), a timer looks at the clock.
#include "app/idle_watch.h"

#include <wx/app.h>
#include <wx/event.h>

#include <algorithm>

namespace pcr::app {

namespace {

// How often the clock is looked at: often enough that a short idle time (a test's) is kept to the second.
std::chrono::milliseconds tick_for(std::chrono::seconds after) {
    return std::clamp<std::chrono::milliseconds>(after / 4, std::chrono::milliseconds(100),
                                                 std::chrono::milliseconds(5000));
}

}  // namespace

IdleWatch::IdleWatch(std::chrono::seconds after, std::function<void()> idle)
    : rule_(after, model::IdleLock::Clock::now()), idle_(std::move(idle)) {
    wxEvtHandler::AddFilter(this);
    timer_.Bind(wxEVT_TIMER, &IdleWatch::on_tick, this);
    set_after(after);
}

IdleWatch::~IdleWatch() {
    timer_.Stop();
    wxEvtHandler::RemoveFilter(this);
}

void IdleWatch::set_after(std::chrono::seconds after) {
    rule_.set_after(after);
    timer_.Stop();
    if (!rule_.never()) timer_.Start(static_cast<int>(tick_for(after).count()));
}

void IdleWatch::restart() {
    rule_.input(model::IdleLock::Clock::now());
    told_ = false;
}

int IdleWatch::FilterEvent(wxEvent& event) {
    const wxEventType type = event.GetEventType();
    if (type == wxEVT_KEY_DOWN || type == wxEVT_LEFT_DOWN || type == wxEVT_RIGHT_DOWN ||
        type == wxEVT_MIDDLE_DOWN || type == wxEVT_MOTION || type == wxEVT_MOUSEWHEEL)
        restart();
    return Event_Skip;
}

void IdleWatch::on_tick(wxTimerEvent&) {
    if (told_ || !rule_.due(model::IdleLock::Clock::now())) return;
    told_ = true;
    idle_();
}

}  // namespace pcr::app
