// Look-ups on a loaded workbook: its topics in order, and a topic by number.
#include "model/domain/workbook.h"

namespace pcr::model {

std::vector<const Topic*> Workbook::topics() const {
    std::vector<const Topic*> out;
    for (const auto& section : sections)
        for (const auto& topic : section.topics) out.push_back(&topic);
    return out;
}

const Topic* Workbook::find_topic(const std::string& number) const {
    for (const auto& section : sections)
        for (const auto& topic : section.topics)
            if (topic.number == number) return &topic;
    return nullptr;
}

}  // namespace pcr::model
