// The watch for other programs' changes: a timer asks the store, and the window is told between dialogs.
#include "app/elsewhere_watch.h"

#include <wx/dialog.h>
#include <wx/toplevel.h>

#include "model/core/errors.h"

namespace pcr::app {

namespace {

bool modal_dialog_open() {
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsModal()) return true;
    return false;
}

}  // namespace

ElsewhereWatch::ElsewhereWatch(std::function<model::Store*()> store, std::function<bool()> wait,
                               std::function<void()> changed)
    : store_(std::move(store)), wait_(std::move(wait)), changed_(std::move(changed)) {
    timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { look(); });
    timer_.Start(static_cast<int>(kInterval.count()));
}

ElsewhereWatch::~ElsewhereWatch() {
    timer_.Stop();
}

bool ElsewhereWatch::look() {
    model::Store* store = store_();
    if (!store || telling_ || wait_() || modal_dialog_open()) return false;
    try {
        if (!store->changed_elsewhere()) return false;
    } catch (const pcr::Error&) {
        // The file could not be asked this time (busy, gone for a moment): the next look asks again.
        return false;
    }
    telling_ = true;
    struct Told {
        bool& telling;
        ~Told() { telling = false; }
    } told{telling_};
    changed_();
    return true;
}

}  // namespace pcr::app
