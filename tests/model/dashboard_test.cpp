// Tests of the manager's dashboard on a hand-built caseload judged on 2026-06-30.
#include "model/rules/dashboard.h"

#include <boost/test/unit_test.hpp>
#include <set>

#include "common/test_store.h"
#include "model/core/progress.h"
#include "model/demo/demo_generator.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::add_row;
using pcr::test::day;
using pcr::test::person;
using pcr::test::row;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;

namespace {

Record full_profile(const char* reviewed) {
    Record r;
    r.tool = "one-page-profile";
    r.reviewed = day(reviewed);
    pcr::test::add_items(r, "appreciation", 3);
    pcr::test::add_items(r, "important-to-me", 3);
    pcr::test::add_items(r, "how-to-support", 3);
    return r;
}

Record review_held(const char* on) {
    Record r;
    r.tool = "person-centred-review";
    Entry meeting = row({{"working", "Swimming"}}, on);
    meeting.cells.insert(meeting.cells.begin(), Cell{"attendees", {}, {{"person", "Zoë"}}});
    add_row(r, "meetings", meeting);
    return r;
}

// Zoë: a stale profile, a learning log and a review both due soon, one overdue action.
// Al: no profile and no review, two overdue outcomes, a good-days record never reviewed.
// Bea: all current but a review out of date. Ada: archived, so never listed. Rhys (staff): no profile and a
// development plan due soon. The team: its purpose out of date.
Interchange caseload() {
    Interchange data;

    Record zoe_review = review_held("2025-07-20");
    add_row(zoe_review, "actions",
            row({{"action", "Book the bus pass"}, {"who", "Alan"}, {"by-when", "2026-06-01"}}));
    add_row(zoe_review, "actions",
            row({{"action", "Ring the chapel"}, {"who", "Zoë"}, {"by-when", "2026-06-30"}}));
    add_row(zoe_review, "actions",
            row({{"action", "Find a swimming group"},
                 {"who", "Ayesha"},
                 {"by-when", "2026-05-01"},
                 {"done", "2026-05-03"}}));
    Record log;
    log.tool = "learning-log";
    add_row(log, "entries",
            row({{"what-they-did", "Swimming"}, {"worked-well", "Early"}, {"did-not-work", "Cold"}},
                "2026-04-10"));
    data.people.push_back({person("P-1", "Zoë Smith"), {full_profile("2025-06-15"), log, zoe_review}});

    Record outcomes;
    outcomes.tool = "outcomes";
    outcomes.reviewed = day("2026-05-01");
    add_row(outcomes, "outcomes",
            row({{"outcome", "Move to a flat"},
                 {"action", "Visit two flats"},
                 {"who", "Siân"},
                 {"by-when", "2026-03-31"},
                 {"status", "open"}}));
    add_row(outcomes, "outcomes",
            row({{"outcome", "Get a bus pass"},
                 {"action", "Fill in the form"},
                 {"who", "Al"},
                 {"by-when", "2026-02-01"},
                 {"status", "done"}}));
    add_row(outcomes, "outcomes",
            row({{"outcome", "Learn to cook a curry"},
                 {"action", "Cookery class"},
                 {"who", "Ayesha"},
                 {"by-when", "2026-06-29"}}));
    add_row(outcomes, "outcomes",
            row({{"outcome", "Go to Cardiff"},
                 {"action", "Plan the trip"},
                 {"who", "Al"},
                 {"by-when", "2026-01-10"},
                 {"status", "dropped"}}));
    Record good_days;
    good_days.tool = "good-days-bad-days";
    good_days.section_for_update("good-day").entries.push_back(Entry{0, {}, "Sunshine", {}});
    data.people.push_back({person("P-2", "Alan Jones", "Al"), {outcomes, good_days}});

    data.people.push_back({person("P-3", "Ada Lewis", {}, std::nullopt, Status::Archived), {}});
    data.people.push_back(
        {person("P-4", "Bea Price"), {full_profile("2026-06-01"), review_held("2024-09-10")}});

    Subject rhys = person("S-1", "Rhys Evans");
    rhys.kind = SubjectKind::Staff;
    Record plan;
    plan.tool = "development-plan";
    plan.reviewed = day("2025-07-25");
    add_row(plan, "goals",
            row({{"goal", "Lead a review"}, {"support", "Shadow two"}, {"by-when", "2026-12-01"}}));
    data.staff.push_back({rhys, {plan}});

    Subject team;
    team.kind = SubjectKind::Team;
    team.id = "team";
    team.name = "Valley Homecare";
    Record purpose;
    purpose.tool = "team-purpose";
    purpose.reviewed = day("2025-01-01");
    purpose.section_for_update("purpose").text = "Good lives at home";
    data.team = SubjectRecords{team, {purpose}};
    return data;
}

std::vector<std::string> texts(const std::vector<DashboardLine>& lines) {
    std::vector<std::string> out;
    for (const auto& l : lines) out.push_back(l.name + " | " + l.text);
    return out;
}

struct Board {
    TempFolder folder;
    std::unique_ptr<Store> store = open_test_store(folder.path() / "dash.db", OpenMode::CreateIfMissing);
    Dashboard board;
    Board() {
        store->import(caseload());
        board = Dashboard::build(*store, shipped_templates(), day("2026-06-30"));
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(dashboard_test)

BOOST_AUTO_TEST_CASE(people_and_staff_without_a_one_page_profile_are_listed) {
    Board b;
    BOOST_TEST(
        texts(b.board.no_profile) ==
        (std::vector<std::string>{"Al | No one-page profile yet", "Rhys Evans | No one-page profile yet"}));
    const DashboardLine& al = b.board.no_profile[0];
    BOOST_TEST((al.kind == SubjectKind::Person));
    BOOST_TEST(al.id == "P-2");
    BOOST_TEST(al.tool == "one-page-profile");
    BOOST_TEST((b.board.no_profile[1].kind == SubjectKind::Staff));
}

BOOST_AUTO_TEST_CASE(records_out_of_date_or_due_within_30_days_come_oldest_first) {
    Board b;
    BOOST_TEST(texts(b.board.records_due) ==
               (std::vector<std::string>{
                   "Al | Good days and bad days: never reviewed",
                   "Valley Homecare | Team purpose: out of date since 2 Jan 2026",
                   "Zoë Smith | One-page profile: out of date since 16 Jun 2026",
                   "Zoë Smith | Learning log: due for review by 10 Jul 2026 (in 10 days)",
                   "Rhys Evans | Development plan: due for review by 25 Jul 2026 (in 25 days)"}));
    BOOST_TEST(b.board.records_due[2].date->iso() == "2026-06-15");
    BOOST_TEST(b.board.records_due[2].overdue);
    BOOST_TEST(!b.board.records_due[3].overdue);
    BOOST_TEST((b.board.records_due[1].kind == SubjectKind::Team));
    BOOST_TEST(b.board.records_due[1].tool == "team-purpose");
}

BOOST_AUTO_TEST_CASE(a_record_due_in_31_days_is_not_yet_on_the_board) {
    Board b;
    // The development plan is due 2026-07-25: 25 days after 2026-06-30, but 31 days after 2026-06-24.
    const Dashboard earlier = Dashboard::build(*b.store, shipped_templates(), day("2026-06-24"));
    for (const auto& line : earlier.records_due) BOOST_TEST(line.tool != "development-plan");
    const Dashboard edge = Dashboard::build(*b.store, shipped_templates(), day("2026-06-25"));
    BOOST_TEST(texts(edge.records_due).back() ==
               "Rhys Evans | Development plan: due for review by 25 Jul 2026 (in 30 days)");
}

BOOST_AUTO_TEST_CASE(the_due_soon_window_is_the_callers_choice) {
    Board b;
    // Two weeks ahead: the learning log (due in 10 days) stays; the review (20) and the plan (25) wait.
    const Dashboard fortnight = Dashboard::build(*b.store, shipped_templates(), day("2026-06-30"), 14);
    BOOST_TEST(fortnight.due_within_days == 14);
    BOOST_TEST(
        texts(fortnight.records_due) ==
        (std::vector<std::string>{"Al | Good days and bad days: never reviewed",
                                  "Valley Homecare | Team purpose: out of date since 2 Jan 2026",
                                  "Zoë Smith | One-page profile: out of date since 16 Jun 2026",
                                  "Zoë Smith | Learning log: due for review by 10 Jul 2026 (in 10 days)"}));
    BOOST_TEST(
        texts(fortnight.reviews_due) ==
        (std::vector<std::string>{"Al | No person-centred review yet",
                                  "Bea Price | Person-centred review: out of date since 11 Sep 2025"}));
    // Overdue actions do not depend on the window.
    BOOST_TEST(fortnight.overdue_actions.size() == b.board.overdue_actions.size());
    BOOST_TEST(b.board.due_within_days == Dashboard::kDueWithinDays);
}

BOOST_AUTO_TEST_CASE(reviews_due_include_people_who_never_had_one) {
    Board b;
    BOOST_TEST(texts(b.board.reviews_due) ==
               (std::vector<std::string>{
                   "Al | No person-centred review yet",
                   "Bea Price | Person-centred review: out of date since 11 Sep 2025",
                   "Zoë Smith | Person-centred review: due for review by 20 Jul 2026 (in 20 days)"}));
    for (const auto& line : b.board.reviews_due) BOOST_TEST(line.tool == "person-centred-review");
}

BOOST_AUTO_TEST_CASE(a_review_holding_only_an_empty_meeting_is_no_review) {
    // Al's review was started with a meeting row dated today and nothing typed: he is still due a review, and
    // it counts for nothing complete and current in the coverage.
    TempFolder folder;
    auto store = open_test_store(folder.path() / "empty.db", OpenMode::CreateIfMissing);
    Interchange data;
    Record review;
    review.tool = "person-centred-review";
    add_row(review, "meetings", row({}, "2026-06-30"));
    add_row(review, "actions", row({}));
    data.people.push_back({person("P-2", "Alan Jones", "Al"), {review}});
    store->import(data);
    BOOST_TEST(store->record(SubjectKind::Person, "P-2", "person-centred-review")->section("meetings"),
               "the import keeps what the file holds");
    const Dashboard board = Dashboard::build(*store, shipped_templates(), day("2026-06-30"));
    BOOST_TEST(texts(board.reviews_due) == (std::vector<std::string>{"Al | No person-centred review yet"}));
    for (const auto& row : board.coverage)
        if (row.tool == "person-centred-review") {
            BOOST_TEST(row.complete_and_current == 0);
        }
}

BOOST_AUTO_TEST_CASE(status_words_never_contradict_each_other) {
    // Every kind of currency, in the words and the review-due words every view shows.
    const ToolTemplate& log = shipped_templates().get("learning-log");
    const ToolTemplate& four = shipped_templates().get("four-plus-one");  // never goes out of date
    const auto standing = [](const ToolTemplate& tool, std::optional<Record> record, const char* today) {
        ToolStanding s;
        s.tool = &tool;
        if (record) s.status = assess(tool, *record, day(today));
        s.record = std::move(record);
        return s;
    };
    Record entry;
    entry.tool = log.id;
    add_row(entry, "entries", row({{"what-they-did", "Bowls"}}, "2026-04-10"));
    Record started;  // a row added and left empty: only its date
    started.tool = log.id;
    add_row(started, "entries", row({}, "2026-06-30"));
    Record never_stale;
    never_stale.tool = four.id;
    never_stale.section_for_update("tried").entries.push_back(Entry{0, {}, "Walking", {}});

    struct Case {
        ToolStanding standing;
        Currency::Kind kind;
        std::string words;
        std::string due;
    };
    const Case cases[] = {
        {standing(log, std::nullopt, "2026-06-30"), Currency::Kind::NoRecord, "No record", ""},
        {standing(log, started, "2026-06-30"), Currency::Kind::NoRecord, "No record", ""},
        {standing(log, entry, "2026-06-30"), Currency::Kind::Current, "Current until 2026-07-10",
         "2026-07-10"},
        {standing(log, entry, "2026-07-11"), Currency::Kind::OutOfDate, "Out of date since 2026-07-11",
         "2026-07-10"},
        {standing(four, never_stale, "2026-06-30"), Currency::Kind::Current, "Current", "Not needed"},
    };
    for (const Case& c : cases) {
        const Currency now = currency(c.standing);
        BOOST_TEST((now.kind == c.kind), c.words);
        BOOST_TEST(currency_words(now) == c.words);
        BOOST_TEST(review_due_words(now) == c.due);
    }
    // Something typed but never reviewed (a one-page profile item, with no review stamp): never reviewed, and
    // its review is due now, not "not needed".
    Record profile;
    profile.tool = "one-page-profile";
    profile.section_for_update("appreciation").entries.push_back(Entry{0, {}, "Kind", {}});
    const Currency never =
        currency(standing(shipped_templates().get("one-page-profile"), profile, "2026-06-30"));
    BOOST_TEST((never.kind == Currency::Kind::NeverReviewed));
    BOOST_TEST(currency_words(never) == "Never reviewed");
    BOOST_TEST(currency_words(never, iso_words, true) == "never reviewed");
    BOOST_TEST(review_due_words(never) == "Now");
    // A view's own date style is used for every date.
    const auto style = [](const Date& d) { return "day " + d.iso(); };
    BOOST_TEST(currency_words(currency(cases[3].standing), style) == "Out of date since day 2026-07-11");
    BOOST_TEST(review_due_words(currency(cases[2].standing), style) == "day 2026-07-10");
}

BOOST_AUTO_TEST_CASE(actions_past_their_date_and_not_done_are_overdue) {
    Board b;
    BOOST_TEST(
        texts(b.board.overdue_actions) ==
        (std::vector<std::string>{"Zoë Smith | Book the bus pass (Alan): due 1 Jun 2026, 29 days overdue"}));
    BOOST_TEST(b.board.overdue_actions[0].date->iso() == "2026-06-01");
    // A day later the action due on 2026-06-30 is overdue too.
    const Dashboard next = Dashboard::build(*b.store, shipped_templates(), day("2026-07-01"));
    BOOST_TEST(
        texts(next.overdue_actions) ==
        (std::vector<std::string>{"Zoë Smith | Book the bus pass (Alan): due 1 Jun 2026, 30 days overdue",
                                  "Zoë Smith | Ring the chapel (Zoë): due 30 Jun 2026, 1 day overdue"}));
}

BOOST_AUTO_TEST_CASE(outcomes_past_their_date_and_neither_done_nor_dropped_are_overdue) {
    Board b;
    BOOST_TEST(texts(b.board.overdue_outcomes) ==
               (std::vector<std::string>{
                   "Al | Move to a flat: Visit two flats (Siân): due 31 Mar 2026, 91 days overdue",
                   "Al | Learn to cook a curry: Cookery class (Ayesha): due 29 Jun 2026, 1 day overdue"}));
    BOOST_TEST(b.board.overdue_outcomes[0].tool == "outcomes");
}

BOOST_AUTO_TEST_CASE(coverage_counts_active_subjects_per_tool) {
    Board b;
    const CoverageRow* profiles = nullptr;
    const CoverageRow* purpose = nullptr;
    for (const auto& row : b.board.coverage) {
        if (row.tool == "one-page-profile" && row.scope == SubjectKind::Person) profiles = &row;
        if (row.tool == "team-purpose") purpose = &row;
    }
    BOOST_TEST_REQUIRE(profiles);
    BOOST_TEST(profiles->complete_and_current == 1);  // Bea's; Zoë's is out of date
    BOOST_TEST(profiles->with_record == 2);
    BOOST_TEST(profiles->total == 3);  // Ada is archived
    BOOST_TEST(profiles->coverage == 33);
    BOOST_TEST_REQUIRE(purpose);
    BOOST_TEST(purpose->coverage == 0);
}

BOOST_AUTO_TEST_CASE(coverage_is_the_same_as_record_statuses_gives) {
    Board b;
    const auto expected = coverage(*b.store, shipped_templates(), day("2026-06-30"));
    BOOST_TEST_REQUIRE(b.board.coverage.size() == expected.size());
    BOOST_TEST(expected.size() == 29u);  // 19 person tools, 5 staff tools, 5 team tools
    for (std::size_t i = 0; i < expected.size(); ++i) {
        BOOST_TEST(b.board.coverage[i].tool == expected[i].tool);
        BOOST_TEST((b.board.coverage[i].scope == expected[i].scope));
        BOOST_TEST(b.board.coverage[i].complete_and_current == expected[i].complete_and_current);
        BOOST_TEST(b.board.coverage[i].with_record == expected[i].with_record);
        BOOST_TEST(b.board.coverage[i].total == expected[i].total);
        BOOST_TEST(b.board.coverage[i].coverage == expected[i].coverage);
    }
}

// The dashboard counts coverage from the judgements it visits; coverage() from an aggregate query. On a
// generated caseload, on days either side of many records going out of date, they agree.
BOOST_AUTO_TEST_CASE(coverage_agrees_with_the_aggregate_query_over_a_demo_caseload) {
    TempFolder folder;
    auto store = open_test_store(folder.path() / "demo.pcrdb", OpenMode::CreateIfMissing);
    DemoOptions options;
    options.people = 60;
    options.staff = 8;
    options.logs = 600;
    options.today = day("2026-09-15");
    NoProgress quiet;
    generate_demo(*store, shipped_templates(), options, quiet);
    for (const char* when : {"2026-09-15", "2026-12-31", "2027-03-01"}) {
        const auto board = Dashboard::build(*store, shipped_templates(), day(when));
        const auto expected = coverage(*store, shipped_templates(), day(when));
        BOOST_TEST_REQUIRE(board.coverage.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            BOOST_TEST_CONTEXT(when << " " << expected[i].tool) {
                BOOST_TEST(board.coverage[i].complete_and_current == expected[i].complete_and_current);
                BOOST_TEST(board.coverage[i].with_record == expected[i].with_record);
                BOOST_TEST(board.coverage[i].total == expected[i].total);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(an_empty_database_says_there_is_nobody_yet_not_that_everyone_has_a_profile) {
    TempFolder folder;
    const auto store = open_test_store(folder.path() / "empty.db", OpenMode::CreateIfMissing);
    const Dashboard empty = Dashboard::build(*store, shipped_templates(), day("2026-06-30"));
    BOOST_TEST(empty.subjects == 0u);
    BOOST_TEST(empty.no_profile.empty());
    const std::string words = empty.nothing_words(DashboardSection::NoProfile);
    BOOST_TEST(words.rfind("There is nobody here yet.", 0) == 0u, words);
    for (auto section :
         {DashboardSection::NoProfile, DashboardSection::RecordsDue, DashboardSection::ReviewsDue,
          DashboardSection::OverdueActions, DashboardSection::OverdueOutcomes}) {
        const std::string said = empty.nothing_words(section);
        BOOST_TEST(said.find("Everyone") == std::string::npos, said);
        BOOST_TEST(said.find("No person-centred reviews are due") == std::string::npos, said);
        BOOST_TEST(said.find("overdue") == std::string::npos, said);
    }

    // With people in it, an all-clear is an all-clear.
    Board b;
    BOOST_TEST(b.board.subjects > 0u);
    BOOST_TEST(b.board.nothing_words(DashboardSection::NoProfile) == "Everyone has a one-page profile.");
    BOOST_TEST(b.board.nothing_words(DashboardSection::OverdueActions) == "No review actions are overdue.");
}

BOOST_AUTO_TEST_CASE(reviews_held_and_not_signed_off_or_changed_since_await_sign_off) {
    pcr::test::FreshStore f;
    f.store->save_subject(person("P-1", "Ann Able"));
    f.store->save_subject(person("P-2", "Ben Brook"));
    f.store->save_subject(person("P-3", "Cat Cole"));
    for (const char* id : {"P-1", "P-2"})
        f.store->save_record(SubjectKind::Person, id, pcr::test::sample_review());
    f.store->sign_off(SubjectKind::Person, "P-2", "person-centred-review", "");
    const Date today = day("2026-06-30");
    auto board = Dashboard::build(*f.store, shipped_templates(), today);
    BOOST_REQUIRE(board.awaiting_sign_off.size() == 1u);  // P-3 holds no review, so nothing awaits
    BOOST_TEST(board.awaiting_sign_off[0].id == "P-1");
    BOOST_TEST(board.awaiting_sign_off[0].text == "Person-centred review: not signed off");

    Record changed = *f.store->record(SubjectKind::Person, "P-2", "person-centred-review");
    changed.reviewed = day("2026-06-29");
    f.store->save_record(SubjectKind::Person, "P-2", changed);
    board = Dashboard::build(*f.store, shipped_templates(), today);
    BOOST_REQUIRE(board.awaiting_sign_off.size() == 2u);
    BOOST_TEST(board.awaiting_sign_off[1].text == "Person-centred review: changed since sign-off");
    BOOST_TEST(board.nothing_words(DashboardSection::AwaitingSignOff) == "Every review held is signed off.");
}

BOOST_AUTO_TEST_CASE(a_team_leader_sees_the_reviews_due_of_their_own_team) {
    TempFolder folder;
    auto store = open_test_store(folder.path() / "dash.db", OpenMode::CreateIfMissing);
    Interchange data = caseload();
    Subject north;
    north.kind = SubjectKind::Team;
    north.id = "T-1";
    north.name = "North";
    data.teams.push_back({north, {}});
    // Zoë and Al are in North, which Rhys leads as Zoë's key worker; Bea is in no team.
    for (auto& sr : data.people)
        if (sr.subject.id == "P-1" || sr.subject.id == "P-2") sr.teams = std::vector<std::string>{"T-1"};
    data.staff.at(0).teams = std::vector<std::string>{"T-1"};
    data.people.at(0).key_worker = data.staff.at(0).subject.id;
    store->import(data);
    const auto leader = open_test_store(folder.path() / "dash.db",
                                        Principal("rhys", Role::Manager, data.staff.at(0).subject.id));

    const auto everyone = Dashboard::build(*leader, shipped_templates(), day("2026-06-30"));
    const auto team = Dashboard::build(*leader, shipped_templates(), day("2026-06-30"),
                                       Dashboard::kDueWithinDays, CaseloadScope::MyTeams);
    const auto mine = Dashboard::build(*leader, shipped_templates(), day("2026-06-30"),
                                       Dashboard::kDueWithinDays, CaseloadScope::MyPeople);
    const auto people_in = [](const std::vector<DashboardLine>& lines) {
        std::set<std::string> ids;
        for (const auto& line : lines)
            if (line.kind == SubjectKind::Person) ids.insert(line.id);
        return ids;
    };
    BOOST_TEST(people_in(everyone.reviews_due).count("P-4") == 1u);
    BOOST_TEST(people_in(team.reviews_due) == (std::set<std::string>{"P-1", "P-2"}),
               boost::test_tools::per_element());
    BOOST_TEST(people_in(mine.reviews_due) == (std::set<std::string>{"P-1"}),
               boost::test_tools::per_element());
    BOOST_TEST(team.subjects == 2u + leader->count(SubjectKind::Staff));
    for (const auto& row : team.coverage)
        if (row.scope == SubjectKind::Person) BOOST_TEST(row.total == 2);
}

BOOST_AUTO_TEST_SUITE_END()
