// The regulator's view of an assessment: the workbook's mapping tables (CQC outcomes, ASCOF domains, Making
// it Real markers, individual service fund principles) with each row's topics, their scores and evidence; and
// for one topic, the rows it counts towards.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/domain/workbook.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

// A topic as a mapping row lists it, with the assessment's score and the evidence kept with it that day.
struct RegulatorTopic {
    std::string number;  // "1.3"
    std::string title;
    std::optional<int> level;                  // none: not scored
    std::optional<EvidenceSnapshot> evidence;  // none: self-assessed, or nothing kept
    bool flagged = false;
};

struct RegulatorRow {
    std::string key;  // "Outcome 4"
    std::string description;
    std::string group;                    // the heading it is listed under, or empty
    std::vector<std::string> statements;  // in words, each saying the sections it is listed for if not all
    std::vector<RegulatorTopic> topics;   // in workbook order
    int scored = 0;                       // topics with a level
    std::optional<double> average;        // of the scored levels
    // The next row lists the same topics under the same heading (CQC maps whole sections): a report gives
    // their topics once, after the last of them.
    bool same_topics_as_next = false;
};

struct RegulatorTable {
    std::string id;  // the mapping's id: "cqc-outcomes"
    std::string title;
    std::vector<RegulatorRow> rows;  // in the workbook's order
};

// Every mapping table of `workbook`, in its order, with `assessment`'s scores beside each row's topics.
std::vector<RegulatorTable> regulator_view(const Workbook& workbook, const WorkbookAssessment& assessment);

// A row that counts topic `topic`, with the statements it lists against that topic's section.
struct TopicMapping {
    std::string mapping_id;  // "cqc-outcomes"
    std::string mapping_title;
    std::string key;
    std::string description;
    std::string group;
    std::vector<std::string> statements;
};

// Every mapping row counting `topic`, table by table in the workbook's order; none for an unknown topic.
std::vector<TopicMapping> mappings_of_topic(const Workbook& workbook, const std::string& topic);

}  // namespace pcr::model
