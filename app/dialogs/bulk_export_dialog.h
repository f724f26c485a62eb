// File > Export > One-Page Profiles of the List: the folder, PDF or HTML, and whether people with no one-page
// profile get a page, in one dialog.
#pragma once

#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/filepicker.h>
#include <wx/radiobox.h>
#include <wx/textctrl.h>

#include <filesystem>

#include "model/export/bulk_export.h"

namespace pcr::app {

class BulkExportDialog : public wxDialog {
  public:
    // `count` subjects of `kind` are in the list; `folder` is offered first (the last one used), created on
    // export when it does not exist yet.
    BulkExportDialog(wxWindow* parent, std::size_t count, model::SubjectKind kind,
                     const std::filesystem::path& folder);

    std::filesystem::path folder() const;
    model::ExportFormat format() const;
    model::EmptyProfiles empty_profiles() const;

    wxTextCtrl* folder_control() const { return folder_->GetTextCtrl(); }
    wxCheckBox* include_empty_control() const { return include_empty_; }

  private:
    wxDirPickerCtrl* folder_ = nullptr;
    wxRadioBox* format_ = nullptr;
    wxCheckBox* include_empty_ = nullptr;
};

}  // namespace pcr::app
