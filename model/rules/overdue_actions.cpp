// Picks out the actions whose by-when day has passed without their being done.
#include "model/rules/overdue_actions.h"

namespace pcr::model {

bool action_overdue(const TopicAction& action, const Date& today) {
    return !action.done && action.by_when && *action.by_when < today;
}

std::vector<TopicAction> overdue_actions(const WorkbookAssessment& assessment, const Date& today) {
    std::vector<TopicAction> overdue;
    for (const auto& action : assessment.actions)
        if (action_overdue(action, today)) overdue.push_back(action);
    return overdue;
}

}  // namespace pcr::model
