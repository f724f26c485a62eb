// File > Open Recent: the databases opened last, files and server addresses alike, each labelled with what
// reopens it.
#pragma once

#include <wx/filehistory.h>

namespace pcr::app {

// wxFileHistory labels an entry by what wxFileName makes of it, which folds a server address's "//" into
// one ("postgresql:/ann@…") and may cut it to its database name: a server's entry is labelled with its
// address as it was remembered (without a password: MainFrame never gives it one).
class RecentDatabases : public wxFileHistory {
  public:
    void AddFileToHistory(const wxString& entry) override;
    void RemoveFileFromHistory(size_t i) override;
    void Load(const wxConfigBase& config) override;
    void AddFilesToMenu() override;
    void AddFilesToMenu(wxMenu* menu) override;

  private:
    void label_servers();
};

}  // namespace pcr::app
