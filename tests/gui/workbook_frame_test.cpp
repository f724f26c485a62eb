// The Workbook window on a small demo caseload: a new assessment shows the suggestion with no score, choosing
// a statement saves the level, the lacking list opens the person, overdue actions are red, and the pages fill
// in.
#include "app/views/workbook_frame.h"

#include <wx/html/htmlwin.h>

#include <boost/test/unit_test.hpp>

#include "app/views/action_list.h"
#include "app/views/action_plan_page.h"
#include "app/views/caseload_view.h"
#include "app/views/over_time_page.h"
#include "app/views/score_chart_panel.h"
#include "app/views/subject_view.h"
#include "app/views/summary_sheet_page.h"
#include "app/views/tool_list_model.h"
#include "app/views/workbook_topics_page.h"
#include "demo_frame.h"
#include "model/rules/change_words.h"
#include "real_input.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;
using pcr::gui_test::kToday;

namespace {

using gui_test::Recorder;

// A person with no records at all: every person-scoped topic lists them as lacking.
void add_newcomer(model::Store& store) {
    model::Subject nia;
    nia.id = "P-NEW";
    nia.name = "Nia Newcomer";
    store.save_subject(nia);
}

// The demo caseload and the Workbook window over it, failures recorded instead of shown.
struct WorkbookWindow {
    DemoFrame demo;
    Recorder recorder;
    app::WorkbookFrame* window = nullptr;

    explicit WorkbookWindow(const std::function<void(model::Store&)>& extra = add_newcomer) : demo(extra) {
        demo.frame->set_error_reporter(&recorder);
        BOOST_REQUIRE(demo.frame->open_workbook());
        window = demo.frame->workbook_window();
        BOOST_REQUIRE(window);
        window->SetSize(1280, 820);
        demo.settle();
    }

