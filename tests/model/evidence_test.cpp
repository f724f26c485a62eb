// Tests of the evidence each workbook topic gets from hand-built caseloads, rule by rule and edge by edge.
#include "model/rules/evidence.h"

#include <boost/test/unit_test.hpp>
#include <memory>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/domain/workbook.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::add_items;
using pcr::test::add_row;
using pcr::test::day;
using pcr::test::row;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;

namespace {

const Date kToday = day("2026-06-30");

ExtraCondition coverage_of(std::vector<std::string> tools, int at_least, std::string description) {
    ExtraCondition c;
    c.kind = ExtraCondition::Kind::Coverage;
    c.tools = std::move(tools);
    c.at_least = at_least;
    c.description = std::move(description);
    return c;
}

ExtraCondition no_overdue(std::string tool, std::string section, std::string open_column,
                          std::vector<std::string> open_values, int grace_days, std::string description) {
    ExtraCondition c;
    c.kind = ExtraCondition::Kind::NoOverdueRows;
    c.tools = {std::move(tool)};
    c.section = std::move(section);
    c.date_column = "by-when";
    c.open_column = std::move(open_column);
    c.open_values = std::move(open_values);
    c.grace_days = grace_days;
    c.description = std::move(description);
    return c;
}

EvidenceRule rule(SubjectKind scope, std::string tool, std::vector<ExtraCondition> extras = {}) {
    EvidenceRule r;
    r.scope = scope;
    r.tool = std::move(tool);
    r.extras = std::move(extras);
    return r;
}

// The rules of evidence.md, built here so these tests do not depend on the workbook data file.
Workbook design_workbook() {
    auto topic = [](std::string number, std::optional<EvidenceRule> evidence) {
        Topic t;
        t.number = std::move(number);
        t.title = "Topic " + t.number;
        t.statements = {"one", "two", "three", "four", "five"};
        t.evidence = std::move(evidence);
        return t;
    };
    const auto P = SubjectKind::Person, S = SubjectKind::Staff, T = SubjectKind::Team;

    EvidenceRule dignity = rule(P, "one-page-profile");
    dignity.section = "appreciation";
    dignity.need_current = false;
    EvidenceRule life = rule(P, "life-story");
    life.need_current = false;
    EvidenceRule support =
        rule(P, "one-page-profile", {coverage_of({"matching-staff"}, 50, "matching staff for half")});
    support.section = "how-to-support";
    EvidenceRule families = rule(P, "person-centred-review");
    families.latest_section = "meetings";
    families.attendee_role = "family";
    EvidenceRule family_rows = rule(P, "working-not-working");
    family_rows.row_section = "rows";
    family_rows.row_column = "perspective";
    family_rows.row_value = "family";
    ExtraCondition charter;
    charter.kind = ExtraCondition::Kind::Complete;
    charter.scope = T;
    charter.tools = {"team-charter"};
    charter.need_current = false;
    charter.description = "team charter complete";
    EvidenceRule opinions = rule(T, "four-plus-one");
    opinions.reviewed_within_months = 12;

    Workbook w;
    w.id = "test-workbook";
    WorkbookSection one{"1", "People", {}};
    one.topics = {
        topic("1.1", dignity),
        topic("1.2", life),
        topic("1.3", rule(P, "one-page-profile")),
        topic("1.4", rule(P, "outcomes",
                          {no_overdue("outcomes", "outcomes", "status", {"open"}, 30,
                                      "no outcome more than 30 days overdue")})),
        topic("1.5", rule(P, "communication-chart")),
        topic("1.6", rule(P, "decision-making-agreement")),
        topic("1.7", support),
        topic("1.8", rule(P, "person-centred-review",
                          {no_overdue("person-centred-review", "actions", "done", {}, 0,
                                      "no review action overdue")})),
        topic("1.9",
              rule(P, "relationship-circle",
                   {coverage_of({"my-places", "presence-to-contribution"}, 50, "places or contribution")})),
        topic("1.10", rule(P, "person-centred-review", {coverage_of({"outcomes"}, 50, "outcomes for half")})),
    };
    WorkbookSection two{
        "2", "Families", {topic("2.1", std::nullopt), topic("2.2", families), topic("2.3", family_rows)}};
    WorkbookSection three{"3", "Staff", {}};
    three.topics = {
        topic("3.1", rule(S, "one-page-profile")),
        topic("3.2", rule(S, "development-plan")),
        topic("3.3", rule(T, "team-purpose")),
        topic("3.4", rule(T, "team-charter")),
        topic("3.5", rule(S, "one-page-profile", {charter})),
        topic("3.6", rule(T, "doughnut-sort")),
        topic("3.7", opinions),
        topic("3.8", rule(P, "matching-staff")),
    };
    for (int n = 9; n <= 14; ++n) three.topics.push_back(topic("3." + std::to_string(n), std::nullopt));
    w.sections = {one, two, three};
    return w;
}

Record profile(const char* reviewed, int appreciation = 3, int important = 3, int how = 3) {
    Record r;
    r.tool = "one-page-profile";
    if (reviewed) r.reviewed = day(reviewed);
    add_items(r, "appreciation", appreciation);
    add_items(r, "important-to-me", important);
    add_items(r, "how-to-support", how);
    return r;
}

Record matching(const char* reviewed) {
    Record r;
    r.tool = "matching-staff";
    r.reviewed = day(reviewed);
    for (const char* section : {"skills", "support", "personality", "shared-interests"})
        add_items(r, section, 1);
    return r;
}

Entry outcome_row(const char* by_when, const char* status) {
    Entry e = row({{"outcome", "Swim"}, {"action", "Find a pool"}, {"who", "Al"}, {"by-when", by_when}});
    if (*status) e.cells.push_back(Cell{"status", status, {}});
    return e;
}

Record outcomes(std::initializer_list<Entry> rows) {
    Record r;
    r.tool = "outcomes";
    r.reviewed = day("2026-06-01");
    for (const Entry& e : rows) add_row(r, "outcomes", e);
    return r;
}

Entry meeting(const char* on, std::vector<Attendee> attendees) {
    Entry e = row({{"working", "Walks"}}, on);
    e.cells.insert(e.cells.begin(), Cell{"attendees", {}, std::move(attendees)});
    return e;
}

Record review(std::initializer_list<Entry> meetings, std::initializer_list<Entry> actions = {}) {
    Record r;
    r.tool = "person-centred-review";
    for (const Entry& e : meetings) add_row(r, "meetings", e);
    for (const Entry& e : actions) add_row(r, "actions", e);
    if (actions.size() == 0)
        add_row(r, "actions", row({{"action", "Ring"}, {"who", "Al"}, {"by-when", "2026-12-01"}}));
    return r;
}

Entry action(const char* by_when, const char* done) {
    Entry e = row({{"action", "Book the bus"}, {"who", "Al"}, {"by-when", by_when}});
    if (*done) e.cells.push_back(Cell{"done", done, {}});
    return e;
}

Record working(std::initializer_list<const char*> perspectives) {
    Record r;
    r.tool = "working-not-working";
    r.reviewed = day("2026-05-01");
    for (const char* p : perspectives) add_row(r, "rows", row({{"perspective", p}, {"working", "Walks"}}));
    return r;
}

Record team_record(const char* tool, const char* reviewed, bool complete) {
    Record r;
    r.tool = tool;
    if (reviewed) r.reviewed = day(reviewed);
    const std::string id = tool;
    if (id == "team-purpose") {
        r.section_for_update("purpose").text = complete ? "Good lives at home" : " ";
    } else if (id == "team-charter") {
        add_items(r, "values", 3);
        add_items(r, "ground-rules", complete ? 3 : 1);
    } else if (id == "doughnut-sort") {
        add_items(r, "core", 1);
        add_items(r, "judgement", 1);
        add_items(r, "not-ours", complete ? 1 : 0);
    } else if (id == "four-plus-one") {
        for (const char* s : {"tried", "learned", "pleased", "concerned"}) add_items(r, s, 1);
        add_items(r, "next", complete ? 1 : 0);
    }
    return r;
}

std::string person_id(int n) {
    std::string digits = std::to_string(n);
    return "P-" + std::string(3 - digits.size(), '0') + digits;
}

SubjectRecords someone(int n, std::vector<Record> records, Status status = Status::Active) {
    return {pcr::test::person(person_id(n), "Person " + std::to_string(n), {}, std::nullopt, status),
            std::move(records)};
}

SubjectRecords staff(const char* id, std::vector<Record> records, Status status = Status::Active) {
    Subject s = pcr::test::staff_member(id, std::string("Staff ") + id);
    s.status = status;
    return {s, std::move(records)};
}

SubjectRecords team(std::vector<Record> records) {
    Subject t;
    t.kind = SubjectKind::Team;
    t.id = "team";
    t.name = "Valley Homecare";
    return {t, std::move(records)};
}

// A store holding one caseload, and the evidence of every topic of the design's workbook on 2026-06-30.
struct Caseload {
    TempFolder folder;
    std::unique_ptr<Store> store = open_test_store(folder.path() / "evidence.db", OpenMode::CreateIfMissing);
    Workbook workbook = design_workbook();

