// Tests of the tools added from the seeds (important to/for, risk, budget and hours, outcome ratings, staff
// supervision, appraisal and life story), the sections added to older tools that do not count, and the
// ratings chart's layout.
#include <boost/test/unit_test.hpp>

#include "model/core/errors.h"
#include "model/domain/completeness.h"
#include "model/rules/rating_chart_layout.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::add_items;
using pcr::test::add_row;
using pcr::test::day;
using pcr::test::row;

namespace {

const Date kToday = day("2026-06-30");

const ToolTemplate& tool(const std::string& id) {
    return pcr::test::shipped_templates().get(id);
}

Record record_of(const std::string& id, const char* reviewed = "2026-06-01") {
    Record r;
    r.tool = id;
    if (reviewed) r.reviewed = day(reviewed);
    return r;
}

RecordStatus judge(const Record& r, const Date& today = kToday) {
    return assess(tool(r.tool), r, today);
}

const char* const kDomains[] = {"control", "personal-care", "food-drink", "accommodation",
                                "safety",  "social",        "occupation", "dignity"};

// One rating of every domain on `date`, each at `level`.
void rate_all(Record& r, const std::string& date, const std::string& level) {
    for (const char* domain : kDomains)
        add_row(r, "ratings", row({{"domain", domain}, {"rating", level}}, date));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(seed_tools_test)

BOOST_AUTO_TEST_CASE(the_new_tools_load_for_the_subjects_they_are_for) {
    const auto& reg = pcr::test::shipped_templates();
    for (const char* id :
         {"important-to-for", "person-centred-risk", "individual-service-fund", "outcome-ratings"})
        BOOST_TEST((reg.get(id).scopes == std::vector<SubjectKind>{SubjectKind::Person}), id);
    for (const char* id : {"staff-life-story", "supervision", "appraisal"})
        BOOST_TEST((reg.get(id).scopes == std::vector<SubjectKind>{SubjectKind::Staff}), id);
    BOOST_TEST(reg.get("outcome-ratings").review_months.value_or(0) == 6);
    BOOST_TEST(reg.get("supervision").review_months.value_or(0) == 3);
    BOOST_TEST(!reg.get("staff-life-story").review_months.has_value());
    BOOST_TEST(reg.get("staff-life-story").section("events")->year_allowed);
}

BOOST_AUTO_TEST_CASE(important_to_and_for_needs_both_lists_and_the_balance) {
    auto r = record_of("important-to-for");
    add_items(r, "important-to", 3);
    add_items(r, "important-for", 2);
    auto s = judge(r);
    BOOST_TEST(s.completeness == 33);
    add_items(r, "important-for", 1);
    BOOST_TEST(judge(r).completeness == 66);
    r.section_for_update("balance").text = "Walks to the shop alone, with a phone.";
    s = judge(r);
    BOOST_TEST(s.complete);
    BOOST_TEST(s.current);
    BOOST_TEST(!judge(r, day("2027-06-02")).current);
}

BOOST_AUTO_TEST_CASE(a_risk_counts_with_every_part_filled_and_falls_due_on_its_review_date) {
    auto r = record_of("person-centred-risk");
    add_row(r, "risks",
            row({{"risk", "Crossing the main road"},
                 {"what-matters", "Seeing my friend at the cafe"},
                 {"agreed", "I cross at the lights; staff walked it with me twice"}}));
    BOOST_TEST(judge(r).completeness == 0, "who decided and the review date are needed too");
    r.section_for_update("risks").entries[0].cells.push_back(Cell{"who-decided", "Me, with my sister", {}});
    r.section_for_update("risks").entries[0].cells.push_back(Cell{"review-by", "2026-09-01", {}});
    BOOST_TEST(judge(r).complete);
    const auto& risks = *tool("person-centred-risk").section("risks");
    BOOST_TEST(risks.column_with(ColumnRole::ByWhen)->id == "review-by");
    BOOST_TEST(risks.column_with(ColumnRole::Status)->find_choice("ended")->closes);
}

BOOST_AUTO_TEST_CASE(the_budget_needs_what_it_is_and_how_it_is_used_but_not_its_changes) {
    auto r = record_of("individual-service-fund");
    add_row(r, "budget", row({{"funding", "isf"}, {"amount", "14 hours a week"}}));
    BOOST_TEST(judge(r).completeness == 50);
    add_row(r, "use", row({{"what", "Swimming"}, {"when", "Tuesday mornings"}, {"share", "2 hours a week"}}));
    const auto s = judge(r);
    BOOST_TEST(s.complete);
    BOOST_TEST(s.completeness == 100, "nothing in changes, which does not count");
    BOOST_TEST(!tool("individual-service-fund").section("changes")->counts);
}

BOOST_AUTO_TEST_CASE(outcome_ratings_need_every_domain_rated) {
    auto r = record_of("outcome-ratings", nullptr);
    for (int i = 0; i < 7; ++i)
        add_row(r, "ratings", row({{"domain", kDomains[i]}, {"rating", "some-needs"}}, "2026-05-01"));
    add_row(r, "ratings", row({{"domain", "control"}, {"rating", "no-needs"}}, "2026-06-01"));
    auto s = judge(r);
    BOOST_TEST(!s.complete, "eight ratings, but dignity is not rated");
    BOOST_TEST(s.completeness == 0);
    BOOST_TEST(s.sections[0].missing.find("dignity") != std::string::npos, s.sections[0].missing);
    add_row(r, "ratings", row({{"domain", "dignity"}, {"rating", "ideal"}}, "2026-06-01"));
    s = judge(r);
    BOOST_TEST(s.complete);
    BOOST_TEST(s.current, "a rating within six months keeps it current");
    BOOST_TEST(!judge(r, day("2026-12-02")).current);
    BOOST_TEST(judge(r, day("2026-12-01")).current);
}

BOOST_AUTO_TEST_CASE(supervision_needs_a_view_from_a_person_supported) {
    auto r = record_of("supervision", nullptr);
    add_row(r, "views", row({{"from", "family"}, {"said", "She always phones when running late"}}));
    add_row(r, "sessions",
            row({{"did-well", "Calm with Mo"}, {"reflection", "Tried the 4 plus 1"}}, "2026-06-10"));
    add_row(r, "actions",
            row({{"action", "Book the autism course"}, {"who", "Kim"}, {"by-when", "2026-08-01"}}));
    auto s = judge(r);
    BOOST_TEST(s.completeness == 66, "the family's view alone is not enough");
    add_row(r, "views", row({{"from", "person"}, {"said", "I like her jokes"}}));
    s = judge(r);
    BOOST_TEST(s.complete);
    BOOST_TEST(s.current, "the session's date keeps it current");
    BOOST_TEST(!judge(r, day("2026-09-11")).current, "supervision is due every three months");
}

BOOST_AUTO_TEST_CASE(an_appraisal_counts_feedback_reflection_and_actions_but_not_concerns) {
    auto r = record_of("appraisal");
    add_row(r, "feedback", row({{"from", "person"}, {"working", "Takes me to chapel"}}));
    for (const char* list : {"tried", "learned", "pleased"}) add_items(r, list, 1);
    add_row(r, "agreed", row({{"action", "Shadow the night team"}, {"by-when", "2026-10-01"}}));
    const auto s = judge(r);
    BOOST_TEST(s.complete);
    BOOST_TEST(s.completeness == 100, "no concerns written, which do not count");
}

BOOST_AUTO_TEST_CASE(a_staff_life_story_needs_three_events_and_never_goes_stale) {
    auto r = record_of("staff-life-story", nullptr);
    for (const char* year : {"1985", "2003"}) add_row(r, "events", row({{"event", "Moved"}}, year));
    BOOST_TEST(!judge(r).complete);
    add_row(r, "events", row({{"event", "Started here"}}, "2021-04-01"));
    BOOST_TEST(judge(r).complete);
    BOOST_TEST(judge(r, day("2040-01-01")).current);
}

BOOST_AUTO_TEST_CASE(the_sections_added_to_older_tools_do_not_count) {
    auto chart = record_of("communication-chart");
    for (int i = 0; i < 3; ++i)
        add_row(chart, "chart",
                row({{"when-this-happens", "x"}, {"we-think-it-means", "y"}, {"we-need-to", "z"}}));
    BOOST_TEST(judge(chart).complete);
    BOOST_TEST(!tool("communication-chart").section("telling")->counts);
    add_row(chart, "telling", row({{"want-to-tell", "I am hungry"}, {"to-do-this", "point at the fridge"}}));
    BOOST_TEST(judge(chart).completeness == 100);

    auto places = record_of("my-places");
    add_items(places, "customer", 1);
    add_row(places, "roles", row({{"place", "Chapel"}, {"role", "I hand out the hymn books"}}));
    BOOST_TEST(judge(places).completeness == 33, "a role alone does not add to my places");
    BOOST_TEST(tool("my-places").section("strengthen")->title ==
               "Places where connections can be strengthened");

    auto circle = record_of("relationship-circle");
    add_row(circle, "advocates", row({{"name", "Speaking Up Lancashire"}, {"kind", "self"}}));
    BOOST_TEST(judge(circle).completeness == 0, "advocates are not the circle's people");
    BOOST_TEST(!tool("relationship-circle").section("advocates")->counts);
    BOOST_TEST(tool("relationship-circle").section("people")->column("group")->choices.size() == 4u,
               "the circle keeps its four groups");
    const auto& activities = *tool("presence-to-contribution").section("activities");
    BOOST_TEST(activities.column("participating")->title == "Actively participating");
    BOOST_TEST(activities.column("contribute")->title == "Opportunity to contribute");
}

BOOST_AUTO_TEST_CASE(the_chart_has_a_step_line_per_domain_on_one_time_axis) {
    auto r = record_of("outcome-ratings", nullptr);
    rate_all(r, "2026-01-10", "some-needs");
    add_row(r, "ratings", row({{"domain", "control"}, {"rating", "high-needs"}}, "2026-04-10"));
    add_row(r, "ratings", row({{"domain", "control"}, {"rating", "ideal"}}, "2026-04-10"));  // later that day
    add_row(r, "ratings", row({{"domain", "safety"}, {"rating", "not-a-level"}}, "2026-05-10"));
    add_row(r, "ratings", row({{"domain", "social"}, {"rating", "no-needs"}}, "2026-07-10"));
    ChartMetrics metrics;
    metrics.width = 700;
    metrics.min_cell_width = 320;
    const auto layout = layout_rating_chart(tool("outcome-ratings"), r, metrics);
    BOOST_TEST(layout.columns == 2);
    BOOST_REQUIRE(layout.charts.size() == 8u);
    BOOST_TEST((layout.dates == std::vector<Date>{day("2026-01-10"), day("2026-04-10"), day("2026-07-10")}));
    const auto& control = layout.charts[0];
    BOOST_TEST(control.title == "Control over daily life");
    BOOST_TEST((control.ratings == std::vector<RatingPoint>{{day("2026-01-10"), 1}, {day("2026-04-10"), 3}}),
               "the row added last on a day is the day's rating");
    BOOST_REQUIRE(control.level_ticks.size() == 4u);
    BOOST_TEST(control.level_ticks[0].label == "High needs");
    BOOST_TEST(control.level_ticks[0].y > control.level_ticks[3].y, "the lowest level at the bottom");
    // From the first rating across to the second day, up to its level, and on to the newest day of any
    // domain.
    BOOST_REQUIRE(control.steps.size() == 4u);
    BOOST_TEST(control.steps[0].x == control.plot.x);
    BOOST_TEST(control.steps[1].y == control.steps[0].y);
    BOOST_TEST(control.steps[2].y == control.level_ticks[3].y);
    BOOST_TEST(control.steps[3].x == control.plot.right(), boost::test_tools::tolerance(1e-9));
    BOOST_TEST(control.dots.size() == 2u);
    BOOST_TEST(layout.charts[4].ratings.size() == 1u, "a level the template does not have is left out");
    BOOST_TEST(layout.charts[1].frame.x > layout.charts[0].frame.x);
    BOOST_TEST(layout.height == 4 * metrics.cell_height + 3 * metrics.gap);
    BOOST_TEST(!layout.charts[0].date_ticks.empty());
}

BOOST_AUTO_TEST_CASE(a_chart_with_nothing_rated_is_empty_and_a_tool_without_ratings_has_none) {
    const auto layout =
        layout_rating_chart(tool("outcome-ratings"), record_of("outcome-ratings"), ChartMetrics{});
    BOOST_TEST(layout.empty());
    BOOST_TEST(layout.charts.size() == 8u);
    BOOST_TEST(layout.charts[0].steps.empty());
    BOOST_TEST(!RatingColumns(tool("learning-log")).drawable());
    BOOST_CHECK_THROW(layout_rating_chart(tool("learning-log"), record_of("learning-log"), ChartMetrics{}),
                      pcr::TemplateError);
}

BOOST_AUTO_TEST_SUITE_END()
