// Lays an assessment out as the workbook's summary sheet and action summary.
#include "model/rules/summary_sheet.h"

#include <algorithm>

namespace pcr::model {

namespace {

const TopicScore* find_score(const WorkbookAssessment& assessment, const std::string& topic) {
    for (const auto& score : assessment.scores)
        if (score.topic == topic) return &score;
    return nullptr;
}

}  // namespace

std::optional<double> average_level(const std::vector<TopicScore>& scores,
                                    const std::vector<std::string>& topics) {
    int sum = 0, count = 0;
    for (const auto& score : scores)
        if (score.level && std::find(topics.begin(), topics.end(), score.topic) != topics.end()) {
            sum += *score.level;
            ++count;
        }
    if (count == 0) return std::nullopt;
    return static_cast<double>(sum) / count;
}

SummarySheet summary_sheet(const WorkbookAssessment& assessment, const Workbook& workbook) {
    SummarySheet sheet;
    sheet.date = assessment.date;
    sheet.workbook = assessment.workbook;
    for (const auto& section : workbook.sections) {
        SummarySection out{section.number, section.title, {}, 0, std::nullopt};
        std::vector<std::string> numbers;
        for (const auto& topic : section.topics) {
            SummaryLine line;
            line.topic = topic.number;
            line.title = topic.title;
            if (const TopicScore* score = find_score(assessment, topic.number)) {
                line.level = score->level;
                line.evidence = score->evidence;
                line.flagged = score_flagged(*score);
                line.note = score->note;
            }
            if (line.level) {
                line.next_level = std::min(*line.level + 1, 5);
                if (static_cast<std::size_t>(*line.next_level) <= topic.statements.size())
                    line.next_statement = topic.statements[static_cast<std::size_t>(*line.next_level - 1)];
                ++out.scored;
            }
            for (const auto& action : assessment.actions)
                if (action.topic == topic.number) line.actions.push_back(action);
            if (line.flagged) sheet.flagged.push_back(topic.number);
            numbers.push_back(topic.number);
            out.lines.push_back(std::move(line));
        }
        out.average = average_level(assessment.scores, numbers);
        sheet.scored += out.scored;
        sheet.topics += static_cast<int>(section.topics.size());
        sheet.sections.push_back(std::move(out));
    }
    return sheet;
}

}  // namespace pcr::model
