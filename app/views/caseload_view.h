// The left pane: people, staff or the team, a search box that filters as you type, and the list.
#pragma once

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/views/caseload_model.h"
#include "model/domain/caseload_scope.h"
#include "model/domain/template_registry.h"
#include "model/store/store.h"

namespace pcr::app {

class CaseloadView : public wxPanel {
  public:
    using SelectionHandler = std::function<void(const model::Subject*)>;

    explicit CaseloadView(wxWindow* parent);

    // What to list from; a null store shows an empty list. Keeps the kind, search and archived choice.
    // Chooses the first person listed (telling the handler) unless `choose_first` is false, when the right
    // side shows something else (the dashboard) and building a person's page would be wasted.
    void set_source(const model::Store* store, const model::TemplateRegistry* templates,
                    const model::Date& today, bool choose_first = true);
    // Runs the query again (after an import, or when archived people are shown or hidden).
    void reload();
    // Reads the list again after another program changed the database: the selection handler hears only if
    // someone else is chosen now (the one chosen is gone), so the page shown is the caller's to refresh.
    void reload_quietly();
    void set_include_archived(bool include);
    void set_kind(model::SubjectKind kind);
    model::SubjectKind kind() const { return kind_; }
    // Whose people are listed: "My people", "My teams" or "Everyone", as offered to whoever is signed in
    // (model/rules/caseload_choice.h). The choice shows above the list when there is more than one.
    void set_scope(model::CaseloadScope scope);
    model::CaseloadScope scope() const { return scope_; }
    wxChoice* scope_control() const { return scope_choice_; }
    // Called whenever the caseload chosen changes (opening a database included), so the dashboard follows.
    void on_scope(std::function<void(model::CaseloadScope)> handler) { scope_handler_ = std::move(handler); }
    void focus_search();
    // Called with the chosen subject, or nullptr when nothing is chosen.
    void on_selection(SelectionHandler handler) { handler_ = std::move(handler); }
    // Selects a row (or clears the selection for -1) and tells the handler, as a click would.
    void select_row(int row);
    int selected_row() const;
    // Shows `kind` with no search, selects the subject with `id` and tells the handler; false when not
    // listed.
    bool select_subject(model::SubjectKind kind, const std::string& id);
    // Clears the selection without telling the handler (the right side shows something else, the dashboard).
    void clear_selection();

    // Called by the "Add log entry" button under the list and the list's context menu (the chosen person).
    void on_add_log(std::function<void()> handler) { add_log_handler_ = std::move(handler); }
    wxButton* add_log_button() const { return add_log_; }

    wxSearchCtrl* search_control() const { return search_; }
    wxDataViewCtrl* list_control() const { return list_; }
    const CaseloadModel& rows() const { return *model_; }
    wxString count_text_shown() const { return count_->GetLabel(); }

  private:
    // When the handler hears of a choice the list made itself: at once, after typing pauses, or not at all.
    enum class Follow { Now, AfterTyping, Not };

    void fit_name_column();
    // Reads the records column's totals of every subject of the kind (the data or the kind changed).
    void summarize();
    // Reads the caseload again (kind, scope or archived choice changed, or the data), then shows the search.
    void load(Follow follow = Follow::Now);
    // Shows what the search finds in the caseload already read.
    void show_search(Follow follow);
    void update_count();
    void restore_selection(const std::string& id, Follow follow);
    void notify();
    void on_search_text(wxCommandEvent& event);
    void on_search_enter(wxCommandEvent& event);
    void on_kind_choice(wxCommandEvent& event);
    void on_scope_choice(wxCommandEvent& event);
    void show_scope_choice();
    void on_list_selection(wxDataViewEvent& event);

    wxChoice* kind_choice_ = nullptr;
    wxChoice* scope_choice_ = nullptr;
    std::vector<model::CaseloadScope> scopes_;
    model::CaseloadScope scope_ = model::CaseloadScope::Everyone;
    std::function<void(model::CaseloadScope)> scope_handler_;
    wxSearchCtrl* search_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxObjectDataPtr<CaseloadModel> model_;

    const model::Store* store_ = nullptr;
    const model::TemplateRegistry* templates_ = nullptr;
    model::Date today_;
    model::SubjectKind kind_ = model::SubjectKind::Person;
    bool include_archived_ = false;
    model::CaseloadSummary summaries_;
    std::string notified_id_;  // the subject the handler was last told about, so a requery does not repeat it
    bool notified_ = false;
    // Tells the handler of the first match once typing pauses: the list follows every keystroke, the
    // chosen person's page (tens of milliseconds) only the last.
    wxTimer follow_timer_;
    SelectionHandler handler_;
    wxButton* add_log_ = nullptr;
    std::function<void()> add_log_handler_;
};

}  // namespace pcr::app
