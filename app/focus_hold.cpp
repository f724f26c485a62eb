// The focus hold: an event filter that drops wxEVT_KILL_FOCUS for the windows held.
#include "app/focus_hold.h"

#include <wx/event.h>

namespace pcr::app {

FocusHold::FocusHold(std::vector<wxWindow*> held) {
    for (wxWindow* window : held) held_.emplace_back(window);
    wxEvtHandler::AddFilter(this);
}

FocusHold::~FocusHold() {
    wxEvtHandler::RemoveFilter(this);
}

int FocusHold::FilterEvent(wxEvent& event) {
    if (event.GetEventType() != wxEVT_KILL_FOCUS) return Event_Skip;
    for (wxWindow* window = dynamic_cast<wxWindow*>(event.GetEventObject()); window;
         window = window->GetParent())
        for (const auto& held : held_)
            if (held && held.get() == window) return Event_Ignore;
    return Event_Skip;
}

}  // namespace pcr::app
