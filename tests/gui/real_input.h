// Real mouse clicks and key presses through the X server (wxUIActionSimulator), waited for the way a user's
// would be: until the window shows their effect, for a bounded number of turns of the event loop.
#pragma once

#include <wx/app.h>
#include <wx/button.h>
#include <wx/textctrl.h>
#include <wx/toplevel.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include <functional>

namespace pcr::gui_test {

struct RealInput {
    wxUIActionSimulator simulator;

    // Turns the event loop (the active one: a modal dialog's inside ShowModal) until `done` or ~2 seconds.
    static bool wait_for(const std::function<bool()>& done, int turns = 400) {
        for (int turn = 0; turn < turns; ++turn) {
            if (done()) return true;
            wxTheApp->Yield(true);
            wxMilliSleep(5);
        }
        return done();
    }
    static void settle(int turns = 20) {
        for (int turn = 0; turn < turns; ++turn) {
            wxTheApp->Yield(true);
            wxMilliSleep(2);
        }
    }

    // Moves the pointer to the middle of `window` (so keys go to its top-level window: no window manager
    // gives focus under Xvfb, the pointer does) and clicks it.
    void click(wxWindow* window) {
        wxTopLevelWindow* top = dynamic_cast<wxTopLevelWindow*>(wxGetTopLevelParent(window));
        if (top) top->Raise();
        wait_for([window] { return window->IsShownOnScreen(); });
        settle();
        const wxRect rect = window->GetScreenRect();
        simulator.MouseMove(rect.GetPosition() + wxPoint(rect.width / 2, rect.height / 2));
        settle(5);
        simulator.MouseClick();
        settle();
    }
    // Clicks a text box and waits until it has the focus.
    bool click_into(wxTextCtrl* text) {
        click(text);
        return wait_for([text] { return wxWindow::FindFocus() == text; });
    }
    // Types `text` with key presses into the focused control, waiting until `control` ends with it.
    bool type(wxTextCtrl* control, const wxString& text) {
        simulator.Text(text.utf8_str());
        return wait_for([control, text] { return control->GetValue().EndsWith(text); });
    }
    void key(int keycode, int modifiers = wxMOD_NONE) {
        simulator.Char(keycode, modifiers);
        settle();
    }
};

}  // namespace pcr::gui_test
