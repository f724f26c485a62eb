// Compares two assessments of a workbook topic by topic and section by section.
#include "model/rules/assessment_comparison.h"

#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/summary_sheet.h"

namespace pcr::model {

namespace {

std::optional<int> level_of(const WorkbookAssessment& assessment, const std::string& topic) {
    for (const auto& score : assessment.scores)
        if (score.topic == topic) return score.level;
    return std::nullopt;
}

void check_workbook(const WorkbookAssessment& assessment, const Workbook& workbook) {
    if (assessment.workbook != workbook.id)
        throw UserError(
            fill_in(tr("The assessment of {1} is of the workbook {2}, not {3}; compare assessments "
                       "of the same workbook."),
                    display_date(assessment.date), assessment.workbook, workbook.id));
}

}  // namespace

AssessmentComparison compare(const WorkbookAssessment& before, const WorkbookAssessment& after,
                             const Workbook& workbook) {
    check_workbook(before, workbook);
    check_workbook(after, workbook);
    AssessmentComparison out;
    out.before = before.date;
    out.after = after.date;
    for (const auto& section : workbook.sections) {
        std::vector<std::string> numbers;
        for (const auto& topic : section.topics) {
            TopicChange change{topic.number,
                               topic.title,
                               level_of(before, topic.number),
                               level_of(after, topic.number),
                               std::nullopt,
                               false,
                               false};
            if (change.before && change.after) change.change = *change.after - *change.before;
            change.newly_scored = !change.before && change.after;
            change.no_longer_scored = change.before && !change.after;
            if (change.newly_scored) out.newly_scored.push_back(topic.number);
            numbers.push_back(topic.number);
            out.topics.push_back(std::move(change));
        }
        SectionChange averages{section.number, section.title, average_level(before.scores, numbers),
                               average_level(after.scores, numbers), std::nullopt};
        if (averages.before && averages.after) averages.change = *averages.after - *averages.before;
        out.sections.push_back(std::move(averages));
    }
    return out;
}

}  // namespace pcr::model
