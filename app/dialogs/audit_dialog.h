// The audit trail for managers and administrators: who did what and when, filtered by person, user and day.
#pragma once

#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include <optional>
#include <vector>

#include "app/views/date_entry.h"
#include "model/domain/audit_entry.h"
#include "model/domain/subject.h"
#include "model/store/store.h"

namespace pcr::app {

class AuditDialog : public wxDialog {
  public:
    // The trail of `store`, newest first. With `chosen`, a box offers to show only that person's entries.
    AuditDialog(wxWindow* parent, const model::Store& store, const model::Subject* chosen);

    wxCheckBox* only_chosen() const { return only_chosen_; }
    wxComboBox* user() const { return user_; }
    DateEntry* since() const { return since_; }
    wxListCtrl* list() const { return list_; }
    // The entries listed, newest first, as the filter last chose them.
    const std::vector<model::AuditEntry>& entries() const { return entries_; }

    // Reads the entries again with what the fields say.
    void apply_filter();

  private:
    model::AuditFilter filter() const;

    const model::Store& store_;
    std::optional<model::Subject> chosen_;
    std::vector<model::AuditEntry> entries_;
    wxCheckBox* only_chosen_ = nullptr;
    wxComboBox* user_ = nullptr;
    DateEntry* since_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxListCtrl* list_ = nullptr;
};

}  // namespace pcr::app
