// The recent databases' menu labels, put right for servers after wxFileHistory has made them.
#include "app/recent_databases.h"

#include <wx/menu.h>

#include "app/wx_text.h"

namespace pcr::app {

void RecentDatabases::AddFileToHistory(const wxString& entry) {
    wxFileHistory::AddFileToHistory(entry);
    label_servers();
}

void RecentDatabases::RemoveFileFromHistory(size_t i) {
    wxFileHistory::RemoveFileFromHistory(i);
    label_servers();
}

void RecentDatabases::Load(const wxConfigBase& config) {
    wxFileHistory::Load(config);
    label_servers();
}

void RecentDatabases::AddFilesToMenu() {
    wxFileHistory::AddFilesToMenu();
    label_servers();
}

void RecentDatabases::AddFilesToMenu(wxMenu* menu) {
    wxFileHistory::AddFilesToMenu(menu);
    label_servers();
}

void RecentDatabases::label_servers() {
    for (size_t i = 0; i < GetCount(); ++i) {
        wxString address = GetHistoryFile(i);
        if (!to_location(address).is_server()) continue;
        address.Replace("&", "&&");  // not a mnemonic
        const wxString label = wxString::Format("&%d %s", static_cast<int>(i + 1), address);
        for (wxList::compatibility_iterator node = GetMenus().GetFirst(); node; node = node->GetNext())
            if (wxMenuItem* item =
                    static_cast<wxMenu*>(node->GetData())->FindItem(GetBaseId() + static_cast<int>(i)))
                item->SetItemLabel(label);
    }
}

}  // namespace pcr::app
