// Fitting top-level windows to the display they are on.
#include "app/window_fit.h"

#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/modalhook.h>

#include <algorithm>

namespace pcr::app {

wxRect usable_area(const wxWindow* window) {
    const int index = window ? wxDisplay::GetFromWindow(window) : wxNOT_FOUND;
    const wxRect area = wxDisplay(index == wxNOT_FOUND ? 0u : static_cast<unsigned>(index)).GetClientArea();
    // A display that reports nothing usable (no window manager hints) is used whole.
    return area.IsEmpty() ? wxDisplay(0u).GetGeometry() : area;
}

wxSize size_on_display(const wxWindow* window, const wxSize& preferred, double fraction) {
    const wxRect area = usable_area(window);
    return wxSize(std::min(preferred.x, static_cast<int>(area.width * fraction)),
                  std::min(preferred.y, static_cast<int>(area.height * fraction)));
}

wxRect clamp_inside(const wxRect& rect, const wxRect& area) {
    wxRect out = rect;
    out.width = std::min(out.width, area.width);
    out.height = std::min(out.height, area.height);
    out.x = std::clamp(out.x, area.x, area.GetRight() - out.width + 1);
    out.y = std::clamp(out.y, area.y, area.GetBottom() - out.height + 1);
    return out;
}

void fit_inside_display(wxTopLevelWindow* window) {
    const wxRect area = usable_area(window);
    const wxSize min = window->GetMinSize();
    if (min.x > area.width || min.y > area.height)
        window->SetMinSize(
            wxSize(min.x > area.width ? area.width : min.x, min.y > area.height ? area.height : min.y));
    const wxRect rect = window->GetRect();
    const wxRect fitted = clamp_inside(rect, area);
    if (fitted != rect) window->SetSize(fitted);
}

namespace {

class DisplayFitHook : public wxModalDialogHook {
    int Enter(wxDialog* dialog) override {
        // Once shown: GTK gives a native dialog its size when it maps it.
        dialog->CallAfter([dialog] { fit_inside_display(dialog); });
        return wxID_NONE;
    }
    void Exit(wxDialog*) override {}
};

}  // namespace

void keep_dialogs_on_display() {
    static DisplayFitHook hook;
    static const bool registered = (hook.Register(), true);
    (void)registered;
}

int column_width(const wxWindow* list, const wxString& title, int wanted) {
    return std::max(wanted, list->GetTextExtent(title).x + list->FromDIP(24));
}

}  // namespace pcr::app
