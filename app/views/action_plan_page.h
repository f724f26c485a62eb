// The Action Plan page: the action summary of every topic (overdue actions in red) and the detailed action
// plans for the priorities chosen, ranked top and next (why, first steps, who, by when, who else needs to
// know, support, how we will know: what will have changed, what you will see, feel and hear).
#pragma once

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <string>
#include <vector>

#include "app/views/date_entry.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::app {

class ActionList;
class WorkbookFrame;

class ActionPlanPage : public wxPanel {
  public:
    ActionPlanPage(wxWindow* parent, WorkbookFrame& frame);

    void refresh();
    // Saves the plan being typed, if it changed.
    void commit_pending();

    ActionList& actions() const { return *actions_; }
    wxListBox* priorities() const { return priorities_; }
    // Makes `topic` a priority with an empty plan (or chooses its plan) and shows it; false for an unknown
    // topic.
    bool add_priority(const std::string& topic);
    void select_priority(int index);
    // The plan's fields in the order of model::DetailedPlan after the topic: why, first steps, who, by when,
    // who else knows, how their help is got, support inside, support outside, success, what will have
    // changed, what you will see, feel, hear.
    wxTextCtrl* field(int index) const { return fields_[static_cast<std::size_t>(index)]; }
    // The shown plan's rank: top, next, not ranked.
    wxChoice* rank() const { return rank_; }
    // Ranks the shown plan as choosing line `index` of rank() would; a new top priority makes the old one
    // next.
    void choose_rank(int index);

  private:
    // Shows the assessment's actions and plans, the plan of topic_ chosen, saving nothing.
    void fill();
    void show_plan();
    model::DetailedPlan plan_from_fields() const;
    void on_add_priority(wxCommandEvent& event);
    void on_remove_priority(wxCommandEvent& event);

    WorkbookFrame& frame_;
    std::string topic_;  // the plan shown
    ActionList* actions_ = nullptr;
    wxListBox* priorities_ = nullptr;
    std::vector<std::string> plan_topics_;
    wxButton* add_ = nullptr;
    wxButton* remove_ = nullptr;
    wxStaticText* plan_title_ = nullptr;
    wxChoice* rank_ = nullptr;
    std::vector<wxTextCtrl*> fields_;
    DateEntry* by_when_ = nullptr;  // holds fields_[3]
    model::DetailedPlan shown_;     // the plan as last shown or saved
};

}  // namespace pcr::app
