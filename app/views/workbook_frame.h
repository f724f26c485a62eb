// The Workbook window: the dated self-assessments of one workbook, who took part in each, with the records'
// evidence beside each topic, on four pages (topics, summary sheet, action plan, over time).
#pragma once

#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/stattext.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/error_reporter.h"
#include "model/domain/template_registry.h"
#include "model/domain/workbook.h"
#include "model/domain/workbook_assessment.h"
#include "model/rules/edit_session.h"
#include "model/rules/evidence.h"
#include "model/store/store.h"

namespace pcr::app {

class WorkbookTopicsPage;
class SummarySheetPage;
class ActionPlanPage;
class OverTimePage;
class ExportActions;

class WorkbookFrame : public wxFrame, private model::EditObserver {
  public:
    // Opens a person (or staff member, or the team) in the main window, on the record a topic asks for.
    using OpenHandler =
        std::function<void(model::SubjectKind kind, const std::string& id, const std::string& tool)>;
    enum Page { kTopics, kSummary, kActions, kOverTime };

    // Computes the evidence of `workbook` for `today` from the session's store (once: Refresh Evidence
    // computes it again) and shows the newest assessment. Every change goes through `session`, so Edit > Undo
    // takes it back and the history keeps it. `session` must outlive the window.
    WorkbookFrame(wxWindow* parent, model::EditSession& session, const model::TemplateRegistry& templates,
                  model::Workbook workbook, const model::Date& today, ErrorReporter& reporter);
    ~WorkbookFrame() override;

    // Where opening someone from a topic's list goes.
    void on_open(OpenHandler handler) { open_handler_ = std::move(handler); }
    void open_subject(model::SubjectKind kind, const std::string& id, const std::string& tool) const;

    const model::Workbook& workbook() const { return workbook_; }
    const model::Date& today() const { return today_; }
    ErrorReporter& reporter() const { return reporter_; }
    // Today's evidence, in workbook order; the topic's, or null for a topic the workbook does not have.
    const std::vector<model::TopicEvidence>& evidence() const { return evidence_; }
    const model::TopicEvidence* evidence_for(const std::string& topic) const;

    // This workbook's assessments, oldest first, with the one being edited as last edited (saved or not).
    const std::vector<model::WorkbookAssessment>& assessments() const { return assessments_; }
    // The assessment being edited, or null when there is none yet.
    const model::WorkbookAssessment* assessment() const;
    // Whether the one signed in may change assessments (a manager or above): the pages grey their editing
    // for anyone else, who still reads them.
    bool may_assess() const;
    int current_index() const { return current_; }
    // Shows the assessment at `index` of assessments() on every page.
    void choose_assessment(int index);
    // Starts the assessment of `date` from that day's evidence (levels left empty, unfinished actions of the
    // assessment before it carried over), saves it and shows it. False (after saying why) when an assessment
    // of that day exists already or saving failed.
    bool start_assessment(const model::Date& date);
    // Saves `edited` as the assessment being edited, in one transaction, as one undoable step named by
    // `description` ("score topic 1.3"). The edit is kept on screen either way; when saving fails the
    // reporter says why and the window shows it as not saved. `changed_topic` names the one topic changed, so
    // only its line is redrawn.
    bool save(const model::WorkbookAssessment& edited, const std::string& description,
              const std::string& changed_topic = {});
    // Undoes or redoes the session's last step when it was a change to this workbook's assessments.
    void step(bool undo);
    bool unsaved() const { return unsaved_; }

    // Computes today's evidence again (after records changed) and shows it.
    void refresh_evidence();
    // Saves what is typed but not yet saved on any page (a note, a detailed plan).
    void commit_pending();

    wxNotebook* notebook() const { return notebook_; }
    void show_page(Page page);
    WorkbookTopicsPage& topics_page() const { return *topics_; }
    SummarySheetPage& summary_page() const { return *summary_; }
    ActionPlanPage& action_plan_page() const { return *actions_; }
    OverTimePage& over_time_page() const { return *over_time_; }
    wxChoice* assessment_choice() const { return dates_; }
    // Who took part: 0 "not recorded", then model::kParticipations in order.
    wxChoice* participation_choice() const { return participation_; }
    // Records who took part in the assessment shown, as choosing line `index` of the list would.
    void choose_participation(int index);
    ExportActions& exports() const { return *exports_; }

  private:
    void build_menus();
    void load_assessments();
    void fill_dates();
    void refresh_pages();
    void refresh_page(int page);
    void show_state();
    void on_new_assessment(wxCommandEvent& event);
    void on_delete_assessment(wxCommandEvent& event);
    // Export Report, Print and Print Preview of the assessment shown.
    void on_report(wxCommandEvent& event);
    void on_date_choice(wxCommandEvent& event);
    void on_page_changed(wxBookCtrlEvent& event);
    void on_close(wxCloseEvent& event);
    void on_update_step(wxUpdateUIEvent& event);
    // Whether the session's next undo (or redo) is a change to this workbook's assessments.
    bool can_step(bool undo) const;
    // After an undo or redo here or in the main window: the assessments as stored, that day's shown.
    void assessment_changed(const std::string& workbook, const model::Date& date) override;
    // Any change in the session changes what Undo and Redo would do here.
    void record_changed(model::SubjectKind, const std::string&, const std::string&) override {
        show_step_labels();
    }
    void subject_changed(model::SubjectKind, const std::string&) override { show_step_labels(); }
    // Undo and Redo say what they would do. Set as the session changes rather than as the menu opens: GTK
    // sizes a menu before its update events run, which would cut a longer label off.
    void show_step_labels();
    wxString step_label(bool undo) const;

    model::EditSession& session_;
    model::Store& store_;
    const model::TemplateRegistry& templates_;
    model::Workbook workbook_;
    model::Date today_;
    ErrorReporter& reporter_;
    OpenHandler open_handler_;

    std::vector<model::TopicEvidence> evidence_;
    std::vector<model::WorkbookAssessment> assessments_;
    int current_ = -1;
    bool unsaved_ = false;
    bool saving_ = false;  // this window's own save: the pages already show it

    wxChoice* dates_ = nullptr;
    wxChoice* participation_ = nullptr;
    wxStaticText* state_ = nullptr;
    wxNotebook* notebook_ = nullptr;
    WorkbookTopicsPage* topics_ = nullptr;
    SummarySheetPage* summary_ = nullptr;
    ActionPlanPage* actions_ = nullptr;
    OverTimePage* over_time_ = nullptr;
    std::unique_ptr<ExportActions> exports_;
};

}  // namespace pcr::app