    explicit Caseload(const Interchange& data) { store->import(data); }

    TopicEvidence topic(const std::string& number, const Date& today = kToday) const {
        for (auto& e : compute_evidence(*store, shipped_templates(), workbook, today))
            if (e.topic == number) return e;
        BOOST_FAIL("no evidence for topic " + number);
        return {};
    }
};

// count, total, coverage and suggested level as one line, for readable failures.
std::string summary(const TopicEvidence& e) {
    return std::to_string(e.count) + "/" + std::to_string(e.total) + " " + std::to_string(e.coverage) +
           "% -> " + (e.suggested ? std::to_string(*e.suggested) : std::string("none"));
}

std::vector<std::string> reasons(const TopicEvidence& e) {
    std::vector<std::string> out;
    for (const Lacking& l : e.lacking) out.push_back(l.id + " " + l.name + ": " + l.reason);
    return out;
}

// `n` people: the first `good` with a complete and current profile, the rest with one out of date.
Interchange profiles(int n, int good) {
    Interchange data;
    for (int i = 1; i <= n; ++i)
        data.people.push_back(someone(i, {profile(i <= good ? "2026-01-01" : "2025-01-01")}));
    return data;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(evidence_test)

BOOST_AUTO_TEST_CASE(the_generic_rule_gives_1_3_4_or_5) {
    BOOST_TEST(suggested_level(0, false, true, 50, 90) == 1);
    BOOST_TEST(suggested_level(0, true, true, 50, 90) == 3);
    BOOST_TEST(suggested_level(49, true, true, 50, 90) == 3);
    BOOST_TEST(suggested_level(50, true, true, 50, 90) == 4);
    BOOST_TEST(suggested_level(89, true, true, 50, 90) == 4);
    BOOST_TEST(suggested_level(90, true, true, 50, 90) == 5);
    BOOST_TEST(suggested_level(100, true, false, 50, 90) == 4);
    BOOST_TEST(suggested_level(79, true, true, 40, 80) == 4);
    BOOST_TEST(suggested_level(80, true, true, 40, 80) == 5);
}

BOOST_AUTO_TEST_CASE(coverage_49_suggests_3_and_50_suggests_4) {
    BOOST_TEST(summary(Caseload(profiles(100, 49)).topic("1.3")) == "49/100 49% -> 3");
    BOOST_TEST(summary(Caseload(profiles(100, 50)).topic("1.3")) == "50/100 50% -> 4");
}

BOOST_AUTO_TEST_CASE(coverage_89_suggests_4_and_90_suggests_5) {
    BOOST_TEST(summary(Caseload(profiles(100, 89)).topic("1.3")) == "89/100 89% -> 4");
    BOOST_TEST(summary(Caseload(profiles(100, 90)).topic("1.3")) == "90/100 90% -> 5");
}

BOOST_AUTO_TEST_CASE(coverage_is_rounded_down) {
    BOOST_TEST(summary(Caseload(profiles(3, 2)).topic("1.3")) == "2/3 66% -> 4");
}

BOOST_AUTO_TEST_CASE(thresholds_come_from_the_rule) {
    Caseload c(profiles(10, 6));
    c.workbook.sections[0].topics[2].evidence->low = 70;
    BOOST_TEST(summary(c.topic("1.3")) == "6/10 60% -> 3");
    c.workbook.sections[0].topics[2].evidence->high = 60;
    c.workbook.sections[0].topics[2].evidence->low = 50;
    BOOST_TEST(summary(c.topic("1.3")) == "6/10 60% -> 5");
}

BOOST_AUTO_TEST_CASE(no_record_of_the_tool_suggests_1) {
    Caseload c(profiles(4, 4));
    const TopicEvidence e = c.topic("1.5");
    BOOST_TEST(summary(e) == "0/4 0% -> 1");
    BOOST_TEST(!e.any_record);
    BOOST_TEST(e.measured);
    BOOST_TEST(e.measure == "communication-chart");
    BOOST_TEST(
        reasons(e) == (std::vector<std::string>{"P-001 Person 1: no record", "P-002 Person 2: no record",
                                                "P-003 Person 3: no record", "P-004 Person 4: no record"}),
        boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(nobody_in_scope_gives_0_of_0_and_1) {
    Caseload c(Interchange{});
    BOOST_TEST(summary(c.topic("1.3")) == "0/0 0% -> 1");
    BOOST_TEST(summary(c.topic("3.1")) == "0/0 0% -> 1");
    const TopicEvidence team = c.topic("3.3");
    BOOST_TEST(summary(team) == "0/1 0% -> 1");
    BOOST_TEST(reasons(team) == (std::vector<std::string>{"team the team: no record"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(self_assessed_topics_are_not_measured_and_suggest_nothing) {
    Caseload c(profiles(2, 2));
    const auto all = compute_evidence(*c.store, shipped_templates(), c.workbook, kToday);
    BOOST_TEST(all.size() == 27u);
    std::vector<std::string> unmeasured;
    for (const auto& e : all)
        if (!e.measured) {
            unmeasured.push_back(e.topic);
            BOOST_TEST(!e.suggested.has_value());
            BOOST_TEST(e.measure.empty());
            BOOST_TEST(e.lacking.empty());
        }
    BOOST_TEST(unmeasured == (std::vector<std::string>{"2.1", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14"}),
               boost::test_tools::per_element());
    BOOST_TEST(all[0].topic == "1.1");
    BOOST_TEST(all[26].topic == "3.14");
}

BOOST_AUTO_TEST_CASE(archived_people_are_left_out_everywhere) {
    Interchange data = profiles(2, 1);
    data.people.push_back(
        someone(3, {profile("2026-01-01"), outcomes({outcome_row("2026-01-01", "open")})}, Status::Archived));
    data.people[0].records.push_back(outcomes({outcome_row("2026-09-01", "open")}));
    data.staff.push_back(staff("S-1", {profile("2026-01-01")}));
    data.staff.push_back(staff("S-2", {profile("2026-01-01")}, Status::Archived));
    data.staff.push_back(staff("S-3", {}, Status::Archived));
    Caseload c(data);
    const TopicEvidence e = c.topic("1.3");
    BOOST_TEST(summary(e) == "1/2 50% -> 4");
    BOOST_TEST(reasons(e) == (std::vector<std::string>{"P-002 Person 2: out of date since 2 Jan 2026"}),
               boost::test_tools::per_element());
    // Only the archived person has an outcome long overdue: the extra condition still holds.
    const TopicEvidence o = c.topic("1.4");
    BOOST_TEST(summary(o) == "1/2 50% -> 4");
    BOOST_TEST(o.failed_extras.empty());
    BOOST_TEST(summary(c.topic("3.1")) == "1/1 100% -> 5");
}

BOOST_AUTO_TEST_CASE(dignity_needs_the_appreciation_section_only_and_no_currency) {
    Interchange data;
    data.people.push_back(someone(1, {profile("2020-01-01", 3, 0, 0)}));
    data.people.push_back(someone(2, {profile(nullptr, 1, 3, 3)}));
    data.people.push_back(someone(3, {}));
    Caseload c(data);
    const TopicEvidence e = c.topic("1.1");
    BOOST_TEST(e.measure == "one-page-profile/appreciation");
    BOOST_TEST(summary(e) == "1/3 33% -> 3");
    BOOST_TEST(
        reasons(e) == (std::vector<std::string>{"P-002 Person 2: incomplete: appreciation needs 2 more items",
                                                "P-003 Person 3: no record"}),
        boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(life_history_needs_a_complete_life_story_however_old) {
    Record story;
    story.tool = "life-story";
    for (const char* year : {"1950", "1962", "1970", "1985"})
        add_row(story, "events", row({{"event", "Moved"}}, year));
    Interchange data;
    data.people.push_back(someone(1, {story}));
    add_row(story, "events", row({{"event", "Married"}}, "1990-05-01"));
    data.people.push_back(someone(2, {story}));
    Caseload c(data);
    const TopicEvidence e = c.topic("1.2");
    BOOST_TEST(summary(e) == "1/2 50% -> 4");
    BOOST_TEST(
        reasons(e) ==
            (std::vector<std::string>{
                "P-001 Person 1: incomplete: events needs 1 more dated row with What happened filled in"}),
        boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(lacking_says_what_is_missing_and_since_when_it_is_out_of_date) {
    Interchange data;
    data.people.push_back(someone(1, {profile("2026-01-01")}));
    data.people.push_back(someone(2, {profile("2026-01-01", 3, 2, 3)}));
    data.people.push_back(someone(3, {profile("2025-06-15")}));
    data.people.push_back(someone(4, {profile("2025-03-01", 3, 3, 1)}));
    data.people.push_back(someone(5, {profile(nullptr)}));
    data.people.push_back({pcr::test::person("P-006", "Alan Jones", "Al"), {}});
    Caseload c(data);
    const TopicEvidence e = c.topic("1.3");
    BOOST_TEST(summary(e) == "1/6 16% -> 3");
    BOOST_TEST(
        reasons(e) ==
            (std::vector<std::string>{
                "P-002 Person 2: incomplete: important-to-me needs 1 more item",
                "P-003 Person 3: out of date since 16 Jun 2026",
                "P-004 Person 4: incomplete: how-to-support needs 2 more items; out of date since 2 Mar 2026",
                "P-005 Person 5: never reviewed", "P-006 Al: no record"}),
        boost::test_tools::per_element());
    BOOST_TEST((e.lacking[0].kind == SubjectKind::Person));
}

BOOST_AUTO_TEST_CASE(an_outcome_open_31_days_past_its_date_stops_5) {
    Interchange data;
    data.people.push_back(someone(1, {outcomes({outcome_row("2026-05-30", "open")})}));
    Caseload c(data);
    const TopicEvidence e = c.topic("1.4");
    BOOST_TEST(summary(e) == "1/1 100% -> 4");
    BOOST_TEST(e.failed_extras == (std::vector<std::string>{"no outcome more than 30 days overdue"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_outcome_with_a_blank_status_31_days_past_its_date_stops_5) {
    Interchange data;
    data.people.push_back(someone(1, {outcomes({outcome_row("2026-05-30", "")})}));
    BOOST_TEST(summary(Caseload(data).topic("1.4")) == "1/1 100% -> 4");
}

BOOST_AUTO_TEST_CASE(an_outcome_open_30_days_past_its_date_still_allows_5) {
    Interchange data;
    data.people.push_back(
        someone(1, {outcomes({outcome_row("2026-05-31", "open"), outcome_row("2026-05-31", ""),
                              outcome_row("2025-01-01", "done"), outcome_row("2025-01-01", "dropped")})}));
    const TopicEvidence e = Caseload(data).topic("1.4");
    BOOST_TEST(summary(e) == "1/1 100% -> 5");
    BOOST_TEST(e.failed_extras.empty());
}

BOOST_AUTO_TEST_CASE(a_review_action_past_its_date_and_not_done_stops_5) {
    Interchange data;
    data.people.push_back(
        someone(1, {review({meeting("2026-03-01", {{"person", "Zoë"}})}, {action("2026-06-29", "")})}));
    const TopicEvidence e = Caseload(data).topic("1.8");
    BOOST_TEST(summary(e) == "1/1 100% -> 4");
    BOOST_TEST(e.failed_extras == (std::vector<std::string>{"no review action overdue"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_review_action_done_or_due_today_allows_5) {
    Interchange data;
    data.people.push_back(
        someone(1, {review({meeting("2026-03-01", {{"person", "Zoë"}})},
                           {action("2026-01-01", "2026-01-05"), action("2026-06-30", "")})}));
    BOOST_TEST(summary(Caseload(data).topic("1.8")) == "1/1 100% -> 5");
}

BOOST_AUTO_TEST_CASE(how_to_support_needs_matching_staff_for_half_the_people) {
    auto caseload = [](int with_matching) {
        Interchange data;
        for (int i = 1; i <= 100; ++i) {
            std::vector<Record> records{profile("2026-01-01", 0, 0, 3)};
            if (i <= with_matching) records.push_back(matching("2026-01-01"));
            data.people.push_back(someone(i, records));
        }
        return data;
    };
    const TopicEvidence short_of = Caseload(caseload(49)).topic("1.7");
    BOOST_TEST(short_of.measure == "one-page-profile/how-to-support");
    BOOST_TEST(summary(short_of) == "100/100 100% -> 4");
    BOOST_TEST(short_of.failed_extras == (std::vector<std::string>{"matching staff for half"}),
               boost::test_tools::per_element());
    const TopicEvidence enough = Caseload(caseload(50)).topic("1.7");
    BOOST_TEST(summary(enough) == "100/100 100% -> 5");
    BOOST_TEST(enough.failed_extras.empty());
}

BOOST_AUTO_TEST_CASE(how_to_support_must_be_current) {
    Interchange data;
    data.people.push_back(someone(1, {profile("2025-01-01", 0, 0, 3)}));
    data.people.push_back(someone(2, {profile("2026-01-01", 0, 0, 2), matching("2026-01-01")}));
    const TopicEvidence e = Caseload(data).topic("1.7");
    BOOST_TEST(summary(e) == "0/2 0% -> 3");
    BOOST_TEST(reasons(e) ==
                   (std::vector<std::string>{"P-001 Person 1: out of date since 2 Jan 2026",
                                             "P-002 Person 2: incomplete: how-to-support needs 1 more item"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(relationships_need_my_places_or_presence_to_contribution_for_half) {
    Record circle;
    circle.tool = "relationship-circle";
    circle.reviewed = day("2026-02-01");
    for (int i = 0; i < 3; ++i)
        add_row(circle, "people", row({{"name", "Bryn"}, {"circle", "1"}, {"group", "family"}}));
    Record places;
    places.tool = "my-places";
    places.reviewed = day("2026-02-01");
    for (const char* s : {"customer", "feel-good", "member"}) add_items(places, s, 1);
    Record presence;
    presence.tool = "presence-to-contribution";
    presence.reviewed = day("2026-02-01");
    for (int i = 0; i < 2; ++i) add_row(presence, "activities", row({{"activity", "Choir"}}));

    Interchange data;
    data.people.push_back(someone(1, {circle, places}));
    data.people.push_back(someone(2, {circle, presence}));
    data.people.push_back(someone(3, {circle}));
    data.people.push_back(someone(4, {circle}));
    BOOST_TEST(summary(Caseload(data).topic("1.9")) == "4/4 100% -> 5");

    data.people[1].records.pop_back();
    const TopicEvidence e = Caseload(data).topic("1.9");
    BOOST_TEST(summary(e) == "4/4 100% -> 4");
    BOOST_TEST(e.failed_extras == (std::vector<std::string>{"places or contribution"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(health_needs_outcomes_for_half_the_people) {
    auto caseload = [](int with_outcomes) {
        Interchange data;
        for (int i = 1; i <= 4; ++i) {
            std::vector<Record> records{review({meeting("2026-03-01", {{"person", "Zoë"}})})};
            if (i <= with_outcomes) records.push_back(outcomes({outcome_row("2026-09-01", "open")}));
            data.people.push_back(someone(i, records));
        }
        return data;
    };
    const TopicEvidence one = Caseload(caseload(1)).topic("1.10");
    BOOST_TEST(summary(one) == "4/4 100% -> 4");
    BOOST_TEST(one.failed_extras == (std::vector<std::string>{"outcomes for half"}),
               boost::test_tools::per_element());
    BOOST_TEST(summary(Caseload(caseload(2)).topic("1.10")) == "4/4 100% -> 5");
}

BOOST_AUTO_TEST_CASE(families_contribute_when_the_latest_review_within_12_months_had_family) {
    Interchange data;
    // Counted: the latest meeting is within 12 months (to the day) and family came.
    data.people.push_back(
        someone(1, {review({meeting("2025-06-30", {{"person", "Zoë"}, {"family", "Alan"}})})}));
    // Not counted: family came to an earlier meeting only.
    data.people.push_back(
        someone(2, {review({meeting("2025-12-01", {{"family", "Alan"}}),
                            meeting("2026-04-01", {{"person", "Bea"}, {"staff", "Ayesha"}})})}));
    // Not counted: the only meeting with family is a day more than 12 months ago.
    data.people.push_back(someone(3, {review({meeting("2025-06-29", {{"family", "Alan"}})})}));
    // Counted: a meeting planned after the day has had nobody yet; the latest one held had family.
    data.people.push_back(someone(4, {review({meeting("2026-03-01", {{"family", "Alan"}}),
                                              meeting("2026-08-01", {{"person", "Di"}})})}));
    data.people.push_back(someone(5, {}));
    const TopicEvidence e = Caseload(data).topic("2.2");
    BOOST_TEST(e.measure == "person-centred-review/meetings:family");
    BOOST_TEST(summary(e) == "2/5 40% -> 3");
    BOOST_TEST(reasons(e) == (std::vector<std::string>{
                                 "P-002 Person 2: no family attendee at the latest meetings row (1 Apr 2026)",
                                 "P-003 Person 3: no meetings row in the 12 months before 30 Jun 2026",
                                 "P-005 Person 5: no record"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(family_relationships_need_a_row_from_the_family_perspective) {
    Interchange data;
    data.people.push_back(someone(1, {working({"person", "family", "staff"})}));
    data.people.push_back(someone(2, {working({"person", "staff", "staff"})}));
    data.people.push_back(someone(3, {working({"family", "family", "staff"})}));
    const TopicEvidence e = Caseload(data).topic("2.3");
    BOOST_TEST(e.measure == "working-not-working/rows:family");
    BOOST_TEST(summary(e) == "1/3 33% -> 3");
    BOOST_TEST(
        reasons(e) ==
            (std::vector<std::string>{
                "P-002 Person 2: no family perspective row",
                "P-003 Person 3: incomplete: rows needs at least one row from the person's own perspective"}),
        boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(staff_measures_count_active_staff) {
    Record plan;
    plan.tool = "development-plan";
    plan.reviewed = day("2026-01-01");
    add_row(plan, "goals",
            row({{"goal", "Lead a review"}, {"support", "Shadow"}, {"by-when", "2026-12-01"}}));
    Interchange data = profiles(3, 3);
    data.staff.push_back(staff("S-1", {profile("2026-01-01"), plan}));
    data.staff.push_back(staff("S-2", {profile("2025-01-01")}));
    data.staff.push_back(staff("S-3", {}));
    data.staff.push_back(staff("S-4", {plan}, Status::Archived));
    Caseload c(data);
    const TopicEvidence profiles_of_staff = c.topic("3.1");
    BOOST_TEST((profiles_of_staff.scope == SubjectKind::Staff));
    BOOST_TEST(summary(profiles_of_staff) == "1/3 33% -> 3");
    BOOST_TEST(
        reasons(profiles_of_staff) == (std::vector<std::string>{"S-2 Staff S-2: out of date since 2 Jan 2026",
                                                                "S-3 Staff S-3: no record"}),
        boost::test_tools::per_element());
    BOOST_TEST((profiles_of_staff.lacking[0].kind == SubjectKind::Staff));
    BOOST_TEST(summary(c.topic("3.2")) == "1/3 33% -> 3");
}

BOOST_AUTO_TEST_CASE(a_team_record_complete_and_current_suggests_5_incomplete_3_none_1) {
    Interchange data;
    data.team = team(
        {team_record("team-purpose", "2026-01-01", true), team_record("team-charter", "2026-01-01", false)});
    Caseload c(data);
    const TopicEvidence yes = c.topic("3.3");
    BOOST_TEST((yes.scope == SubjectKind::Team));
    BOOST_TEST(summary(yes) == "1/1 100% -> 5");
    BOOST_TEST(yes.lacking.empty());
    const TopicEvidence incomplete = c.topic("3.4");
    BOOST_TEST(summary(incomplete) == "0/1 0% -> 3");
    BOOST_TEST(
        reasons(incomplete) ==
            (std::vector<std::string>{"team Valley Homecare: incomplete: ground-rules needs 2 more items"}),
        boost::test_tools::per_element());
    const TopicEvidence none = c.topic("3.6");
    BOOST_TEST(summary(none) == "0/1 0% -> 1");
    BOOST_TEST(reasons(none) == (std::vector<std::string>{"team Valley Homecare: no record"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_team_saved_without_a_name_is_listed_as_the_team) {
    Interchange data;
    data.team = team({});
    data.team->subject.name.clear();
    BOOST_TEST(reasons(Caseload(data).topic("3.3")) == (std::vector<std::string>{"team the team: no record"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_team_record_out_of_date_suggests_3) {
    Interchange data;
    data.team = team({team_record("doughnut-sort", "2025-06-29", true)});
    const TopicEvidence e = Caseload(data).topic("3.6");
    BOOST_TEST(summary(e) == "0/1 0% -> 3");
    BOOST_TEST(
        reasons(e) == (std::vector<std::string>{"team Valley Homecare: out of date since 30 Jun 2026"}),
        boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(knowing_each_other_needs_a_complete_team_charter_however_old) {
    auto caseload = [](std::optional<Record> charter) {
        Interchange data;
        data.staff.push_back(staff("S-1", {profile("2026-01-01")}));
        if (charter) data.team = team({*charter});
        return data;
    };
    BOOST_TEST(summary(Caseload(caseload(team_record("team-charter", "2020-01-01", true))).topic("3.5")) ==
               "1/1 100% -> 5");
    const TopicEvidence incomplete =
        Caseload(caseload(team_record("team-charter", "2026-01-01", false))).topic("3.5");
    BOOST_TEST(summary(incomplete) == "1/1 100% -> 4");
    BOOST_TEST(incomplete.failed_extras == (std::vector<std::string>{"team charter complete"}),
               boost::test_tools::per_element());
    BOOST_TEST(summary(Caseload(caseload(std::nullopt)).topic("3.5")) == "1/1 100% -> 4");
}

BOOST_AUTO_TEST_CASE(opinions_matter_needs_four_plus_one_reviewed_within_12_months) {
    auto four_plus_one = [](const char* reviewed, bool complete = true) {
        Interchange data;
        data.team = team({team_record("four-plus-one", reviewed, complete)});
        return Caseload(data).topic("3.7");
    };
    BOOST_TEST(summary(four_plus_one("2025-06-30")) == "1/1 100% -> 5");
    const TopicEvidence old = four_plus_one("2025-06-29");
    BOOST_TEST(summary(old) == "0/1 0% -> 3");
    BOOST_TEST(
        reasons(old) == (std::vector<std::string>{"team Valley Homecare: out of date since 30 Jun 2026"}),
        boost::test_tools::per_element());
    const TopicEvidence never = four_plus_one(nullptr);
    BOOST_TEST(summary(never) == "0/1 0% -> 3");
    BOOST_TEST(reasons(never) == (std::vector<std::string>{"team Valley Homecare: never reviewed"}),
               boost::test_tools::per_element());
    BOOST_TEST(summary(four_plus_one("2026-06-01", false)) == "0/1 0% -> 3");
}

BOOST_AUTO_TEST_CASE(matching_is_measured_over_people) {
    Interchange data = profiles(4, 4);
    data.people[0].records.push_back(matching("2026-01-01"));
    data.people[1].records.push_back(matching("2025-01-01"));
    const TopicEvidence e = Caseload(data).topic("3.8");
    BOOST_TEST((e.scope == SubjectKind::Person));
    BOOST_TEST(summary(e) == "1/4 25% -> 3");
}

BOOST_AUTO_TEST_CASE(the_day_judged_on_moves_currency) {
    Caseload c(profiles(1, 1));
    BOOST_TEST(summary(c.topic("1.3", day("2027-01-01"))) == "1/1 100% -> 5");
    BOOST_TEST(summary(c.topic("1.3", day("2027-01-02"))) == "0/1 0% -> 3");
}

BOOST_AUTO_TEST_CASE(a_rule_naming_an_unknown_tool_is_refused) {
    Caseload c(profiles(1, 1));
    c.workbook.sections[0].topics[0].evidence->tool = "no-such-tool";
    BOOST_CHECK_EXCEPTION(compute_evidence(*c.store, shipped_templates(), c.workbook, kToday),
                          pcr::TemplateError, [](const pcr::TemplateError& e) {
                              return std::string(e.what()).find("no-such-tool") != std::string::npos;
                          });
}

// Rules that read rows are answered from the rows kept with the judgements, so each must name a column kept.
BOOST_AUTO_TEST_CASE(a_rule_reading_a_free_text_or_missing_column_is_refused_naming_it) {
    const auto refused = [](Workbook workbook, const std::string& words) {
        Caseload c(profiles(1, 1));
        try {
            compute_evidence(*c.store, shipped_templates(), workbook, kToday);
        } catch (const pcr::TemplateError& e) {
            BOOST_TEST_MESSAGE(e.what());
            return std::string(e.what()).find(words) != std::string::npos;
        }
        return false;
    };
    Caseload c(profiles(1, 1));
    Workbook text_column = c.workbook;
    text_column.sections[1].topics[2].evidence->row_column = "working";  // 2.3: free text
    BOOST_TEST(refused(text_column,
                       "reads the column 'working' of the section 'rows' of working-not-working, a "
                       "free-text column"));
    Workbook missing_column = c.workbook;
    missing_column.sections[1].topics[2].evidence->row_column = "mood";
    BOOST_TEST(refused(missing_column, "which has no such column"));
    Workbook overdue_text = c.workbook;
    ExtraCondition& overdue = overdue_text.sections[0].topics[7].evidence->extras[0];  // 1.8: review actions
    overdue.section = "meetings";
    overdue.date_column = "working";  // free text, in a section with no by-when to describe
    BOOST_TEST(refused(overdue_text,
                       "reads the column 'working' of the section 'meetings' of "
                       "person-centred-review, a free-text column"));
    Workbook no_attendees = c.workbook;
    no_attendees.sections[1].topics[1].evidence->latest_section =
        "actions";  // 2.2: actions have no attendees
    BOOST_TEST(refused(no_attendees, "which has no attendees column"));
}

BOOST_AUTO_TEST_SUITE_END()
