// The action plan page: the shared action list over every topic, and a form per chosen priority.
#include "app/views/action_plan_page.h"

#include <wx/choicdlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include <algorithm>

#include "app/display_text.h"
#include "app/views/action_list.h"
#include "app/views/workbook_frame.h"
#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

const wxColour kMutedText(0x55, 0x5a, 0x62);

struct FieldSpec {
    const char* label;
    const char* hint;
    bool multiline;
};

const FieldSpec kFields[] = {
    {model::tr_noop("&Why this is a priority"), model::tr_noop("What the score and the evidence show"), true},
    {model::tr_noop("&First steps"), model::tr_noop("What happens first"), true},
    {model::tr_noop("Who &leads it"), model::tr_noop("A name or a role"), false},
    {model::tr_noop("&By when"), model::tr_noop("31/01/2027, or pick a day"), false},
    {model::tr_noop("Who else needs to &know"), model::tr_noop("People, teams, families"), true},
    {model::tr_noop("How we will get their &help"), model::tr_noop("Meetings, supervision, newsletters"),
     true},
    {model::tr_noop("Support needed from &inside"),
     model::tr_noop("Time, training, money inside the organisation"), true},
    {model::tr_noop("Support needed from &outside"), model::tr_noop("Commissioners, families, community"),
     true},
    {model::tr_noop("How we will know we &succeeded"),
     model::tr_noop("What will be different, and how we will see it"), true},
    {model::tr_noop("What will have &changed"), model::tr_noop("For the people supported, families, staff"),
     true},
    {model::tr_noop("What you will s&ee"), model::tr_noop("In records, in everyday support"), true},
    {model::tr_noop("Wha&t you will feel"), model::tr_noop("You, the team, the people supported"), true},
    {model::tr_noop("What you will he&ar"), model::tr_noop("What people, families and staff say"), true},
};
constexpr int kByWhen = 3;
// The rank choice's lines, in order.
constexpr model::PlanPriority kRanks[] = {model::PlanPriority::Top, model::PlanPriority::Next,
                                          model::PlanPriority::Unranked};

std::string text_of(const wxTextCtrl* field) {
    return from_wx(field->GetValue().Strip(wxString::both));
}

}  // namespace

