// The versions of one record: who changed it and when, what each version held and changed, and restoring one.
#pragma once

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/html/htmlwin.h>
#include <wx/listctrl.h>

#include <vector>

#include "model/core/date.h"
#include "model/domain/subject.h"
#include "model/domain/tool_template.h"
#include "model/rules/edit_session.h"
#include "model/store/store.h"

namespace pcr::app {

class HistoryDialog : public wxDialog {
  public:
    // With no session the dialog only reads (no restoring).
    HistoryDialog(wxWindow* parent, const model::Store& store, const model::ToolTemplate& tool,
                  const model::Subject& subject, model::EditSession* session, const model::Date& today);

    // Versions newest first, as listed.
    const std::vector<model::Change>& versions() const { return versions_; }
    void select_version(int index);
    int selected_version() const;
    // Saves the chosen version's content as a new version; false (after saying why) when it could not.
    bool restore_selected();
    bool restored() const { return restored_; }
    wxString content_text() const { return content_->ToText(); }
    wxString changes_text() const { return changes_->ToText(); }

  private:
    void load_versions();
    void show_selected();
    void on_selection(wxListEvent& event);

    const model::Store& store_;
    const model::ToolTemplate& tool_;
    model::Subject subject_;
    model::EditSession* session_;
    model::Date today_;
    std::vector<model::Change> versions_;
    bool restored_ = false;

    wxListCtrl* list_ = nullptr;
    wxHtmlWindow* changes_ = nullptr;
    wxHtmlWindow* content_ = nullptr;
    wxButton* restore_ = nullptr;
};

}  // namespace pcr::app
