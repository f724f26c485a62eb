// A dated self-assessment against a workbook: who took part, per topic a level (or none yet), a note and the
// evidence as it stood that day; the action summary; detailed action plans for chosen priorities, ranked.
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

// Who took part in an assessment, as the workbook suggests using it.
enum class Participation {
    Unsaid,        // not recorded (assessments from before it was asked)
    Alone,         // by yourself, for individual self-reflection
    WithManager,   // with your manager, to agree goals
    WithTeam,      // with your team, to agree team and individual goals
    WithManagers,  // with other managers: a practice group or a development programme
};
inline constexpr Participation kParticipations[] = {Participation::Alone, Participation::WithManager,
                                                    Participation::WithTeam, Participation::WithManagers};
// "alone", "with-manager", "with-team", "with-other-managers"; empty for Unsaid. Stored and interchanged.
std::string_view to_string(Participation participation);
std::optional<Participation> participation_from_string(std::string_view text);
// In words for a reader, translated: "With the team, to agree team and individual goals".
std::string participation_words(Participation participation);
// As short as a list of choices needs it: "With the team".
std::string participation_label(Participation participation);

// Where a detailed plan stands among the assessment's priorities: the workbook plans one top priority and
// then the next ones.
enum class PlanPriority { Unranked, Top, Next };
// "top", "next"; empty for Unranked. Stored and interchanged.
std::string_view to_string(PlanPriority priority);
std::optional<PlanPriority> plan_priority_from_string(std::string_view text);
// "Top priority", "Next priority", "Not ranked", translated.
std::string priority_words(PlanPriority priority);

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
    // The workbook's prompts for success: what will have changed, what you will see, feel and hear.
    std::string will_have_changed;
    std::string will_see;
    std::string will_feel;
    std::string will_hear;
    PlanPriority priority = PlanPriority::Unranked;
    bool operator==(const DetailedPlan&) const = default;
};

// The plans with the top priority first, then the next ones, then any not ranked, each kept in the order
// given.
std::vector<DetailedPlan> ranked(std::vector<DetailedPlan> plans);

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
    {"will-have-changed", &DetailedPlan::will_have_changed, tr_noop("What will have changed")},
    {"will-see", &DetailedPlan::will_see, tr_noop("What you will see")},
    {"will-feel", &DetailedPlan::will_feel, tr_noop("What you will feel")},
    {"will-hear", &DetailedPlan::will_hear, tr_noop("What you will hear")},
};

struct WorkbookAssessment {
    Date date;
    std::string workbook;  // e.g. "progress-for-providers-homecare"
    std::vector<TopicScore> scores;
    std::vector<TopicAction> actions;
    std::vector<DetailedPlan> plans;
    Participation participation = Participation::Unsaid;
    bool operator==(const WorkbookAssessment&) const = default;
};

// A self-score more than one level above the suggestion is flagged (evidence.md).
inline bool score_flagged(const TopicScore& score) {
    return score.level && score.evidence && score.evidence->suggested &&
           *score.level > *score.evidence->suggested + 1;
}

}  // namespace pcr::model
