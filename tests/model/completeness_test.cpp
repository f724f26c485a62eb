// Tests of completeness and currency for every shipped tool, on hand-built records, including boundary days.
#include "model/domain/completeness.h"

#include <boost/test/unit_test.hpp>

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

Record record_of(const std::string& id, const char* reviewed = nullptr) {
    Record r;
    r.tool = id;
    if (reviewed) r.reviewed = day(reviewed);
    return r;
}

RecordStatus judge(const Record& r, const Date& today = kToday) {
    return assess(tool(r.tool), r, today);
}

const SectionStatus& section(const RecordStatus& s, const std::string& id) {
    for (const auto& x : s.sections)
        if (x.section == id) return x;
    throw std::runtime_error("no section status " + id);
}

Cell attendees(std::vector<Attendee> people) {
    return Cell{"attendees", {}, std::move(people)};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(completeness_test)

BOOST_AUTO_TEST_CASE(one_page_profile_needs_three_items_in_each_list) {
    auto r = record_of("one-page-profile", "2026-01-10");
    add_items(r, "appreciation", 3);
    add_items(r, "important-to-me", 2);
    add_items(r, "how-to-support", 4);
    auto s = judge(r);
    BOOST_TEST(s.completeness == 66);
    BOOST_TEST(!s.complete);
    BOOST_TEST(section(s, "important-to-me").qualifying == 2);
    BOOST_TEST(section(s, "important-to-me").min == 3);
    BOOST_TEST(section(s, "important-to-me").missing == "1 more item");
    BOOST_TEST(section(s, "appreciation").missing.empty());

    r.section_for_update("important-to-me").entries.push_back(Entry{0, {}, " \t ", {}});
    BOOST_TEST(judge(r).completeness == 66, "a blank item does not count");
    r.section_for_update("important-to-me").entries.push_back(Entry{0, {}, "Singing in the choir", {}});
    s = judge(r);
    BOOST_TEST(s.completeness == 100);
    BOOST_TEST(s.complete);
    BOOST_TEST(s.current);
    BOOST_TEST(s.due->iso() == "2027-01-10");
}

BOOST_AUTO_TEST_CASE(an_empty_record_is_zero_and_a_missing_section_says_what_it_needs) {
    auto s = judge(record_of("one-page-profile"));
    BOOST_TEST(s.completeness == 0);
    BOOST_TEST(!s.complete);
    BOOST_TEST(section(s, "appreciation").missing == "3 more items");
    BOOST_TEST(s.sections.size() == 3u);
}

BOOST_AUTO_TEST_CASE(twelve_month_currency_includes_the_same_day_a_year_ago) {
    BOOST_TEST(judge(record_of("one-page-profile", "2025-06-30")).current);
    BOOST_TEST(!judge(record_of("one-page-profile", "2025-06-29")).current);
    BOOST_TEST(judge(record_of("one-page-profile", "2025-06-29")).due->iso() == "2026-06-29");
    BOOST_TEST(judge(record_of("one-page-profile", "2026-06-30")).current);

    const auto never = judge(record_of("one-page-profile"));
    BOOST_TEST(!never.current, "a tool with review months that was never reviewed is not current");
    BOOST_TEST(!never.last_reviewed.has_value());
    BOOST_TEST(!never.due.has_value());
}

BOOST_AUTO_TEST_CASE(currency_clamps_to_the_end_of_shorter_months) {
    // Six months before 31 March is 30 September.
    BOOST_TEST(day("2026-03-31").minus_months(6).iso() == "2025-09-30");
    // A year before 28 February 2025 is 28 February 2024; 29 February 2024 is later still.
    const Date feb28 = day("2025-02-28");
    BOOST_TEST(judge(record_of("relationship-circle", "2024-02-28"), feb28).current);
    BOOST_TEST(judge(record_of("relationship-circle", "2024-02-29"), feb28).current);
    BOOST_TEST(!judge(record_of("relationship-circle", "2024-02-27"), feb28).current);
    // A year before 29 February 2024 is 28 February 2023, so a review on that day lasts to 29 February.
    auto s = judge(record_of("relationship-circle", "2023-02-28"), day("2024-02-29"));
    BOOST_TEST(s.current);
    BOOST_TEST(s.due->iso() == "2024-02-29");
    BOOST_TEST(!judge(record_of("relationship-circle", "2023-02-28"), day("2024-03-01")).current);
    BOOST_TEST(!judge(record_of("relationship-circle", "2023-02-27"), day("2024-02-29")).current);
}

BOOST_AUTO_TEST_CASE(relationship_circle_rows_need_name_circle_and_group) {
    auto r = record_of("relationship-circle", "2026-06-30");
    add_row(r, "people", row({{"name", "Alan"}, {"circle", "1"}, {"group", "family"}}));
    add_row(r, "people",
            row({{"name", "Bet"}, {"relationship", "neighbour"}, {"circle", "3"}, {"group", "community"}}));
    add_row(r, "people", row({{"name", "Carys"}, {"relationship", "key worker"}, {"circle", "2"}}));
    auto s = judge(r);
    BOOST_TEST(s.completeness == 0);
    BOOST_TEST(section(s, "people").qualifying == 2);
    BOOST_TEST(section(s, "people").missing == "1 more row with Name, Circle, Group filled in");
    r.section_for_update("people").entries[2].cell_for_update("group").text = "paid-support";
    s = judge(r);
    BOOST_TEST(s.completeness == 100);
    BOOST_TEST(s.complete);
}

BOOST_AUTO_TEST_CASE(communication_chart_does_not_need_the_time) {
    auto r = record_of("communication-chart", "2026-03-30");
    for (int i = 0; i < 3; ++i)
        add_row(r, "chart",
                row({{"when-this-happens", "A door bangs"},
                     {"we-think-it-means", "I am startled"},
                     {"we-need-to", "Sit with me quietly"}}));
    auto s = judge(r);
    BOOST_TEST(s.completeness == 100);
    BOOST_TEST(s.current);
    r.section_for_update("chart").entries[0].cell_for_update("we-need-to").text = "   ";
    s = judge(r);
    BOOST_TEST(s.completeness == 0);
    BOOST_TEST(section(s, "chart").missing ==
               "1 more row with When this happens, We think it means, And we need to filled in");
}

BOOST_AUTO_TEST_CASE(decision_making_agreement_is_half_without_the_text) {
    auto r = record_of("decision-making-agreement", "2026-05-09");
    for (int i = 0; i < 2; ++i)
        add_row(r, "decisions",
                row({{"decision", "Where I live"},
                     {"how-involved", "Visit places with me"},
                     {"who-decides", "Me"}}));
    r.section_for_update("more-control").text = "  ";
    auto s = judge(r);
    BOOST_TEST(s.completeness == 50);
    BOOST_TEST(!s.complete);
    BOOST_TEST(section(s, "more-control").missing == "an answer");
    BOOST_TEST(section(s, "more-control").min == 1);
    r.section_for_update("more-control").text = "Picture menus for meals";
    BOOST_TEST(judge(r).completeness == 100);
    r.section_for_update("decisions").entries.pop_back();
    BOOST_TEST(judge(r).completeness == 50);
}

BOOST_AUTO_TEST_CASE(learning_log_is_current_for_three_months_from_its_newest_entry) {
    auto r = record_of("learning-log");
    add_row(r, "entries",
            row({{"what-they-did", "Swimming"}, {"worked-well", "Quiet time"}, {"did-not-work", "Noise"}},
                "2026-01-15"));
    add_row(
        r, "entries",
        row({{"what-they-did", "Market"}, {"worked-well", "Early"}, {"did-not-work", "Rain"}}, "2026-03-30"));
    auto s = judge(r);
    BOOST_TEST(s.completeness == 100);
    BOOST_TEST(s.last_reviewed->iso() == "2026-03-30");
    BOOST_TEST(s.current, "exactly three months before the day is within");
    BOOST_TEST(s.due->iso() == "2026-06-30");
    BOOST_TEST(!judge(r, day("2026-07-01")).current);

    r.reviewed = day("2026-04-02");
    s = judge(r, day("2026-07-01"));
    BOOST_TEST(s.last_reviewed->iso() == "2026-04-02", "a later review date wins over older entries");
    BOOST_TEST(s.current);
}

BOOST_AUTO_TEST_CASE(learning_log_entries_need_a_real_date_and_the_required_answers) {
    auto r = record_of("learning-log");
    add_row(r, "entries",
            row({{"what-they-did", "Cinema"}, {"worked-well", "Aisle seat"}, {"did-not-work", "Queue"}},
                "2026-02-30"));
    add_row(r, "entries", row({{"what-they-did", "Bowling"}, {"worked-well", "Ramp"}}, "2026-06-01"));
    auto s = judge(r);
    BOOST_TEST(s.completeness == 0);
    BOOST_TEST(
        section(s, "entries").missing ==
        "1 more dated row with What did the person do?, What worked well?, What didn't work? filled in");
    BOOST_TEST(s.last_reviewed->iso() == "2026-06-01", "an impossible date is ignored");
    BOOST_TEST(s.current);
}

BOOST_AUTO_TEST_CASE(a_row_with_nothing_typed_is_not_content_even_with_its_date) {
    // A review with one meeting added and left empty (it has today's date and nothing else), and an action
    // row with nothing in it: neither counts, and the record is not current because of the date.
    auto r = record_of("person-centred-review");
    add_row(r, "meetings", row({}, "2026-06-30"));
    add_row(r, "actions", row({{"action", "  "}}));
    BOOST_TEST(!r.section("meetings")->entries[0].has_content());
    BOOST_TEST(!r.section("actions")->entries[0].has_content(), "blank text is nothing typed");
    BOOST_TEST(r.empty(), "a record holding only empty rows is empty");
    auto s = judge(r);
    BOOST_TEST(s.completeness == 0);
    BOOST_TEST(!s.last_reviewed.has_value(), "a date alone does not date the record");
    BOOST_TEST(!s.current);

    // One word typed in the meeting makes it content: it dates the record (though not yet complete).
    r.section_for_update("meetings").entries[0].cells.push_back(Cell{"working", "Swimming", {}});
    BOOST_TEST(!r.empty());
    s = judge(r);
    BOOST_TEST(s.last_reviewed->iso() == "2026-06-30");
    BOOST_TEST(s.current);
    BOOST_TEST(s.completeness == 0, "attendees are still missing");
}

BOOST_AUTO_TEST_CASE(learning_log_due_day_stretches_over_month_ends) {
    auto r = record_of("learning-log");
    add_row(r, "entries",
            row({{"what-they-did", "Bus trip"}, {"worked-well", "Window seat"}, {"did-not-work", "Late"}},
                "2026-02-28"));
    BOOST_TEST(judge(r, day("2026-05-31")).current, "three months before 31 May is 28 February (clamped)");
    BOOST_TEST(!judge(r, day("2026-06-01")).current);
    BOOST_TEST(judge(r).due->iso() == "2026-05-31");
}

BOOST_AUTO_TEST_CASE(life_story_needs_five_dated_events_and_never_goes_stale) {
    auto r = record_of("life-story");
    const char* dates[] = {"1941", "1948-09-01", "1960", "1965-06-12", ""};
    for (const char* d : dates) add_row(r, "events", row({{"event", "Something happened"}}, d));
    auto s = judge(r);
    BOOST_TEST(s.completeness == 0, "a row without a date does not count");
    BOOST_TEST(section(s, "events").qualifying == 4);
    BOOST_TEST(s.current, "life story has no review months");
    BOOST_TEST(!s.due.has_value());
    BOOST_TEST(s.last_reviewed->iso() == "1965-06-12");
    r.section_for_update("events").entries.back().date = "2001";
    s = judge(r, day("2090-01-01"));
    BOOST_TEST(s.completeness == 100);
    BOOST_TEST(s.complete);
    BOOST_TEST(s.current);
}

BOOST_AUTO_TEST_CASE(working_not_working_needs_the_persons_own_view) {
    auto r = record_of("working-not-working", "2026-06-01");
    add_row(r, "rows", row({{"perspective", "family"}, {"working", "Visits"}}));
    add_row(r, "rows", row({{"perspective", "staff"}, {"not-working", "Mornings"}}));
    add_row(r, "rows", row({{"perspective", "staff"}, {"working", "Meals"}}));
    auto s = judge(r);
    BOOST_TEST(s.completeness == 0);
    BOOST_TEST(!s.complete);
    BOOST_TEST(section(s, "rows").qualifying == 3);
    BOOST_TEST(section(s, "rows").missing == "at least one row from the person's own perspective");
    add_row(r, "rows", row({{"perspective", "person"}, {"working", "My garden"}}));
    s = judge(r);
    BOOST_TEST(s.completeness == 100);
    BOOST_TEST(s.complete);
}

BOOST_AUTO_TEST_CASE(working_not_working_person_row_alone_is_not_enough) {
    auto r = record_of("working-not-working", "2026-06-01");
    add_row(r, "rows", row({{"perspective", "person"}, {"working", "My garden"}}));
    auto s = judge(r);
    BOOST_TEST(s.completeness == 0);
    BOOST_TEST(section(s, "rows").missing == "2 more rows with From the perspective of filled in");
}

BOOST_AUTO_TEST_CASE(good_days_and_bad_days_each_need_three) {
    auto r = record_of("good-days-bad-days", "2025-07-01");
    add_items(r, "good-day", 3);
    add_items(r, "bad-day", 2);
    auto s = judge(r);
    BOOST_TEST(s.completeness == 50);
    BOOST_TEST(s.current);
    add_items(r, "bad-day", 1);
    BOOST_TEST(judge(r).completeness == 100);
}

BOOST_AUTO_TEST_CASE(matching_staff_counts_quarters) {
    auto r = record_of("matching-staff", "2026-02-01");
    add_items(r, "skills", 1);
    add_items(r, "support", 2);
    add_items(r, "personality", 1);
    auto s = judge(r);
    BOOST_TEST(s.completeness == 75);
    BOOST_TEST(section(s, "shared-interests").missing == "1 more item");
    add_items(r, "shared-interests", 1);
    BOOST_TEST(judge(r).complete);
}

BOOST_AUTO_TEST_CASE(four_plus_one_is_eighty_with_four_of_five_and_always_current) {
    auto r = record_of("four-plus-one");
    for (const char* id : {"tried", "learned", "pleased", "next"}) add_items(r, id, 2);
    auto s = judge(r);
    BOOST_TEST(s.completeness == 80);
    BOOST_TEST(!s.complete);
    BOOST_TEST(s.current, "no review months and never reviewed: still current");
    add_items(r, "concerned", 1);
    BOOST_TEST(judge(r).completeness == 100);
}

BOOST_AUTO_TEST_CASE(presence_to_contribution_needs_two_activities) {
    auto r = record_of("presence-to-contribution", "2026-06-30");
    add_row(r, "activities", row({{"activity", "Allotment"}, {"contribute", "Shares vegetables"}}));
    add_row(r, "activities", row({{"being-present", "Goes to the pub quiz"}}));
    auto s = judge(r);
    BOOST_TEST(s.completeness == 0);
    add_row(r, "activities", row({{"activity", "Chapel"}}));
    s = judge(r);
    BOOST_TEST(s.completeness == 100);
}

BOOST_AUTO_TEST_CASE(doughnut_sort_two_of_three_is_sixty_six) {
    auto r = record_of("doughnut-sort", "2025-01-01");
    add_items(r, "core", 1);
    add_items(r, "not-ours", 1);
    auto s = judge(r);
    BOOST_TEST(s.completeness == 66);
    BOOST_TEST(!s.current);
    BOOST_TEST(s.due->iso() == "2026-01-01");
}

BOOST_AUTO_TEST_CASE(my_places_needs_three_of_five_lists) {
    auto r = record_of("my-places", "2026-06-30");
    BOOST_TEST(judge(r).completeness == 0);
    add_items(r, "customer", 2);
    BOOST_TEST(judge(r).completeness == 33);
    add_items(r, "member", 1);
    BOOST_TEST(judge(r).completeness == 66);
    BOOST_TEST(!judge(r).complete);
    add_items(r, "new-connections", 1);
    BOOST_TEST(judge(r).completeness == 100);
    BOOST_TEST(judge(r).complete);
    add_items(r, "feel-good", 1);
    add_items(r, "strengthen", 1);
    BOOST_TEST(judge(r).completeness == 100, "capped at 100");
}

BOOST_AUTO_TEST_CASE(outcomes_need_outcome_action_who_and_by_when) {
    auto r = record_of("outcomes", "2026-06-30");
    add_row(r, "outcomes",
            row({{"outcome", "Ride the bus alone"}, {"action", "Practise the route"}, {"who", "Dai"}}));
    BOOST_TEST(judge(r).completeness == 0);
    r.section_for_update("outcomes").entries[0].cell_for_update("by-when").text = "2026-09-01";
    auto s = judge(r);
    BOOST_TEST(s.completeness == 100, "status is optional");
}

BOOST_AUTO_TEST_CASE(person_centred_review_meeting_keeps_it_current) {
    auto r = record_of("person-centred-review");
    Entry meeting = row({{"working", "New flat"}}, "2025-07-01");
    meeting.cells.push_back(attendees({{"person", "Peggy"}, {"family", "Alan Jones"}}));
    add_row(r, "meetings", meeting);
    auto s = judge(r);
    BOOST_TEST(s.completeness == 50, "meetings met, actions not");
    BOOST_TEST(section(s, "actions").missing == "1 more row with Action, Who, By when filled in");
    BOOST_TEST(s.current, "the meeting date counts as the review");
    BOOST_TEST(s.last_reviewed->iso() == "2025-07-01");
    add_row(r, "actions", row({{"action", "Book the trip"}, {"who", "Alan"}, {"by-when", "2026-08-01"}}));
    s = judge(r);
    BOOST_TEST(s.completeness == 100);
    BOOST_TEST(s.complete);
    BOOST_TEST(!judge(r, day("2026-07-02")).current);
}

BOOST_AUTO_TEST_CASE(person_centred_review_attendees_need_a_name) {
    auto r = record_of("person-centred-review", "2026-06-01");
    Entry meeting = row({}, "2026-05-02");
    meeting.cells.push_back(attendees({{"person", " "}, {"staff", ""}}));
    add_row(r, "meetings", meeting);
    BOOST_TEST(section(judge(r), "meetings").qualifying == 0);
    r.section_for_update("meetings").entries[0].cells[0].attendees[1].name = "Sam";
    BOOST_TEST(section(judge(r), "meetings").qualifying == 1);
}

BOOST_AUTO_TEST_CASE(team_purpose_is_its_one_answer) {
    auto r = record_of("team-purpose", "2026-06-30");
    BOOST_TEST(judge(r).completeness == 0);
    r.section_for_update("purpose").text = "\n  \n";
    BOOST_TEST(judge(r).completeness == 0);
    r.section_for_update("purpose").text = "Good lives at home";
    BOOST_TEST(judge(r).completeness == 100);
    BOOST_TEST(judge(r).complete);
}

BOOST_AUTO_TEST_CASE(team_charter_needs_three_values_and_three_rules) {
    auto r = record_of("team-charter", "2026-06-30");
    add_items(r, "values", 3);
    BOOST_TEST(judge(r).completeness == 50);
    add_items(r, "ground-rules", 3);
    BOOST_TEST(judge(r).completeness == 100);
}

BOOST_AUTO_TEST_CASE(development_plan_needs_goal_support_and_date) {
    auto r = record_of("development-plan", "2026-06-30");
    add_row(r, "goals", row({{"goal", "Lead a review"}, {"by-when", "2026-12-01"}}));
    BOOST_TEST(judge(r).completeness == 0);
    r.section_for_update("goals").entries[0].cell_for_update("support").text = "Shadow Mair";
    BOOST_TEST(judge(r).completeness == 100);
}

BOOST_AUTO_TEST_CASE(a_section_can_be_judged_on_its_own) {
    auto r = record_of("good-days-bad-days");
    add_items(r, "good-day", 4);
    const auto s = assess_section(*tool("good-days-bad-days").section("good-day"), r);
    BOOST_TEST(s.section == "good-day");
    BOOST_TEST(s.met);
    BOOST_TEST(s.counts);
    BOOST_TEST(s.qualifying == 4);
    BOOST_TEST(s.min == 3);
}

BOOST_AUTO_TEST_SUITE_END()
