// The file dialog the app asks with: GTK's own where the screen has room for it, a smaller one where not.
#pragma once

#include <wx/filedlg.h>

#include <memory>

class wxGenericFileCtrl;

namespace pcr::app {

// True when GTK's own file chooser fits the usable area of the display `window` is on. It opens at about
// 1100x830 whatever it is asked, past the edge of a 1024x768 laptop with its buttons out of reach.
bool native_chooser_fits(const wxWindow* window);

// The window name of the app's own file dialog, by which tests and hooks know it.
inline constexpr const char* kFileChooserName = "pcr-file-chooser";

// Asks for a file to open or save (`style`: wxFD_OPEN or wxFD_SAVE, with wxFD_FILE_MUST_EXIST or
// wxFD_OVERWRITE_PROMPT): with GTK's chooser where it fits, else with a dialog of the app's own around wx's
// file list, sized to the screen like every other dialog.
class FileChooser {
  public:
    FileChooser(wxWindow* parent, const wxString& title, const wxString& name, const wxString& wildcard,
                long style);
    ~FileChooser();
    // True when the user chose a file.
    bool ask();
    wxString path() const;
    int filter_index() const;

  private:
    std::unique_ptr<wxFileDialog> native_;
    std::unique_ptr<wxDialog> small_;
    wxGenericFileCtrl* files_ = nullptr;
};

}  // namespace pcr::app
