// Shown when a save finds that someone else changed the same text first: who and when, both versions side by
// side, and the choice of keeping either or merging them by hand.
#pragma once

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <string>

#include "model/rules/edit_conflict.h"

namespace pcr::app {

class ConflictDialog : public wxDialog {
  public:
    // What the user chose; Cancel leaves their text in the editor, unsaved.
    enum class Choice { Cancel, Mine, Theirs, Merged };

    ConflictDialog(wxWindow* parent, const model::EditConflict& conflict);

    // Shows the dialog and returns the choice.
    Choice choose();
    // The text to save for the choice: yours, theirs, or the merge as edited.
    std::string chosen_text() const;

    wxTextCtrl* theirs_control() const { return theirs_; }
    wxTextCtrl* yours_control() const { return yours_; }
    wxTextCtrl* merge_control() const { return merge_; }
    wxButton* mine_button() const { return mine_; }
    wxButton* theirs_button() const { return keep_theirs_; }
    wxButton* merge_button() const { return save_merge_; }

  private:
    model::EditConflict::Details details_;
    Choice choice_ = Choice::Cancel;
    wxTextCtrl* theirs_ = nullptr;
    wxTextCtrl* yours_ = nullptr;
    wxTextCtrl* merge_ = nullptr;
    wxButton* mine_ = nullptr;
    wxButton* keep_theirs_ = nullptr;
    wxButton* save_merge_ = nullptr;
};

}  // namespace pcr::app
