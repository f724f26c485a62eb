// Test helpers for assessments: a small workbook built by hand and an assessment using every part it can
// hold.
#pragma once

#include <string>

#include "model/domain/workbook.h"
#include "model/domain/workbook_assessment.h"
#include "tool_records.h"

namespace pcr::test {

inline model::Topic sample_topic(const std::string& number, const std::string& title) {
    model::Topic topic;
    topic.number = number;
    topic.title = title;
    for (int level = 1; level <= 5; ++level)
        topic.statements.push_back(number + " statement " + std::to_string(level));
    return topic;
}

// Sections 1 (topics 1.1, 1.2, 1.3, 1.10) and 2 (2.1, 2.2) of the homecare workbook's id; no evidence rules.
inline model::Workbook sample_workbook() {
    model::Workbook workbook;
    workbook.id = "progress-for-providers-homecare";
    workbook.title = "Progress for Providers Homecare";
    workbook.sections.push_back(
        {"1",
         "The person",
         {sample_topic("1.1", "Dignity and respect"), sample_topic("1.2", "Life history"),
          sample_topic("1.3", "What matters"), sample_topic("1.10", "Health")}});
    workbook.sections.push_back(
        {"2",
         "The family",
         {sample_topic("2.1", "Family information"), sample_topic("2.2", "Families contribute")}});
    // Two small mapping tables: rows under group headings, and a row listing statements for one section only.
    model::MappingRow involving{"Outcome 1",
                                "Respecting and involving people",
                                "Involvement and information",
                                {"1.1", "1.2", "1.3", "1.10", "2.1", "2.2"},
                                {}};
    model::MappingRow welfare{
        "Outcome 4", "Care and welfare", "Personalised care", {"1.1", "1.2", "1.3", "1.10"}, {}};
    workbook.mappings.push_back({"cqc-outcomes", "CQC outcomes", {involving, welfare}});
    model::MappingRow quality{
        "Domain 1",
        "Enhancing quality of life",
        {},
        {"1.1", "1.2", "1.3", "1.10", "2.1", "2.2"},
        {{"People manage their own support", {}}, {"Carers balance their caring roles", {"2"}}}};
    workbook.mappings.push_back({"ascof-domains", "ASCOF domains", {quality}});
    return workbook;
}

inline model::EvidenceSnapshot snapshot(std::string measure, long count, long total, int coverage,
                                        std::optional<int> suggested) {
    return model::EvidenceSnapshot{std::move(measure), count, total, coverage, suggested};
}

// An assessment on 2026-10-01 done with the team, with evidence (and one self-assessed topic), notes in
// several scripts, an action done and one not, and two detailed plans: the top priority with every field,
// then the next one with nothing but its topic.
inline model::WorkbookAssessment full_assessment() {
    model::WorkbookAssessment a;
    a.date = day("2026-10-01");
    a.workbook = "progress-for-providers-homecare";
    a.scores = {
        {"1.1", 3, "Getting there — Zoë's team", snapshot("one-page-profile/appreciation", 12, 30, 40, 3)},
        {"1.3", 5, "", snapshot("one-page-profile", 3, 30, 10, 3)},
        {"2.1", 2, "Leaflet \"in progress\" & <draft>", std::nullopt},
        {"2.2", std::nullopt, "", snapshot("person-centred-review/family", 0, 0, 0, 1)},
    };
    a.actions = {
        {"1.3", 4, "Review every profile, then\ncheck them at supervision", "Ayesha Khan", day("2026-12-01"),
         std::nullopt},
        {"1.1", 4, "Ask families for appreciations", "Łukasz", day("2026-09-01"), day("2026-09-20")},
        {"2.1", std::nullopt, "", "", std::nullopt, std::nullopt},
    };
    model::DetailedPlan plan;
    plan.topic = "1.3";
    plan.why = "Profiles are out of date";
    plan.first_steps = "List who needs one";
    plan.who = "Ayesha Khan";
    plan.by_when = day("2027-01-31");
    plan.who_else_knows = "Team leaders";
    plan.how_get_help = "Team meeting";
    plan.support_inside = "Time in rotas";
    plan.support_outside = "Training from HSA";
    plan.success = "Every profile current; people say staff know them";
    plan.will_have_changed = "New staff read a profile before a first visit";
    plan.will_see = "Profiles on the fridge, dated this year";
    plan.will_feel = "Confident that staff know Zoë";
    plan.will_hear = "\"She knew I like my tea weak\"";
    plan.priority = model::PlanPriority::Top;
    model::DetailedPlan brief;
    brief.topic = "2.1";
    brief.priority = model::PlanPriority::Next;
    a.plans = {plan, brief};
    a.participation = model::Participation::WithTeam;
    return a;
}

}  // namespace pcr::test
