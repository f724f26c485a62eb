// A dated self-assessment against a workbook: a level (or none yet) and a note per topic.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"

namespace pcr::model {

struct TopicScore {
    std::string topic;         // "1.3"
    std::optional<int> level;  // 1-5; none = not yet scored
    std::string note;
    bool operator==(const TopicScore&) const = default;
};

struct WorkbookAssessment {
    Date date;
    std::string workbook;  // e.g. "progress-for-providers-homecare"
    std::vector<TopicScore> scores;
    bool operator==(const WorkbookAssessment&) const = default;
};

}  // namespace pcr::model
