// Reads and writes the preferences under /Preferences in the app's configuration.
#include "app/preferences.h"

#include <wx/config.h>

#include <algorithm>

namespace pcr::app {

Preferences Preferences::load() {
    const wxConfigBase* config = wxConfigBase::Get();
    Preferences p;
    const long size = config->ReadLong("/Preferences/PageFontSize", 0);
    p.page_font_size = size == 0 ? 0 : static_cast<int>(std::clamp<long>(size, kSmallest, kLargest));
    p.dashboard_lines =
        static_cast<int>(std::clamp<long>(config->ReadLong("/Preferences/DashboardLines", 8), 1, 500));
    p.dashboard_on_open = config->ReadBool("/Preferences/DashboardOnOpen", true);
    p.due_within_days = static_cast<int>(std::clamp<long>(
        config->ReadLong("/Preferences/DueWithinDays", model::Dashboard::kDueWithinDays), 0, kLongestWindow));
    p.lock_after_minutes = static_cast<int>(std::clamp<long>(
        config->ReadLong("/Preferences/LockAfterMinutes", p.lock_after_minutes), 0, kLongestIdle));
    return p;
}

void Preferences::save() const {
    wxConfigBase* config = wxConfigBase::Get();
    config->Write("/Preferences/PageFontSize", page_font_size);
    config->Write("/Preferences/DashboardLines", dashboard_lines);
    config->Write("/Preferences/DashboardOnOpen", dashboard_on_open);
    config->Write("/Preferences/DueWithinDays", due_within_days);
    config->Write("/Preferences/LockAfterMinutes", lock_after_minutes);
    config->Flush();
}

void Preferences::apply(wxHtmlWindow& page) const {
    if (page_font_size > 0) page.SetStandardFonts(page_font_size);
}

}  // namespace pcr::app
