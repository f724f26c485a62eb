// The right pane: the chosen person (or staff member, or the team), every tool that applies, and one record.
#pragma once

#include <wx/dataview.h>
#include <wx/html/htmlwin.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include <functional>
#include <optional>
#include <string>

#include "app/error_reporter.h"
#include "app/views/tool_list_model.h"
#include "model/domain/template_registry.h"
#include "model/rules/edit_session.h"
#include "model/store/store.h"

namespace pcr::app {

class DashboardView;
class RecordEditor;
class RatingChartView;
class RelationshipCircleView;

class SubjectView : public wxPanel {
  public:
    explicit SubjectView(wxWindow* parent);

    void set_source(const model::Store* store, const model::TemplateRegistry* templates,
                    const model::Date& today);
    // Where edits are saved (null: read-only); the circle drawing edits through it.
    void set_session(model::EditSession* session) { session_ = session; }
    // The drawn circle, shown beside the record for tools with a circle layout (the relationship circle).
    RelationshipCircleView& circle() const { return *circle_; }
    // The ratings drawn over time, a tab of its own for tools with a ratings chart (outcome ratings).
    RatingChartView& rating_chart() const { return *chart_; }
    const model::Subject* subject() const { return subject_ ? &*subject_ : nullptr; }
    // Reads the subject's records again and shows the same tool (after an edit, an undo or a redo).
    void refresh();
    // The chosen tool's template, or nullptr when none is chosen.
    const model::ToolTemplate* current_tool() const;
    // Called by the header's History button.
    void on_history(std::function<void()> handler) { history_handler_ = std::move(handler); }
    // Shows a subject's tools and the record of the tool chosen before (or the first); nullptr: the empty
    // state.
    void show_subject(const model::Subject* subject);
    // Replaces everything with a message, for when there is nothing to show (no database open).
    void show_message(const wxString& title, const wxString& text);

    // Builds the dashboard afresh and shows it in place of a subject.
    void show_dashboard();
    bool showing_dashboard() const;
    DashboardView& dashboard() const { return *dashboard_; }
    // Selects the tool with this id when the subject has it; false otherwise.
    bool select_tool_id(const std::string& tool);

    void select_tool(int row);
    int selected_tool() const;
    const ToolListModel& tool_rows() const { return *tools_; }
    wxDataViewCtrl* tool_list() const { return tool_list_; }
    // The record's tabs: Circle or Chart (for tools with a drawing), Edit and Read.
    wxNotebook* record_tabs() const { return record_tabs_; }
    wxString header_name() const { return name_->GetLabel(); }
    wxString record_page_text() const { return record_->ToText(); }
    wxHtmlWindow* record_page() const { return record_; }
    // The chosen record in its editor (the "Edit" tab; "Read" shows it as a page).
    RecordEditor& editor() const { return *editor_; }
    void show_editor(bool edit);
    // The line between the tools list and the record, which the user may move.
    wxSplitterWindow* tools_splitter() const { return splitter_; }
    // Where the editor reports a change it could not save.
    void set_reporter(ErrorReporter* reporter);
    // After a saved change, an undo or a redo: reads the standings again; the editor reloads unless the
    // change is its own (so the focus stays where the user is typing).
    void record_changed(model::SubjectKind kind, const std::string& id, const std::string& tool);
    // After someone's details or photo changed (or an undo or redo of that): reads them again when shown.
    void subject_changed(model::SubjectKind kind, const std::string& id);
    // After another program changed the database: the dashboard, or the person shown, read again. The record
    // editor is left as it is while it is worked in (text not saved, or the focus in it).
    void changed_elsewhere();

  private:
    wxWindow* build_content(wxWindow* parent);
    wxWindow* build_message(wxWindow* parent);
    void show_header(const model::Subject& subject);
    void show_record();
    void show_circle(const model::ToolStanding& standing);
    void show_chart(const model::ToolStanding& standing);
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
    wxNotebook* record_tabs_ = nullptr;
    RecordEditor* editor_ = nullptr;
    ErrorReporter* reporter_ = nullptr;
    wxObjectDataPtr<ToolListModel> tools_;
    DashboardView* dashboard_ = nullptr;
    wxPanel* record_pane_ = nullptr;
    RelationshipCircleView* circle_ = nullptr;
    RatingChartView* chart_ = nullptr;
    int list_sash_ = 0;  // where the tool list ended before the circle took the room
    model::EditSession* session_ = nullptr;
    std::function<void()> history_handler_;

    const model::Store* store_ = nullptr;
    const model::TemplateRegistry* templates_ = nullptr;
    model::Date today_;
    std::optional<model::Subject> subject_;
    std::string tool_id_;  // the tool last chosen, kept when moving from one person to the next
    std::size_t fitted_rows_ =
        0;  // the tool count the list was last sized for; a drag holds until it changes
};

}  // namespace pcr::app
