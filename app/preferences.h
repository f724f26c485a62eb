// The user's preferences, kept in wxConfig: text size of record pages, how the dashboard behaves
// and when the window locks.
#pragma once

#include <wx/html/htmlwin.h>

#include "model/accounts/idle_lock.h"
#include "model/rules/dashboard.h"

namespace pcr::app {

struct Preferences {
    static constexpr int kSmallest = 8;
    static constexpr int kLargest = 20;

    int page_font_size = 0;         // points for record pages, the dashboard and history; 0: the system's
    int dashboard_lines = 8;        // lines each dashboard section shows before "Show more"
    bool dashboard_on_open = true;  // show the dashboard first when a database opens
    // How many days ahead the dashboard lists records and reviews as due soon.
    int due_within_days = model::Dashboard::kDueWithinDays;
    static constexpr int kLongestWindow = 365;
    // Minutes without input before a protected database's window locks; 0: never.
    int lock_after_minutes = static_cast<int>(model::IdleLock::kDefaultAfter.count());
    static constexpr int kLongestIdle = 480;

    static Preferences load();
    void save() const;
    // Sets the page's base font size (nothing when page_font_size is 0).
    void apply(wxHtmlWindow& page) const;
};

}  // namespace pcr::app