    std::vector<model::WorkbookAssessment> stored() const { return demo.frame->store()->assessments(); }
};

// The topic's score in the newest stored assessment, as read back from the database.
std::optional<model::TopicScore> stored_score(const std::vector<model::WorkbookAssessment>& assessments,
                                              const std::string& topic) {
    if (assessments.empty()) return std::nullopt;
    for (const auto& score : assessments.back().scores)
        if (score.topic == topic) return score;
    return std::nullopt;
}

// An assessment of 1 Jun 2026 with 1.3 scored 3, an action overdue on 30 Jun and one done.
void add_assessment_with_actions(model::Store& store) {
    add_newcomer(store);
    model::WorkbookAssessment assessment;
    assessment.date = model::Date(2026, 6, 1);
    assessment.workbook = "progress-for-providers-homecare";
    model::TopicScore score;
    score.topic = "1.3";
    score.level = 3;
    assessment.scores.push_back(score);
    model::TopicAction late;
    late.topic = "1.3";
    late.target_level = 4;
    late.action = "One-page profiles for the ten people without one";
    late.who = "Sam (team leader)";
    late.by_when = model::Date(2026, 6, 15);
    assessment.actions.push_back(late);
    model::TopicAction done = late;
    done.action = "Profile training for new staff";
    done.done = model::Date(2026, 6, 10);
    assessment.actions.push_back(done);
    store.save_assessment(assessment);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(workbook_frame_test)

BOOST_AUTO_TEST_CASE(a_new_assessment_shows_the_suggestion_and_sets_no_level) {
    WorkbookWindow w;
    BOOST_TEST(w.window->assessments().empty());
    BOOST_TEST(!w.window->topics_page().level_button(3)->IsEnabled());

    BOOST_REQUIRE(w.window->start_assessment(kToday));
    BOOST_TEST(w.recorder.titles.empty());
    const auto stored = w.stored();
    BOOST_REQUIRE(stored.size() == 1u);
    BOOST_TEST((stored[0].date == kToday));
    BOOST_TEST(stored[0].scores.size() == 27u);
    for (const auto& score : stored[0].scores)
        BOOST_TEST(!score.level.has_value(), score.topic << " has a level");

    app::WorkbookTopicsPage& topics = w.window->topics_page();
    BOOST_REQUIRE(topics.select_topic("1.3"));
    BOOST_TEST(topics.level_button(0)->GetValue());
    for (int level = 1; level <= 5; ++level) BOOST_TEST(!topics.level_button(level)->GetValue());
    const model::TopicEvidence* evidence = w.window->evidence_for("1.3");
    BOOST_REQUIRE(evidence);
    BOOST_REQUIRE(evidence->suggested.has_value());
    const std::string expected = "On 30 Jun 2026: " + std::to_string(evidence->count) + " of " +
                                 std::to_string(evidence->total) + " people, " +
                                 std::to_string(evidence->coverage) + "% \u2014 suggests " +
                                 std::to_string(*evidence->suggested);
    const std::string text = from_wx(topics.evidence_text());
    BOOST_TEST(text.find(expected) != std::string::npos, text);
    BOOST_TEST(from_wx(topics.line_text("1.3", 1)) == "\u2013");
    BOOST_TEST(from_wx(topics.line_text("1.3", 2)) == std::to_string(*evidence->suggested));

    // A self-assessed topic says so and suggests nothing.
    BOOST_REQUIRE(topics.select_topic("3.10"));
    BOOST_TEST(from_wx(topics.evidence_text()).find("Self-assessed: no record evidence") !=
               std::string::npos);
    BOOST_TEST(from_wx(topics.line_text("3.10", 2)).empty());
}

BOOST_AUTO_TEST_CASE(choosing_a_statement_sets_the_level_and_saves_it) {
    WorkbookWindow w;
    BOOST_REQUIRE(w.window->start_assessment(kToday));
    app::WorkbookTopicsPage& topics = w.window->topics_page();
    BOOST_REQUIRE(topics.select_topic("1.3"));

    // As a click on the button for statement 4 does.
    wxRadioButton* four = topics.level_button(4);
    four->SetValue(true);
    wxCommandEvent click(wxEVT_RADIOBUTTON, four->GetId());
    click.SetEventObject(four);
    click.SetInt(1);
    four->GetEventHandler()->ProcessEvent(click);

    BOOST_TEST(w.recorder.titles.empty());
    std::optional<model::TopicScore> saved = stored_score(w.stored(), "1.3");
    BOOST_REQUIRE(saved);
    BOOST_TEST(saved->level.value_or(0) == 4);
    BOOST_TEST(saved->evidence.has_value());  // the day's evidence is kept beside the score
    BOOST_TEST(from_wx(topics.line_text("1.3", 1)) == "4");
    BOOST_TEST(w.window->assessment()->scores.size() == 27u);

    // The note is saved when the user moves on.
    topics.note()->ChangeValue("Profiles used at every visit");
    BOOST_REQUIRE(topics.select_topic("1.4"));
    saved = stored_score(w.stored(), "1.3");
    BOOST_REQUIRE(saved);
    BOOST_TEST(saved->note == "Profiles used at every visit");
    BOOST_TEST(saved->level.value_or(0) == 4);

    // Not yet scored takes the level away again.
    BOOST_REQUIRE(topics.select_topic("1.3"));
    topics.choose_level(0);
    BOOST_TEST(!stored_score(w.stored(), "1.3")->level.has_value());
}

BOOST_AUTO_TEST_CASE(a_level_chosen_with_a_click_is_undone_and_redone_with_the_keys_and_kept_in_the_history) {
    WorkbookWindow w;
    gui_test::RealInput input;
    // Within the 1024x768 display, so every click lands on what it aims at.
    w.window->SetSize(0, 0, 1000, 740);
    w.demo.settle();
    BOOST_REQUIRE(w.window->start_assessment(kToday));
    app::WorkbookTopicsPage& topics = w.window->topics_page();
    BOOST_REQUIRE(topics.select_topic("1.3"));

    input.click(topics.level_button(4));
    BOOST_REQUIRE(gui_test::RealInput::wait_for([&] { return stored_score(w.stored(), "1.3")->level == 4; }));
    wxMenuBar* bar = w.window->GetMenuBar();
    w.window->UpdateWindowUI(wxUPDATE_UI_RECURSE);
    BOOST_TEST(from_wx(bar->FindItem(wxID_UNDO)->GetItemLabelText()) ==
               "Undo score topic 1.3, in the assessment of 30 Jun 2026");

    input.key('Z', wxMOD_CONTROL);
    BOOST_REQUIRE(gui_test::RealInput::wait_for([&] { return !stored_score(w.stored(), "1.3")->level; }));
    BOOST_TEST(topics.level_button(0)->GetValue());
    BOOST_TEST(from_wx(topics.line_text("1.3", 1)) == "\u2013");

    input.key('Y', wxMOD_CONTROL);
    BOOST_REQUIRE(gui_test::RealInput::wait_for([&] { return stored_score(w.stored(), "1.3")->level == 4; }));
    BOOST_TEST(w.recorder.titles.empty());

    // Undo of the start removes the assessment it started; every step is in the workbook's history.
    input.key('Z', wxMOD_CONTROL);
    input.key('Z', wxMOD_CONTROL);
    BOOST_REQUIRE(gui_test::RealInput::wait_for([&] { return w.stored().empty(); }));
    BOOST_TEST(w.window->assessments().empty());
    std::vector<std::string> words;
    for (const auto& change : w.demo.frame->store()->assessment_history("progress-for-providers-homecare")) {
        words.push_back(model::change_words(change.parts));
        BOOST_TEST(change.who == w.demo.frame->store()->principal().name());
    }
    BOOST_TEST(
        words == (std::vector<std::string>{"started with 27 topics", "1 level changed", "1 level changed",
                                           "1 level changed", "1 level changed", "deleted"}),
        boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_score_two_above_the_suggestion_is_flagged) {
    WorkbookWindow w;
    BOOST_REQUIRE(w.window->start_assessment(kToday));
    app::WorkbookTopicsPage& topics = w.window->topics_page();
    // The newcomer has no one-page profile, so 1.3 suggests at most 4; find a topic suggesting 3 or less.
    std::string low;
    for (const auto& evidence : w.window->evidence())
        if (evidence.suggested && *evidence.suggested <= 3 && low.empty()) low = evidence.topic;
    BOOST_REQUIRE(!low.empty());
    BOOST_REQUIRE(topics.select_topic(low));
    topics.choose_level(5);
    BOOST_TEST(from_wx(topics.line_text(low, 4)) == "\u26a0");
    BOOST_TEST(from_wx(topics.flag_text()).find("More than one level above the suggestion") !=
               std::string::npos);
    w.window->show_page(app::WorkbookFrame::kSummary);
    const std::string summary = from_wx(w.window->summary_page().page()->ToText());
    BOOST_TEST(summary.find("more than one level above the suggestion: " + low) != std::string::npos,
               summary);
}

BOOST_AUTO_TEST_CASE(the_lacking_list_opens_the_person) {
    WorkbookWindow w;
    app::WorkbookTopicsPage& topics = w.window->topics_page();
    BOOST_REQUIRE(topics.select_topic("1.3"));
    wxListCtrl* list = topics.lacking_list();
    long row = -1;
    for (long i = 0; i < list->GetItemCount(); ++i)
        if (list->GetItemText(i, 2) == "P-NEW") row = i;
    BOOST_REQUIRE(row >= 0);
    BOOST_TEST(from_wx(list->GetItemText(row, 0)) == "Nia Newcomer");
    BOOST_TEST(from_wx(list->GetItemText(row, 1)) == "no record");

    // Double-click or Enter on the row.
    wxListEvent activate(wxEVT_LIST_ITEM_ACTIVATED, list->GetId());
    activate.SetEventObject(list);
    activate.m_itemIndex = row;
    list->GetEventHandler()->ProcessEvent(activate);

    const int selected = w.demo.frame->caseload().selected_row();
    BOOST_REQUIRE(selected >= 0);
    BOOST_TEST(w.demo.frame->caseload().rows().subject(selected)->id == "P-NEW");
    app::SubjectView& view = w.demo.frame->subject_view();
    const int tool = view.selected_tool();
    BOOST_REQUIRE(tool >= 0);
    BOOST_TEST(view.tool_rows().standing(tool)->tool->id == "one-page-profile");
}

BOOST_AUTO_TEST_CASE(an_overdue_action_shows_red_and_a_new_assessment_carries_it_over) {
    WorkbookWindow w(add_assessment_with_actions);
    BOOST_REQUIRE(w.window->assessment());
    w.window->show_page(app::WorkbookFrame::kActions);
    app::ActionList& actions = w.window->action_plan_page().actions();
    BOOST_REQUIRE(actions.rows() == 2);
    BOOST_TEST(actions.overdue(0));
    BOOST_TEST((actions.list()->GetItemTextColour(0) == wxColour(0xb3, 0x26, 0x1e)));
    BOOST_TEST(from_wx(actions.cell(0, 4)) == "15 Jun 2026 (overdue)");
    BOOST_TEST(!actions.overdue(1));
    BOOST_TEST(from_wx(actions.cell(1, 5)) == "10 Jun 2026");

    // Marking it done takes it out of the overdue state, and is saved.
    actions.toggle_done(0);
    BOOST_TEST(!actions.overdue(0));
    BOOST_TEST((w.stored().back().actions[0].done == std::optional<model::Date>(kToday)));
    actions.toggle_done(0);
    BOOST_TEST(actions.overdue(0));

    // The next assessment starts with the unfinished action, and the old score is not copied.
    BOOST_REQUIRE(w.window->start_assessment(kToday));
    BOOST_TEST(w.window->current_index() == 1);
    BOOST_REQUIRE(actions.rows() == 1);
    BOOST_TEST(from_wx(actions.cell(0, 2)) == "One-page profiles for the ten people without one");
    BOOST_TEST(!stored_score(w.stored(), "1.3")->level.has_value());

    // The topic's own list shows it too.
    app::WorkbookTopicsPage& topics = w.window->topics_page();
    BOOST_REQUIRE(topics.select_topic("1.3"));
    BOOST_TEST(topics.actions().rows() == 1);
    BOOST_TEST(topics.actions().overdue(0));
}

BOOST_AUTO_TEST_CASE(a_save_the_store_refuses_is_reported_and_the_edit_kept) {
    WorkbookWindow w;
    BOOST_REQUIRE(w.window->start_assessment(kToday));
    // The store refuses a level outside 1-5: the window says so and keeps what was typed.
    model::WorkbookAssessment edited = *w.window->assessment();
    edited.scores[0].level = 7;
    edited.scores[0].note = "typed, not saved";
    BOOST_TEST(!w.window->save(edited, "score a topic", edited.scores[0].topic));
    BOOST_REQUIRE(w.recorder.titles.size() == 1u);
    BOOST_TEST(from_wx(w.recorder.titles[0]) == "Could not save the assessment");
    BOOST_TEST(w.window->unsaved());
    BOOST_TEST(w.window->assessment()->scores[0].note == "typed, not saved");
    BOOST_TEST(!stored_score(w.stored(), edited.scores[0].topic)->level.has_value());
    // Changing it again saves it, and the window no longer says it is not saved.
    edited.scores[0].level = 2;
    BOOST_TEST(w.window->save(edited, "score a topic", edited.scores[0].topic));
    BOOST_TEST(!w.window->unsaved());
    BOOST_TEST(stored_score(w.stored(), edited.scores[0].topic)->note == "typed, not saved");
}

BOOST_AUTO_TEST_CASE(a_detailed_plan_is_saved) {
    WorkbookWindow w(add_assessment_with_actions);
    app::ActionPlanPage& plans = w.window->action_plan_page();
    w.window->show_page(app::WorkbookFrame::kActions);
    BOOST_REQUIRE(plans.add_priority("1.3"));
    plans.field(0)->ChangeValue("Ten people have no one-page profile");
    plans.field(3)->ChangeValue("2026-09-30");
    plans.field(8)->ChangeValue("Everyone has a profile they helped write");
    plans.commit_pending();
    const auto stored = w.stored();
    BOOST_REQUIRE(stored.back().plans.size() == 1u);
    const model::DetailedPlan& plan = stored.back().plans[0];
    BOOST_TEST(plan.topic == "1.3");
    BOOST_TEST(plan.why == "Ten people have no one-page profile");
    BOOST_TEST((plan.by_when == std::optional<model::Date>(model::Date(2026, 9, 30))));
    BOOST_TEST(plan.success == "Everyone has a profile they helped write");
    BOOST_TEST(plans.priorities()->GetCount() == 1u);
}

BOOST_AUTO_TEST_CASE(two_assessments_are_compared_and_charted) {
    WorkbookWindow w(add_assessment_with_actions);
    BOOST_REQUIRE(w.window->start_assessment(kToday));
    w.window->topics_page().select_topic("1.3");
    w.window->topics_page().choose_level(4);
    w.window->show_page(app::WorkbookFrame::kOverTime);
    app::OverTimePage& page = w.window->over_time_page();
    BOOST_TEST(from_wx(page.before_choice()->GetStringSelection()) == "1 Jun 2026");
    BOOST_TEST(from_wx(page.after_choice()->GetStringSelection()) == "30 Jun 2026");
    wxListCtrl* changes = page.changes();
    long row = -1;
    for (long i = 0; i < changes->GetItemCount(); ++i)
        if (changes->GetItemText(i, 0).StartsWith("1.3 ")) row = i;
    BOOST_REQUIRE(row >= 0);
    BOOST_TEST(from_wx(changes->GetItemText(row, 1)) == "3");
    BOOST_TEST(from_wx(changes->GetItemText(row, 2)) == "4");
    BOOST_TEST(from_wx(changes->GetItemText(row, 3)) == "+1");

    const model::ScoreChartLayout& layout = page.chart().layout();
    BOOST_TEST(layout.charts.size() == 27u);
    for (const auto& chart : layout.charts)
        if (chart.topic == "1.3") BOOST_TEST(chart.points.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
