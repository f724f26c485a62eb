// A dated self-assessment against a workbook: per topic a level (or none yet), a note and the evidence as it
// stood that day; the action summary; detailed action plans for chosen priorities.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/core/date.h"
#include "model/core/translate.h"

namespace pcr::model {

// The evidence for a topic as it stood on the assessment's day, kept so history shows what it was then.
struct EvidenceSnapshot {
    std::string measure;
    long count = 0;
    long total = 0;
    int coverage = 0;
    std::optional<int> suggested;
    bool operator==(const EvidenceSnapshot&) const = default;
};

struct TopicScore {
    std::string topic;         // "1.3"
    std::optional<int> level;  // 1-5; none = not yet scored
    std::string note;
    std::optional<EvidenceSnapshot> evidence;  // none for self-assessed topics or data from before evidence
    bool operator==(const TopicScore&) const = default;
};

// One line of the workbook's action summary: the next statement to work towards and the action for it.
struct TopicAction {
    std::string topic;
    std::optional<int> target_level;  // the statement worked towards
    std::string action;
    std::string who;
    std::optional<Date> by_when;
    std::optional<Date> done;  // the day it was done; none = not yet
    bool operator==(const TopicAction&) const = default;
};

// The workbook's detailed action plan for one priority topic.
struct DetailedPlan {
    std::string topic;
    std::string why;  // why this is a priority
    std::string first_steps;
    std::string who;
    std::optional<Date> by_when;
    std::string who_else_knows;   // who else needs to know
    std::string how_get_help;     // how their help will be got
    std::string support_inside;   // support needed from inside the organisation
    std::string support_outside;  // support needed from outside
    std::string success;          // how we will know we have succeeded
    bool operator==(const DetailedPlan&) const = default;
};

// The plan's free-text parts with the element names the interchange file gives them, in file order, and the
// headings a printed report gives them (marked for translation: tr() them where they are shown).
struct PlanTextField {
    std::string_view element;
    std::string DetailedPlan::*text;
    const char* heading;
};
inline constexpr PlanTextField kPlanTextFields[] = {
    {"why", &DetailedPlan::why, tr_noop("Why this is a priority")},
    {"first-steps", &DetailedPlan::first_steps, tr_noop("First steps")},
    {"who-else-knows", &DetailedPlan::who_else_knows, tr_noop("Who else needs to know")},
    {"how-to-get-help", &DetailedPlan::how_get_help, tr_noop("How we will get their help")},
    {"support-inside", &DetailedPlan::support_inside, tr_noop("Support from inside")},
    {"support-outside", &DetailedPlan::support_outside, tr_noop("Support from outside")},
    {"success", &DetailedPlan::success, tr_noop("How we will know we have succeeded")},
};

struct WorkbookAssessment {
    Date date;
    std::string workbook;  // e.g. "progress-for-providers-homecare"
    std::vector<TopicScore> scores;
    std::vector<TopicAction> actions;
    std::vector<DetailedPlan> plans;
    bool operator==(const WorkbookAssessment&) const = default;
};

// A self-score more than one level above the suggestion is flagged (evidence.md).
inline bool score_flagged(const TopicScore& score) {
    return score.level && score.evidence && score.evidence->suggested &&
           *score.level > *score.evidence->suggested + 1;
}

}  // namespace pcr::model
