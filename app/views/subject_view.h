// The right pane: the chosen person (or staff member, or the team), every tool that applies, and one record.
#pragma once

#include <wx/dataview.h>
#include <wx/html/htmlwin.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include <optional>
#include <string>

#include "app/views/tool_list_model.h"
#include "model/storage/store.h"
#include "model/tools/template_registry.h"

namespace pcr::app {

class SubjectView : public wxPanel {
  public:
    explicit SubjectView(wxWindow* parent);

    void set_source(const model::Store* store, const model::TemplateRegistry* templates,
                    const model::Date& today);
    // Shows a subject's tools and the record of the tool chosen before (or the first); nullptr: the empty
    // state.
    void show_subject(const model::Subject* subject);
    // Replaces everything with a message, for when there is nothing to show (no database open).
    void show_message(const wxString& title, const wxString& text);

    void select_tool(int row);
    int selected_tool() const;
    const ToolListModel& tool_rows() const { return *tools_; }
    wxString header_name() const { return name_->GetLabel(); }
    wxString record_page_text() const { return record_->ToText(); }

  private:
    wxWindow* build_content(wxWindow* parent);
    wxWindow* build_message(wxWindow* parent);
    void show_header(const model::Subject& subject);
    void show_record();
    void fit_tools_list();
    void on_tool_selection(wxDataViewEvent& event);

    wxSimplebook* book_ = nullptr;
    wxStaticText* message_title_ = nullptr;
    wxStaticText* message_text_ = nullptr;
    wxStaticText* name_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxStaticText* details_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxSplitterWindow* splitter_ = nullptr;
    wxDataViewCtrl* tool_list_ = nullptr;
    wxHtmlWindow* record_ = nullptr;
    wxObjectDataPtr<ToolListModel> tools_;

    const model::Store* store_ = nullptr;
    const model::TemplateRegistry* templates_ = nullptr;
    model::Date today_;
    std::optional<model::Subject> subject_;
    std::string tool_id_;  // the tool last chosen, kept when moving from one person to the next
    std::size_t fitted_rows_ =
        0;  // the tool count the list was last sized for; a drag holds until it changes
};

}  // namespace pcr::app
