// Who took part in an assessment and how its plans are ranked: their stored ids and their words.
#include "model/domain/workbook_assessment.h"

#include <algorithm>

namespace pcr::model {

std::string_view to_string(Participation participation) {
    switch (participation) {
        case Participation::Unsaid:
            return "";
        case Participation::Alone:
            return "alone";
        case Participation::WithManager:
            return "with-manager";
        case Participation::WithTeam:
            return "with-team";
        case Participation::WithManagers:
            return "with-other-managers";
    }
    return "";
}

std::optional<Participation> participation_from_string(std::string_view text) {
    if (text.empty()) return Participation::Unsaid;
    for (const auto participation : kParticipations)
        if (to_string(participation) == text) return participation;
    return std::nullopt;
}

std::string participation_words(Participation participation) {
    switch (participation) {
        case Participation::Unsaid:
            return tr("Not recorded");
        case Participation::Alone:
            return tr("Alone, for individual self-reflection");
        case Participation::WithManager:
            return tr("With a manager, to agree goals");
        case Participation::WithTeam:
            return tr("With the team, to agree team and individual goals");
        case Participation::WithManagers:
            return tr("With other managers (a practice group or development programme)");
    }
    return {};
}

std::string participation_label(Participation participation) {
    switch (participation) {
        case Participation::Unsaid:
            return tr("Not recorded");
        case Participation::Alone:
            return tr("Alone");
        case Participation::WithManager:
            return tr("With a manager");
        case Participation::WithTeam:
            return tr("With the team");
        case Participation::WithManagers:
            return tr("With other managers");
    }
    return {};
}

std::string_view to_string(PlanPriority priority) {
    switch (priority) {
        case PlanPriority::Unranked:
            return "";
        case PlanPriority::Top:
            return "top";
        case PlanPriority::Next:
            return "next";
    }
    return "";
}

std::optional<PlanPriority> plan_priority_from_string(std::string_view text) {
    for (const auto priority : {PlanPriority::Unranked, PlanPriority::Top, PlanPriority::Next})
        if (to_string(priority) == text) return priority;
    return std::nullopt;
}

std::string priority_words(PlanPriority priority) {
    switch (priority) {
        case PlanPriority::Unranked:
            return tr("Not ranked");
        case PlanPriority::Top:
            return tr("Top priority");
        case PlanPriority::Next:
            return tr("Next priority");
    }
    return {};
}

std::vector<DetailedPlan> ranked(std::vector<DetailedPlan> plans) {
    const auto rank = [](const DetailedPlan& plan) {
        return plan.priority == PlanPriority::Top ? 0 : plan.priority == PlanPriority::Next ? 1 : 2;
    };
    std::stable_sort(plans.begin(), plans.end(),
                     [&](const DetailedPlan& a, const DetailedPlan& b) { return rank(a) < rank(b); });
    return plans;
}

}  // namespace pcr::model
