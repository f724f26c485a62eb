// Working Together for Change: every working and not-working statement of the caseload, for a manager to
// group into themes, count over time, turn into actions on the workbook's plan and export.
#pragma once

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <filesystem>
#include <string>
#include <vector>

#include "app/error_reporter.h"
#include "model/core/date.h"
#include "model/domain/template_registry.h"
#include "model/domain/workbook.h"
#include "model/rules/working_together.h"
#include "model/store/store.h"

namespace pcr::app {

class StatementList;

class WorkingTogetherDialog : public wxDialog {
  public:
    // Gathers the statements of `store` (rules/working_together.h) with the filters empty. The buttons that
    // change themes or the plan are enabled for who may assess (a manager); `workbook` is the one whose
    // latest assessment "Add to Action Plan" adds to; `today` is the day a by-when before it is asked about.
    WorkingTogetherDialog(wxWindow* parent, model::Store& store, const model::TemplateRegistry& templates,
                          const model::Workbook& workbook, ErrorReporter& reporter, const model::Date& today);
    ~WorkingTogetherDialog() override;

    // The statements listed now, in the list's order, and the themes with their counts.
    const std::vector<model::Statement>& statements() const { return statements_; }
    const std::vector<model::ThemeCount>& counts() const { return counts_; }
    wxListCtrl* statement_list() const;
    wxListCtrl* theme_list() const { return themes_; }
    wxChoice* team_choice() const { return team_; }
    wxTextCtrl* since_box() const { return since_; }
    wxTextCtrl* until_box() const { return until_; }
    wxTextCtrl* theme_name_box() const { return theme_name_; }
    wxChoice* theme_kind_choice() const { return theme_kind_; }
    wxButton* new_theme_button() const { return new_theme_; }
    wxButton* assign_button() const { return assign_; }
    wxButton* action_button() const { return action_; }
    // The line under the lists saying what was last done, such as an action added to the plan.
    wxStaticText* done_line() const { return done_; }

    // What the buttons do once asked what they need: for tests, and the buttons call them.
    bool make_theme(const std::string& name, model::StatementKind kind);
    bool assign_chosen();
    bool export_csv(const std::filesystem::path& file);
    // Reads the filters and gathers the statements again.
    void refresh();

  private:
    void build();
    void fill_themes();
    void show_quarters();
    const model::ThemeCount* chosen_theme() const;
    std::vector<model::Statement> chosen_statements() const;
    void on_new_theme();
    void on_rename();
    void on_delete();
    void on_take_out();
    void on_suggest();
    void on_action();
    void on_export();
    void update_buttons();
    // Runs `change`, reporting a failure under `title`; true when it went through.
    template <class Change>
    bool attempt(const std::string& title, Change change);

    model::Store& store_;
    const model::TemplateRegistry& templates_;
    const model::Workbook& workbook_;
    ErrorReporter& reporter_;
    model::Date today_;
    bool may_change_ = false;
    std::vector<std::string> team_ids_;  // the team choice's items after "All teams"
    std::vector<model::Statement> statements_;
    std::vector<model::Theme> themes_held_;
    std::vector<model::ThemeMember> members_;
    std::vector<model::ThemeCount> counts_;

    wxChoice* team_ = nullptr;
    wxTextCtrl* since_ = nullptr;
    wxTextCtrl* until_ = nullptr;
    StatementList* list_ = nullptr;
    wxListCtrl* themes_ = nullptr;
    wxListCtrl* quarters_ = nullptr;
    wxTextCtrl* theme_name_ = nullptr;
    wxChoice* theme_kind_ = nullptr;
    wxButton* new_theme_ = nullptr;
    wxButton* rename_ = nullptr;
    wxButton* delete_ = nullptr;
    wxButton* assign_ = nullptr;
    wxButton* take_out_ = nullptr;
    wxButton* suggest_ = nullptr;
    wxButton* action_ = nullptr;
    wxStaticText* done_ = nullptr;
};

}  // namespace pcr::app
