// Which of an assessment's actions are overdue on a given day.
#pragma once

#include <vector>

#include "model/core/date.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

// An action not done whose by-when day is before `today`.
bool action_overdue(const TopicAction& action, const Date& today);

// The overdue actions of `assessment`, in its order.
std::vector<TopicAction> overdue_actions(const WorkbookAssessment& assessment, const Date& today);

}  // namespace pcr::model
