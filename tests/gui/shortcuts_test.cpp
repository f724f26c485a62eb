// Keys mean one thing across the main and Workbook windows (their real menu bars walked), the Keyboard
// Shortcuts window lists every one, F1 opens the user guide, Escape closes About, and Tab goes where
// expected.
#include "app/shortcuts.h"

#include <wx/menu.h>

#include <boost/test/unit_test.hpp>
#include <map>
#include <set>

#include "app/dialogs/about_dialog.h"
#include "app/dialogs/shortcuts_dialog.h"
#include "app/dialogs/subject_dialog.h"
#include "app/dialogs/user_guide_dialog.h"
#include "app/views/workbook_frame.h"
#include "demo_frame.h"
#include "real_input.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;
using pcr::gui_test::kToday;
using pcr::gui_test::open_dialog;
using pcr::gui_test::RealInput;
using pcr::gui_test::with_dialog;

namespace {

struct MenuKey {
    wxString key;
    wxString label;  // without the mnemonic
};

void walk(wxMenu* menu, std::vector<MenuKey>& keys) {
    for (wxMenuItem* item : menu->GetMenuItems()) {
        if (item->IsSubMenu()) walk(item->GetSubMenu(), keys);
        const wxString key = item->GetItemLabel().AfterFirst('\t');
        if (!key.empty()) keys.push_back({key, item->GetItemLabelText()});
    }
}

std::vector<MenuKey> menu_keys(wxFrame* frame) {
    std::vector<MenuKey> keys;
    wxMenuBar* bar = frame->GetMenuBar();
    for (size_t m = 0; m < bar->GetMenuCount(); ++m) walk(bar->GetMenu(m), keys);
    return keys;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(shortcuts_test)

BOOST_AUTO_TEST_CASE(no_key_means_two_things_across_the_main_and_workbook_windows) {
    DemoFrame w;
    BOOST_REQUIRE(w.frame->open_workbook());
    const auto main_keys = menu_keys(w.frame.get());
    const auto workbook_keys = menu_keys(w.frame->workbook_window());
    BOOST_TEST(main_keys.size() > 15u);
    BOOST_TEST(workbook_keys.size() > 8u);

    // Within a window, a key is on one item only.
    for (const auto* keys : {&main_keys, &workbook_keys}) {
        std::set<wxString> seen;
        for (const auto& k : *keys) BOOST_TEST(seen.insert(k.key).second, from_wx(k.key) << " twice");
    }
    // Across the windows, a key on both is the same command with the same words.
    std::map<wxString, wxString> main_labels;
    for (const auto& k : main_keys) main_labels[k.key] = k.label;
    for (const auto& k : workbook_keys) {
        const auto found = main_labels.find(k.key);
        if (found == main_labels.end()) continue;
        BOOST_TEST(from_wx(found->second) == from_wx(k.label), from_wx(k.key));
    }
    // Every key in a menu is the table's key for that window.
    const auto in_table = [](const wxString& key, app::KeyPlace place) {
        for (const auto& s : app::shortcuts())
            if (wxString::FromUTF8(s.key) == key && (s.place == place || s.place == app::KeyPlace::Both))
                return true;
        return false;
    };
    for (const auto& k : main_keys) BOOST_TEST(in_table(k.key, app::KeyPlace::Main), from_wx(k.key));
    for (const auto& k : workbook_keys) BOOST_TEST(in_table(k.key, app::KeyPlace::Workbook), from_wx(k.key));
    // And every menu key of the table is in its window's menus.
    const auto has = [](const std::vector<MenuKey>& keys, const char* key) {
        return std::any_of(keys.begin(), keys.end(), [&](const MenuKey& k) { return k.key == key; });
    };
    for (const auto& s : app::shortcuts()) {
        if (s.place == app::KeyPlace::Main || s.place == app::KeyPlace::Both)
            BOOST_TEST(has(main_keys, s.key), s.key);
        if (s.place == app::KeyPlace::Workbook || s.place == app::KeyPlace::Both)
            BOOST_TEST(has(workbook_keys, s.key), s.key);
    }
    // The keys that used to differ between the windows.
    for (const char* key : {"Ctrl+N", "Ctrl+E", "Ctrl+1", "Ctrl+2", "Ctrl+3"})
        BOOST_TEST(!has(workbook_keys, key), key);
}

BOOST_AUTO_TEST_CASE(the_shortcuts_window_opened_with_its_key_lists_every_key) {
    DemoFrame w;
    BOOST_REQUIRE(w.frame->open_workbook());
    std::vector<MenuKey> keys = menu_keys(w.frame.get());
    const auto more = menu_keys(w.frame->workbook_window());
    keys.insert(keys.end(), more.begin(), more.end());

    RealInput input;
    std::multiset<wxString> listed;
    const bool opened = with_dialog<app::ShortcutsDialog>(
        [&] {
            // Shift+F1 pressed for real over the main window.
            w.frame->Raise();
            input.click(w.frame->GetStatusBar());
            input.key(WXK_F1, wxMOD_SHIFT);
        },
        [&](app::ShortcutsDialog& dialog) {
            for (long row = 0; row < dialog.list()->GetItemCount(); ++row)
                listed.insert(dialog.list()->GetItemText(row, 0));
            dialog.EndModal(wxID_CLOSE);
        });
    BOOST_REQUIRE(opened);
    for (const auto& k : keys) BOOST_TEST(listed.count(k.key) > 0u, from_wx(k.key));
    BOOST_TEST(listed.size() == app::shortcuts().size());
}

BOOST_AUTO_TEST_CASE(f1_opens_the_user_guide) {
    DemoFrame w;
    RealInput input;
    wxString page;
    const bool opened = with_dialog<app::UserGuideDialog>(
        [&] {
            input.click(w.frame->GetStatusBar());
            input.key(WXK_F1);
        },
        [&](app::UserGuideDialog& dialog) {
            page = dialog.page()->ToText();
            input.click(dialog.page());
            input.key(WXK_ESCAPE);
        });
    BOOST_REQUIRE(opened);
    BOOST_TEST(page.Contains("After a visit"));
    BOOST_TEST(page.Contains("Ctrl+L"));
}

BOOST_AUTO_TEST_CASE(escape_closes_about) {
    DemoFrame w;
    RealInput input;
    int result = 0;
    bool escaped = false;
    wxTheApp->CallAfter([&] {
        auto* about = open_dialog<app::AboutDialog>();
        if (!about) return;
        RealInput::wait_for([about] { return about->IsShownOnScreen(); });
        input.simulator.MouseMove(about->GetScreenRect().GetPosition() + wxPoint(20, 20));
        RealInput::settle();
        input.key(WXK_ESCAPE);
        escaped = RealInput::wait_for([about] { return !about->IsModal(); });
        if (about->IsModal()) about->EndModal(wxID_ABORT);
    });
    app::AboutDialog about(w.frame.get());
    result = about.ShowModal();
    BOOST_TEST(escaped);
    BOOST_TEST(result != wxID_ABORT);
}

BOOST_AUTO_TEST_CASE(tab_goes_from_the_name_to_the_preferred_name) {
    DemoFrame w;
    RealInput input;
    model::Subject someone;
    someone.id = "P-NEW";
    wxWindow* first = nullptr;
    wxWindow* after_tab = nullptr;
    app::SubjectDialog dialog(w.frame.get(), "Add a person", someone, kToday);
    wxTheApp->CallAfter([&] {
        RealInput::wait_for([&] { return dialog.IsShownOnScreen(); });
        input.click_into(dialog.name_control());
        first = wxWindow::FindFocus();
        input.key(WXK_TAB);
        RealInput::wait_for([&] { return wxWindow::FindFocus() != first; });
        after_tab = wxWindow::FindFocus();
        dialog.EndModal(wxID_CANCEL);
    });
    dialog.ShowModal();
    BOOST_TEST((first == dialog.name_control()));
    BOOST_TEST((after_tab == dialog.preferred_control()));
}

BOOST_AUTO_TEST_SUITE_END()
