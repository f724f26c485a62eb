// The Workbook window's planning as the workbook lays it out, driven by real clicks and keys: who took part,
// plans ranked top and next with the prompts for success; and the regulator's view and the scale's meaning
// beside each topic.
#include <wx/choice.h>

#include <boost/test/unit_test.hpp>

#include "app/views/action_plan_page.h"
#include "app/views/workbook_frame.h"
#include "app/views/workbook_topics_page.h"
#include "demo_frame.h"
#include "real_input.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;
using pcr::gui_test::kToday;

namespace {

using gui_test::Recorder;

struct WorkbookWindow {
    DemoFrame demo;
    Recorder recorder;
    app::WorkbookFrame* window = nullptr;
    gui_test::RealInput input;

    WorkbookWindow() {
        demo.frame->set_error_reporter(&recorder);
        BOOST_REQUIRE(demo.frame->open_workbook());
        window = demo.frame->workbook_window();
        BOOST_REQUIRE(window);
        window->SetSize(1024, 740);
        demo.settle();
    }

    model::WorkbookAssessment stored() const {
        const auto all = demo.frame->store()->assessments();
        BOOST_REQUIRE(!all.empty());
        return all.back();
    }

    // Chooses line `index` of `choice` as a user does: a click opens its list, the arrow keys move to the
    // line and Return takes it.
    bool choose(wxChoice* choice, int index) {
        input.click(choice);
        const int from = std::max(choice->GetSelection(), 0);
        for (int i = from; i < index; ++i) input.key(WXK_DOWN);
        for (int i = from; i > index; --i) input.key(WXK_UP);
        input.key(WXK_RETURN);
        return gui_test::RealInput::wait_for([&] { return choice->GetSelection() == index; });
    }

    const model::DetailedPlan* plan(const std::string& topic) const {
        static model::WorkbookAssessment kept;
        kept = stored();
        for (const auto& p : kept.plans)
            if (p.topic == topic) return &p;
        return nullptr;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(workbook_planning_test)

BOOST_AUTO_TEST_CASE(who_took_part_is_chosen_and_kept_with_the_assessment) {
    WorkbookWindow w;
    wxChoice* took_part = w.window->participation_choice();
    BOOST_TEST(!took_part->IsEnabled(), "nothing to record it on before an assessment");
    BOOST_REQUIRE(w.window->start_assessment(kToday));
    BOOST_TEST(took_part->IsEnabled());
    BOOST_TEST(from_wx(took_part->GetStringSelection()) == "Not recorded");

    BOOST_REQUIRE(w.choose(took_part, 3));
    BOOST_TEST(from_wx(took_part->GetStringSelection()) == "With the team");
    BOOST_TEST((w.stored().participation == model::Participation::WithTeam));
    BOOST_TEST(w.recorder.titles.empty());

    // Undo takes it back, as for any change to the assessment.
    w.window->step(true);
    BOOST_TEST((w.stored().participation == model::Participation::Unsaid));
    BOOST_TEST(from_wx(took_part->GetStringSelection()) == "Not recorded");
}

BOOST_AUTO_TEST_CASE(plans_are_ranked_top_and_next_and_answer_the_prompts_for_success) {
    WorkbookWindow w;
    BOOST_REQUIRE(w.window->start_assessment(kToday));
    w.window->show_page(app::WorkbookFrame::kActions);
    app::ActionPlanPage& plans = w.window->action_plan_page();
    BOOST_REQUIRE(plans.add_priority("1.3"));
    BOOST_REQUIRE(w.input.click_into(plans.field(0)));
    BOOST_REQUIRE(w.input.type(plans.field(0), "Ten people lack a profile"));
    BOOST_REQUIRE(plans.add_priority("2.2"));
    // What was typed is saved with its own plan, and the new plan starts empty.
    BOOST_TEST(w.plan("1.3")->why == "Ten people lack a profile");
    BOOST_TEST(w.plan("2.2")->why.empty());
    BOOST_REQUIRE(w.plan("1.3"));
    BOOST_TEST((w.plan("1.3")->priority == model::PlanPriority::Top), "the first priority is the top one");
    BOOST_TEST((w.plan("2.2")->priority == model::PlanPriority::Next));
    BOOST_TEST(from_wx(plans.priorities()->GetString(1)).rfind("Next priority: 2.2", 0) == 0);

    // 2.2 is shown; making it the top priority makes 1.3 the next one, and the list follows.
    BOOST_TEST(from_wx(plans.rank()->GetStringSelection()) == "Next priority");
    BOOST_REQUIRE(w.choose(plans.rank(), 0));
    BOOST_TEST((w.plan("2.2")->priority == model::PlanPriority::Top));
    BOOST_TEST((w.plan("1.3")->priority == model::PlanPriority::Next));
    BOOST_TEST(from_wx(plans.priorities()->GetString(0)).rfind("Top priority: 2.2", 0) == 0);

    // The prompts for success, typed: what will have changed, and what you will hear.
    BOOST_REQUIRE(w.input.click_into(plans.field(9)));
    BOOST_REQUIRE(w.input.type(plans.field(9), "Families come to reviews"));
    BOOST_REQUIRE(w.input.click_into(plans.field(12)));
    BOOST_REQUIRE(w.input.type(plans.field(12), "We hear family stories"));
    BOOST_REQUIRE(w.input.click_into(plans.field(0)));  // moving on saves what was typed
    BOOST_TEST(w.plan("2.2")->will_have_changed == "Families come to reviews");
    BOOST_TEST(w.plan("2.2")->will_hear == "We hear family stories");
    BOOST_TEST(w.recorder.titles.empty());
}

BOOST_AUTO_TEST_CASE(the_topic_shows_where_it_counts_and_what_the_scores_mean) {
    WorkbookWindow w;
    app::WorkbookTopicsPage& topics = w.window->topics_page();
    // Down the list with the arrow keys to 2.1, as a user reads it.
    wxWindow* list = topics.tree()->GetDataView();
    w.input.click(list);
    w.input.key(WXK_HOME);
    for (int i = 0; i < 40 && topics.topic() != "2.1"; ++i) w.input.key(WXK_DOWN);
    BOOST_REQUIRE(topics.topic() == "2.1");
    const std::string shown = from_wx(topics.mappings_text());
    for (const char* words :
         {"CQC essential standards (outcomes)\nInvolvement and information: Outcome 1 Respecting and "
          "involving "
          "people who use services; Outcome 2 Consent to care and treatment; Outcome 3 Fees",
          "Domain 1: Enhancing quality of life for people with care and support needs",
          "Carers can balance their caring roles", "Information and advice: Having the information I need",
          "I know where to find out what is going on in my community."})
        BOOST_TEST(shown.find(words) != std::string::npos, words << " not in:\n" << shown);
    BOOST_TEST(shown.find("Outcome 5 ") == std::string::npos, "section 2 does not list outcome 5");
    BOOST_TEST(shown.find("Principles of individual service funds\nNot mapped to this topic.") !=
               std::string::npos);

    const std::string scale = from_wx(topics.scale_text());
    BOOST_TEST(scale.find("1\u20132  Starting to look at and act on the topic.") != std::string::npos, scale);
    BOOST_TEST(scale.find("5  Delivering truly personalised support") != std::string::npos, scale);
}

BOOST_AUTO_TEST_SUITE_END()
