// Starting a new dated assessment: the day's evidence beside every topic, levels left for the manager to
// choose.
#pragma once

#include <vector>

#include "model/core/date.h"
#include "model/domain/workbook.h"
#include "model/domain/workbook_assessment.h"
#include "model/rules/evidence.h"

namespace pcr::model {

// The evidence of one topic as an assessment keeps it; none for a self-assessed topic.
std::optional<EvidenceSnapshot> snapshot_of(const TopicEvidence& evidence);

// A draft assessment of `workbook` on `date`: one score per topic in workbook order, each with the day's
// evidence snapshot and its suggestion to look at, but no level and no note (the score stays the manager's
// choice). Actions of `previous` not yet done are carried over; plans are not (each assessment chooses its
// priorities).
WorkbookAssessment new_assessment(const Date& date, const Workbook& workbook,
                                  const std::vector<TopicEvidence>& evidence,
                                  const WorkbookAssessment* previous);

// The assessment's score of `topic`. A topic the assessment has no score for yet (the workbook gained it
// after the assessment started) gets one with no level, note or evidence: evidence is kept only as it stood
// when the assessment started, whoever scores it and wherever.
TopicScore& score_of(WorkbookAssessment& assessment, const std::string& topic);

// Sets the level and note of each of `scores` on the draft's score of that topic, keeping its evidence
// snapshot.
void apply_scores(WorkbookAssessment& draft, const std::vector<TopicScore>& scores);

// Adds `actions` to the draft's: one with the same topic and action text as an action already there replaces
// it (so listing a carried-over action again with a done day marks it done). An action without a target works
// towards the one it replaces, or else the next statement: the topic's level + 1, at most 5, when scored.
void merge_actions(WorkbookAssessment& draft, const std::vector<TopicAction>& actions);

// The assessment of `workbook` that comes last before `date` among `assessments`, if any: the one to carry
// unfinished actions over from.
const WorkbookAssessment* previous_assessment(const std::vector<WorkbookAssessment>& assessments,
                                              const std::string& workbook, const Date& date);

}  // namespace pcr::model