ActionPlanPage::ActionPlanPage(wxWindow* parent, WorkbookFrame& frame)
    : wxPanel(parent, wxID_ANY), frame_(frame) {
    auto* scrolled = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    scrolled->SetScrollRate(0, FromDIP(12));
    const auto heading = [scrolled](const wxString& text) {
        // The font first, then the text, so the label is sized for the larger font.
        auto* label = new wxStaticText(scrolled, wxID_ANY, wxString());
        label->SetFont(label->GetFont().Scaled(1.15f).Bold());
        label->SetLabel(text);
        return label;
    };
    auto* summary_heading = heading(to_wx(model::tr("Action summary")));
    auto* summary_hint =
        new wxStaticText(scrolled, wxID_ANY,
                         to_wx(model::tr("Every topic\u2019s actions towards its next statement. "
                                         "Overdue ones are red. Enter edits, Delete removes.")));
    summary_hint->SetForegroundColour(kMutedText);
    actions_ = new ActionList(scrolled, frame_, true);
    actions_->SetMinSize(FromDIP(wxSize(-1, 160)));

    auto* plans_heading = heading(to_wx(model::tr("Detailed action plans")));
    auto* plans_hint = new wxStaticText(
        scrolled, wxID_ANY,
        to_wx(model::tr("For the topics chosen as priorities. What is typed is saved when you "
                        "move on.")));
    plans_hint->SetForegroundColour(kMutedText);
    auto* priorities_label = new wxStaticText(scrolled, wxID_ANY, to_wx(model::tr("Priorities:")));
    priorities_ = new wxListBox(scrolled, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(230, 200)));
    add_ = new wxButton(scrolled, wxID_ANY, to_wx(model::tr("Add &Priority\u2026")));
    remove_ = new wxButton(scrolled, wxID_ANY, to_wx(model::tr("Remove Priorit&y")));
    plan_title_ = new wxStaticText(scrolled, wxID_ANY, wxString());
    plan_title_->SetFont(plan_title_->GetFont().Bold());
    auto* rank_label = new wxStaticText(scrolled, wxID_ANY, to_wx(model::tr("&Rank:")));
    rank_ = new wxChoice(scrolled, wxID_ANY);
    for (const auto priority : kRanks) rank_->Append(to_wx(model::priority_words(priority)));
    rank_->SetToolTip(to_wx(model::tr("The workbook plans one top priority, then the next ones")));

    auto* form = new wxFlexGridSizer(2, FromDIP(8), FromDIP(16));
    form->AddGrowableCol(0);
    form->AddGrowableCol(1);
    for (const FieldSpec& spec : kFields) {
        auto* cell = new wxBoxSizer(wxVERTICAL);
        cell->Add(new wxStaticText(scrolled, wxID_ANY, to_wx(model::tr(spec.label)) + ":"), 0, wxBOTTOM,
                  FromDIP(2));
        // The by-when day is a date field with a calendar; the plan reads its text like the others'.
        wxWindow* control = nullptr;
        wxTextCtrl* field = nullptr;
        if (&spec == &kFields[kByWhen]) {
            by_when_ = new DateEntry(scrolled, wxID_ANY);
            control = by_when_;
            field = by_when_->GetTextCtrl();
        } else {
            field = new wxTextCtrl(scrolled, wxID_ANY, wxString(), wxDefaultPosition,
                                   spec.multiline ? FromDIP(wxSize(-1, 50)) : wxDefaultSize,
                                   spec.multiline ? wxTE_MULTILINE : 0);
            control = field;
        }
        // GTK's multi-line controls have no native hint, and the generic one leaves later text grey: a
        // tooltip.
        if (spec.multiline)
            field->SetToolTip(to_wx(model::tr(spec.hint)));
        else
            field->SetHint(to_wx(model::tr(spec.hint)));
        field->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
            commit_pending();
            event.Skip();
        });
        cell->Add(control, 0, wxEXPAND);
        form->Add(cell, 1, wxEXPAND);
        fields_.push_back(field);
    }

    auto* side = new wxBoxSizer(wxVERTICAL);
    side->Add(priorities_label, 0, wxBOTTOM, FromDIP(4));
    side->Add(priorities_, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
    side->Add(add_, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    side->Add(remove_, 0, wxEXPAND);
    auto* plan = new wxBoxSizer(wxVERTICAL);
    auto* title_line = new wxBoxSizer(wxHORIZONTAL);
    title_line->Add(plan_title_, 1, wxALIGN_CENTRE_VERTICAL | wxRIGHT, FromDIP(12));
    title_line->Add(rank_label, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, FromDIP(6));
    title_line->Add(rank_, 0, wxALIGN_CENTRE_VERTICAL);
    plan->Add(title_line, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
    plan->Add(form, 1, wxEXPAND);
    auto* plans = new wxBoxSizer(wxHORIZONTAL);
    plans->Add(side, 0, wxEXPAND | wxRIGHT, FromDIP(16));
    plans->Add(plan, 1, wxEXPAND);

    const int margin = FromDIP(12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // Headings expand: GTK wraps a label given less than its enlarged font needs.
    sizer->Add(summary_heading, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, margin);
    sizer->Add(summary_hint, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    sizer->Add(actions_, 0, wxEXPAND | wxALL, margin);
    sizer->Add(plans_heading, 0, wxEXPAND | wxLEFT | wxRIGHT, margin);
    sizer->Add(plans_hint, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    sizer->Add(plans, 1, wxEXPAND | wxALL, margin);
    scrolled->SetSizer(sizer);

    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(scrolled, 1, wxEXPAND);
    SetSizer(outer);

    rank_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) { choose_rank(event.GetSelection()); });
    priorities_->Bind(wxEVT_LISTBOX,
                      [this](wxCommandEvent& event) { select_priority(event.GetSelection()); });
    add_->Bind(wxEVT_BUTTON, &ActionPlanPage::on_add_priority, this);
    remove_->Bind(wxEVT_BUTTON, &ActionPlanPage::on_remove_priority, this);
}

void ActionPlanPage::refresh() {
    commit_pending();
    fill();
}

void ActionPlanPage::fill() {
    actions_->refresh();
    priorities_->Clear();
    plan_topics_.clear();
    const model::WorkbookAssessment* assessment = frame_.assessment();
    if (assessment) {
        // The top priority first, then the next ones, as the workbook's detailed action plan pages run.
        for (const auto& plan : model::ranked(assessment->plans)) {
            const model::Topic* topic = frame_.workbook().find_topic(plan.topic);
            std::string line = plan.topic + (topic ? " " + topic->title : std::string());
            if (plan.priority != model::PlanPriority::Unranked)
                line = model::fill_in(model::tr("{1}: {2}"), model::priority_words(plan.priority), line);
            priorities_->Append(to_wx(line));
            plan_topics_.push_back(plan.topic);
        }
    }
    const auto at = std::find(plan_topics_.begin(), plan_topics_.end(), topic_);
    if (at == plan_topics_.end()) topic_ = plan_topics_.empty() ? std::string() : plan_topics_.front();
    if (!topic_.empty())
        priorities_->SetSelection(static_cast<int>(
            std::find(plan_topics_.begin(), plan_topics_.end(), topic_) - plan_topics_.begin()));
    add_->Enable(assessment != nullptr && frame_.may_assess());
    show_plan();
}

void ActionPlanPage::select_priority(int index) {
    if (index < 0 || index >= static_cast<int>(plan_topics_.size())) return;
    commit_pending();
    topic_ = plan_topics_[static_cast<std::size_t>(index)];
    priorities_->SetSelection(index);
    show_plan();
}

void ActionPlanPage::show_plan() {
    const model::WorkbookAssessment* assessment = frame_.assessment();
    shown_ = model::DetailedPlan{};
    if (assessment)
        for (const auto& plan : assessment->plans)
            if (plan.topic == topic_) shown_ = plan;
    const bool any = !topic_.empty() && assessment;
    const bool editable = any && frame_.may_assess();
    remove_->Enable(editable);
    const model::Topic* topic = frame_.workbook().find_topic(topic_);
    plan_title_->SetLabel(
        any && topic ? to_wx(model::fill_in(model::tr("Plan for {1} {2}"), topic->number, topic->title))
                     : to_wx(model::tr("No priorities yet: Add Priority\u2026 chooses a topic to plan.")));
    const std::string values[] = {shown_.why,
                                  shown_.first_steps,
                                  shown_.who,
                                  shown_.by_when ? model::display_date(*shown_.by_when) : std::string(),
                                  shown_.who_else_knows,
                                  shown_.how_get_help,
                                  shown_.support_inside,
                                  shown_.support_outside,
                                  shown_.success,
                                  shown_.will_have_changed,
                                  shown_.will_see,
                                  shown_.will_feel,
                                  shown_.will_hear};
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        fields_[i]->ChangeValue(to_wx(values[i]));
        fields_[i]->Enable(editable);
    }
    by_when_->Enable(editable);
    rank_->SetSelection(static_cast<int>(std::find(std::begin(kRanks), std::end(kRanks), shown_.priority) -
                                         std::begin(kRanks)));
    rank_->Enable(editable);
    Layout();
}

model::DetailedPlan ActionPlanPage::plan_from_fields() const {
    model::DetailedPlan plan;
    plan.topic = topic_;
    plan.why = text_of(fields_[0]);
    plan.first_steps = text_of(fields_[1]);
    plan.who = text_of(fields_[2]);
    plan.by_when = model::parse_typed_date(text_of(fields_[kByWhen]));
    plan.who_else_knows = text_of(fields_[4]);
    plan.how_get_help = text_of(fields_[5]);
    plan.support_inside = text_of(fields_[6]);
    plan.support_outside = text_of(fields_[7]);
    plan.success = text_of(fields_[8]);
    plan.will_have_changed = text_of(fields_[9]);
    plan.will_see = text_of(fields_[10]);
    plan.will_feel = text_of(fields_[11]);
    plan.will_hear = text_of(fields_[12]);
    plan.priority = shown_.priority;
    return plan;
}

void ActionPlanPage::commit_pending() {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current || topic_.empty()) return;
    const std::string by_when = text_of(fields_[kByWhen]);
    model::DetailedPlan plan = plan_from_fields();
    if (!by_when.empty() && !plan.by_when) {
        frame_.reporter().report(
            to_wx(model::tr("Not a date")),
            to_wx(model::typed_date_problem(by_when, model::tr("the plan\u2019s by-when day"))) + " " +
                to_wx(model::tr("The rest of the plan is saved.")));
        plan.by_when = shown_.by_when;
    }
    if (plan == shown_) return;
    shown_ = plan;
    model::WorkbookAssessment edited = *current;
    for (auto& kept : edited.plans)
        if (kept.topic == topic_) kept = plan;
    frame_.save(edited, model::fill_in(model::tr("edit the plan for topic {1}"), topic_));
}

bool ActionPlanPage::add_priority(const std::string& topic) {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current || !frame_.workbook().find_topic(topic)) return false;
    commit_pending();
    const bool exists = std::any_of(current->plans.begin(), current->plans.end(),
                                    [&](const model::DetailedPlan& plan) { return plan.topic == topic; });
    if (!exists) {
        model::WorkbookAssessment edited = *current;
        model::DetailedPlan plan;
        plan.topic = topic;
        // The first priority planned is the top one, as in the workbook; later ones are next.
        const bool has_top =
            std::any_of(current->plans.begin(), current->plans.end(),
                        [](const model::DetailedPlan& p) { return p.priority == model::PlanPriority::Top; });
        plan.priority = has_top ? model::PlanPriority::Next : model::PlanPriority::Top;
        edited.plans.push_back(plan);
        frame_.save(edited, model::fill_in(model::tr("add a plan for topic {1}"), topic));
    }
    // The fields still hold the plan shown before, already saved: show the new one without saving them
    // into it.
    topic_ = topic;
    fill();
    fields_[0]->SetFocus();
    return true;
}

