// Test helpers for the storage tests: sample people and records with every kind of section, and raw SQL
// access.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <string>

#include "common/test_store.h"
#include "model/domain/interchange.h"
#include "model/domain/record.h"
#include "model/domain/subject.h"
#include "model/exchange/interchange_writer.h"
#include "other_connection.h"
#include "tool_records.h"

namespace pcr::test {

// Everything a store holds, as the interchange file would say it on one fixed day: equal for two stores that
// hold the same.
inline std::string everything(const model::Store& store) {
    return model::write_interchange_text(store.export_all(), shipped_templates(), "2026-12-01T10:00:00Z");
}

// A new, empty database in a folder of its own, removed with the test.
struct FreshStore {
    explicit FreshStore(const std::string& who = "tester")
        : store(model::open_test_store(file, model::OpenMode::CreateIfMissing, who)) {}
    TempFolder folder;
    std::filesystem::path file = folder.path() / "records.db";
    std::unique_ptr<model::Store> store;
};

inline model::Subject person(std::string id, std::string name, std::string preferred = {},
                             std::optional<model::Date> born = std::nullopt,
                             model::Status status = model::Status::Active) {
    model::Subject s;
    s.kind = model::SubjectKind::Person;
    s.id = std::move(id);
    s.name = std::move(name);
    s.preferred_name = std::move(preferred);
    s.born = born;
    s.status = status;
    return s;
}

inline model::Subject staff_member(std::string id, std::string name) {
    model::Subject s = person(std::move(id), std::move(name));
    s.kind = model::SubjectKind::Staff;
    return s;
}

// A one-page profile with three list sections, reviewed on 2026-06-01.
inline model::Record sample_profile() {
    model::Record r;
    r.tool = "one-page-profile";
    r.reviewed = day("2026-06-01");
    add_items(r, "appreciation", 3);
    add_items(r, "important-to-me", 2);
    r.section_for_update("how-to-support")
        .entries.push_back(model::Entry{0, {}, "Speak slowly 🙂 — شکریہ", {}});
    return r;
}

// A person-centred review: a dated meeting with an attendees cell, and an action row.
inline model::Record sample_review() {
    model::Record r;
    r.tool = "person-centred-review";
    model::Entry meeting =
        row({{"working", "Walks with Łukasz"}, {"not-working", "Noise at night"}}, "2026-05-02");
    meeting.cells.insert(
        meeting.cells.begin(),
        model::Cell{"attendees", {}, {{"person", "Zoë"}, {"family", "Alan Jones"}, {"staff", "Ayesha"}}});
    add_row(r, "meetings", meeting);
    add_row(r, "actions", row({{"action", "Book the bus pass"}, {"who", "Alan"}, {"by-when", "2026-07-01"}}));
    return r;
}

// A decision-making agreement with a text section, a table and an empty section kept in place.
inline model::Record sample_agreement() {
    model::Record r;
    r.tool = "decision-making-agreement";
    r.reviewed = day("2026-01-10");
    r.section_for_update("more-control").text = "Choosing what to wear.\nAnd when to go out.";
    add_row(r, "decisions",
            row({{"decision", "What to eat"}, {"how-involved", "Decides"}, {"who-decides", "Zoë"}}));
    add_row(r, "decisions",
            row({{"decision", "Money"}, {"how-involved", "Is asked"}, {"who-decides", "Alan"}}));
    r.section_for_update("spare");
    return r;
}

// A learning log with `n` dated entries, one a day from 2026-01-01.
inline model::Record sample_log(int n) {
    model::Record r;
    r.tool = "learning-log";
    for (int i = 0; i < n; ++i)
        add_row(r, "entries",
                row({{"what-they-did", "Walk " + std::to_string(i + 1)},
                     {"worked-well", "Early"},
                     {"did-not-work", "Rain"}},
                    day("2026-01-01").plus_days(i).iso()));
    return r;
}

// Two people (one archived), one staff member, the team and an assessment, in export order.
inline model::Interchange sample_caseload() {
    model::Interchange data;
    data.people.push_back({person("P-0001", "Zoë Smith", "Zo", day("1941-03-09")),
                           {sample_agreement(), sample_log(3), sample_profile(), sample_review()}});
    data.people.push_back(
        {person("P-0002", "محمد علی", {}, std::nullopt, model::Status::Archived), {sample_profile()}});
    data.staff.push_back({staff_member("S-0001", "Łukasz Nowak"), {sample_profile()}});
    model::Subject team;
    team.kind = model::SubjectKind::Team;
    team.id = std::string(model::kTeamId);
    model::Record purpose;
    purpose.tool = "team-purpose";
    purpose.section_for_update("purpose").text = "Good lives at home";
    data.team = model::SubjectRecords{team, {purpose}};
    data.assessments.push_back(model::WorkbookAssessment{
        day("2026-10-01"),
        "progress-for-providers-homecare",
        {{"1.1", 3, "Getting there", std::nullopt}, {"1.3", std::nullopt, "", std::nullopt}},
        {},
        {}});
    return data;
}

inline model::Subject team_named(std::string id, std::string name) {
    model::Subject s = person(std::move(id), std::move(name));
    s.kind = model::SubjectKind::Team;
    return s;
}

// The sample caseload in two teams: P-0001 in North with key worker S-0001, P-0002 in South with none, and
// S-0001 in both.
inline model::Interchange sample_teams_caseload() {
    model::Interchange data = sample_caseload();
    data.teams.push_back({team_named("T-1", "North"), {}});
    data.teams.push_back({team_named("T-2", "South"), {}});
    data.people[0].teams = std::vector<std::string>{"T-1"};
    data.people[0].key_worker = "S-0001";
    data.people[1].teams = std::vector<std::string>{"T-2"};
    data.staff[0].teams = std::vector<std::string>{"T-1", "T-2"};
    return data;
}

}  // namespace pcr::test
