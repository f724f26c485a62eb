// Look-ups on a loaded workbook: its topics in order, a topic by number, a mapping row's statements.
#include "model/domain/workbook.h"

#include <algorithm>

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

std::string Workbook::section_of(const std::string& number) const {
    for (const auto& section : sections)
        for (const auto& topic : section.topics)
            if (topic.number == number) return section.number;
    return {};
}

std::vector<std::string> MappingRow::statements_for(const std::string& section) const {
    std::vector<std::string> out;
    for (const auto& statement : statements)
        if (statement.sections.empty() || std::find(statement.sections.begin(), statement.sections.end(),
                                                    section) != statement.sections.end())
            out.push_back(statement.text);
    return out;
}

}  // namespace pcr::model
