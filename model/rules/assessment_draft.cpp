// Builds draft assessments from the day's evidence and carries unfinished actions over from the last one.
#include "model/rules/assessment_draft.h"

#include <algorithm>

#include "model/core/text.h"

namespace pcr::model {

std::optional<EvidenceSnapshot> snapshot_of(const TopicEvidence& evidence) {
    if (!evidence.measured) return std::nullopt;
    return EvidenceSnapshot{evidence.measure, evidence.count, evidence.total, evidence.coverage,
                            evidence.suggested};
}

WorkbookAssessment new_assessment(const Date& date, const Workbook& workbook,
                                  const std::vector<TopicEvidence>& evidence,
                                  const WorkbookAssessment* previous) {
    WorkbookAssessment draft;
    draft.date = date;
    draft.workbook = workbook.id;
    for (const Topic* topic : workbook.topics()) {
        TopicScore score;
        score.topic = topic->number;
        for (const auto& found : evidence)
            if (found.topic == topic->number) score.evidence = snapshot_of(found);
        draft.scores.push_back(std::move(score));
    }
    if (previous)
        for (const auto& action : previous->actions)
            if (!action.done) draft.actions.push_back(action);
    return draft;
}

TopicScore& score_of(WorkbookAssessment& assessment, const std::string& topic) {
    auto it = std::find_if(assessment.scores.begin(), assessment.scores.end(),
                           [&](const TopicScore& s) { return s.topic == topic; });
    if (it != assessment.scores.end()) return *it;
    assessment.scores.push_back(TopicScore{topic, std::nullopt, {}, std::nullopt});
    return assessment.scores.back();
}

void apply_scores(WorkbookAssessment& draft, const std::vector<TopicScore>& scores) {
    for (const auto& given : scores) {
        TopicScore& score = score_of(draft, given.topic);
        score.level = given.level;
        score.note = given.note;
    }
}

void merge_actions(WorkbookAssessment& draft, const std::vector<TopicAction>& actions) {
    for (TopicAction action : actions) {
        auto same = std::find_if(draft.actions.begin(), draft.actions.end(), [&](const TopicAction& a) {
            return a.topic == action.topic && trim(a.action) == trim(action.action);
        });
        if (!action.target_level && same != draft.actions.end()) action.target_level = same->target_level;
        if (!action.target_level)
            for (const auto& score : draft.scores)
                if (score.topic == action.topic && score.level)
                    action.target_level = std::min(*score.level + 1, 5);
        if (same != draft.actions.end())
            *same = std::move(action);
        else
            draft.actions.push_back(std::move(action));
    }
}

const WorkbookAssessment* previous_assessment(const std::vector<WorkbookAssessment>& assessments,
                                              const std::string& workbook, const Date& date) {
    const WorkbookAssessment* latest = nullptr;
    for (const auto& assessment : assessments)
        if (assessment.workbook == workbook && assessment.date < date &&
            (!latest || latest->date < assessment.date))
            latest = &assessment;
    return latest;
}

}  // namespace pcr::model