void ActionPlanPage::choose_rank(int index) {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current || topic_.empty() || index < 0 || index >= static_cast<int>(std::size(kRanks))) return;
    commit_pending();
    const model::PlanPriority chosen = kRanks[index];
    rank_->SetSelection(index);
    if (chosen == shown_.priority) return;
    model::WorkbookAssessment edited = *frame_.assessment();
    for (auto& plan : edited.plans) {
        if (plan.topic == topic_)
            plan.priority = chosen;
        else if (chosen == model::PlanPriority::Top && plan.priority == model::PlanPriority::Top)
            plan.priority = model::PlanPriority::Next;  // one top priority: the one it replaces comes next
    }
    frame_.save(edited, model::fill_in(model::tr("rank the plan for topic {1}"), topic_));
    fill();
}

void ActionPlanPage::on_add_priority(wxCommandEvent&) {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current) return;
    wxArrayString choices;
    std::vector<std::string> numbers;
    // Flagged and low-scoring topics first would reorder the workbook; the workbook's order is what people
    // know.
    for (const model::Topic* topic : frame_.workbook().topics()) {
        wxString label = to_wx(topic->number + " " + topic->title);
        for (const auto& score : current->scores)
            if (score.topic == topic->number && score.level)
                label += " " + to_wx(model::fill_in(model::tr("(score {1})"), *score.level));
        choices.Add(label);
        numbers.push_back(topic->number);
    }
    wxSingleChoiceDialog dialog(this, to_wx(model::tr("Which topic is a priority?")),
                                to_wx(model::tr("Add priority")), choices);
    if (dialog.ShowModal() != wxID_OK) return;
    add_priority(numbers[static_cast<std::size_t>(dialog.GetSelection())]);
}

void ActionPlanPage::on_remove_priority(wxCommandEvent&) {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current || topic_.empty()) return;
    if (wxMessageBox(to_wx(model::fill_in(model::tr("Remove the detailed plan for {1}?"), topic_)),
                     to_wx(model::tr("Remove priority")), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION,
                     this) != wxYES)
        return;
    model::WorkbookAssessment edited = *current;
    std::erase_if(edited.plans, [this](const model::DetailedPlan& plan) { return plan.topic == topic_; });
    const std::string removed = topic_;
    topic_.clear();
    frame_.save(edited, model::fill_in(model::tr("remove the plan for topic {1}"), removed));
    refresh();
}

}  // namespace pcr::app
