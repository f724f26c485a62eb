// File > Restore from Backup: the database's backups to choose one (or another file), then the question
// whether to put the database back as it was in it.
#pragma once

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include <filesystem>
#include <vector>

#include "model/rules/restore_choices.h"

namespace pcr::app {

class RestoreDialog : public wxDialog {
  public:
    // Lists `choices` (rules/restore_choices.h: newest first) for the database `database`. Restore… (or
    // Enter on a backup that is whole) and Other File… ask the question in the dialog itself; Restore Now
    // ends it with wxID_OK and chosen() is the backup.
    RestoreDialog(wxWindow* parent, const std::filesystem::path& database,
                  std::vector<model::RestoreChoice> choices);

    wxListCtrl* list() const { return list_; }
    wxButton* restore_button() const { return restore_; }
    wxButton* other_button() const { return other_; }
    wxButton* back_button() const { return back_; }
    // The question shown once a backup is chosen, empty before.
    wxStaticText* question() const { return question_; }
    bool asking() const { return !chosen_.empty(); }
    // The backup to restore from once the dialog ended with wxID_OK.
    const std::filesystem::path& chosen() const { return chosen_; }

  private:
    // The selected backup when it can be restored, else null.
    const model::RestoreChoice* selected() const;
    // Shows the question for `file` with Restore Now and Back, or (empty) the list again.
    void ask(const std::filesystem::path& file);
    void on_restore();
    void on_other();
    void update_buttons();

    std::filesystem::path database_;
    std::vector<model::RestoreChoice> choices_;
    std::filesystem::path chosen_;
    wxListCtrl* list_ = nullptr;
    wxStaticText* question_ = nullptr;
    wxButton* restore_ = nullptr;
    wxButton* other_ = nullptr;
    wxButton* back_ = nullptr;
};

}  // namespace pcr::app
