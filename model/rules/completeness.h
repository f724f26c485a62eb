// How complete and how current a record is on a given day, by its template's rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/record.h"
#include "model/domain/tool_template.h"

namespace pcr::model {

struct SectionStatus {
    std::string section;
    bool counts = true;
    bool met = false;    // meets its minimum (and conditions)
    int qualifying = 0;  // items, or rows with every required column filled (text: 1 when not blank)
    int min = 0;
    std::string
        missing;  // what is missing, in words, when not met ("2 more rows with every required column")
};

struct RecordStatus {
    int completeness = 0;  // 0-100, rounded down
    bool complete = false;
    bool current = false;
    std::optional<Date> last_reviewed;  // the later of `reviewed` and the newest dated row
    std::optional<Date> due;            // the day after which it stops being current (none: never stale)
    std::vector<SectionStatus> sections;
};

// Whether one section of `record` meets its minimum under `section`'s rules.
SectionStatus assess_section(const SectionTemplate& section, const Record& record);

// Completeness and currency of `record` on `today` under `tool`.
RecordStatus assess(const ToolTemplate& tool, const Record& record, const Date& today);

}  // namespace pcr::model
