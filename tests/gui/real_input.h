// Real mouse clicks and key presses through the X server (wxUIActionSimulator), waited for the way a user's
// would be: until the window shows their effect, for a bounded number of turns of the event loop.
#pragma once

#include <wx/app.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/modalhook.h>
#include <wx/scrolwin.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/toplevel.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include <algorithm>
#include <functional>
#include <vector>

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

    // Scrolls every scrolled window around `window` so that it is in view, as a user scrolls to a field.
    static void reveal(wxWindow* window) {
        for (wxWindow* parent = window->GetParent(); parent; parent = parent->GetParent()) {
            auto* scrolled = dynamic_cast<wxScrolledWindow*>(parent);
            if (!scrolled) continue;
            int unit_x = 0, unit_y = 0;
            scrolled->GetScrollPixelsPerUnit(&unit_x, &unit_y);
            if (unit_y <= 0) continue;
            const wxPoint at =
                scrolled->CalcUnscrolledPosition(scrolled->ScreenToClient(window->GetScreenPosition()));
            scrolled->Scroll(-1, std::max(0, at.y - scrolled->GetClientSize().y / 3) / unit_y);
        }
        settle();
    }

    // Moves the pointer to the middle of `window` (so keys go to its top-level window: no window manager
    // gives focus under Xvfb, the pointer does) and clicks it.
    void click(wxWindow* window) {
        wxTopLevelWindow* top = dynamic_cast<wxTopLevelWindow*>(wxGetTopLevelParent(window));
        if (top) top->Raise();
        wait_for([window] { return window->IsShownOnScreen(); });
        reveal(window);
        const wxRect rect = window->GetScreenRect();
        simulator.MouseMove(rect.GetPosition() + wxPoint(rect.width / 2, rect.height / 2));
        settle(5);
        simulator.MouseClick();
        settle();
    }
    // Gives `line` the keyboard: the pointer rests on its window (no window manager: the keys go where it
    // rests), and the focus is put in the line, which may be scrolled out of a click's reach.
    bool give_keyboard(wxTextCtrl* line) {
        wxWindow* top = wxGetTopLevelParent(line);
        simulator.MouseMove(top->GetScreenPosition() + wxPoint(200, 10));
        settle();
        line->SetFocus();
        return wait_for([line] { return wxWindow::FindFocus() == line; });
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

// The modal dialog of type D that is open now, if any.
template <class D>
D* open_dialog() {
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<D*>(window); dialog && dialog->IsModal()) return dialog;
    return nullptr;
}

// Calls `open`, which opens a modal dialog of type D (directly, or by a key or click that is handled while
// it waits), and inside the dialog's own event loop lets `inside` click and type into it as a user would.
// A dialog `inside` leaves open is ended with wxID_ABORT, so a failing test cannot hang. True when the
// dialog opened.
template <class D>
bool with_dialog(const std::function<void()>& open, const std::function<void(D&)>& inside) {
    // Every modal dialog, native ones (file and folder choosers) included, passes through this hook.
    struct Watch : wxModalDialogHook {
        std::vector<wxDialog*> shown;
        int Enter(wxDialog* dialog) override {
            shown.push_back(dialog);
            return wxID_NONE;
        }
        void Exit(wxDialog* dialog) override { std::erase(shown, dialog); }
    } watch;
    watch.Register();
    bool opened = false;
    bool done = false;
    // Looks for the dialog every few milliseconds from the timer, which fires in whichever event loop runs
    // (the dialog's own once it is shown), so the loop that shows the dialog is never blocked.
    wxTimer timer;
    timer.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
        D* dialog = watch.shown.empty() ? nullptr : dynamic_cast<D*>(watch.shown.back());
        if (!dialog || opened) return;
        opened = true;
        timer.Stop();
        RealInput::wait_for([dialog] { return dialog->IsShownOnScreen(); });
        RealInput::settle();
        inside(*dialog);
        // Ended: its loop ends once this handler returns.
        RealInput::wait_for([dialog] { return !dialog->IsModal(); });
        if (dialog->IsModal()) dialog->EndModal(wxID_ABORT);
        done = true;
    });
    timer.Start(20);
    open();
    RealInput::wait_for([&] { return done; }, 600);
    timer.Stop();
    watch.Unregister();
    return opened;
}

}  // namespace pcr::gui_test
