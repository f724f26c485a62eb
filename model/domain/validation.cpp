// Checks on subjects and assessments, the same for every store.
#include "model/domain/validation.h"

#include <set>

#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/text.h"

namespace pcr::model {

namespace {

bool is_level(const std::optional<int>& level) {
    return !level || (*level >= 1 && *level <= 5);
}

}  // namespace

std::string owner_words(SubjectKind kind, const std::string& id) {
    return kind == SubjectKind::Team ? std::string("the team") : std::string(to_string(kind)) + " " + id;
}

void validate_subject(const Subject& subject) {
    if (is_blank(subject.id))
        throw UserError("A " + std::string(to_string(subject.kind)) +
                        " needs an id; give one such as P-0001.");
    if (subject.kind == SubjectKind::Team && subject.id != kTeamId)
        throw UserError("The team's id is always \"team\", not \"" + subject.id + "\".");
    for (const std::string* text : {&subject.id, &subject.name, &subject.preferred_name})
        if (!is_valid_utf8(*text))
            throw UserError("The name or id of " + owner_words(subject.kind, subject.id) +
                            " is not valid UTF-8 text; retype it.");
}

void validate_assessment(const WorkbookAssessment& assessment) {
    const std::string of = " of the assessment of " + display_date(assessment.date);
    if (is_blank(assessment.workbook))
        throw UserError("The assessment of " + display_date(assessment.date) +
                        " names no workbook; say which one it uses.");
    std::set<std::string> scored;
    for (const auto& score : assessment.scores) {
        if (!is_level(score.level))
            throw UserError("Topic " + score.topic + of + " has level " + std::to_string(*score.level) +
                            "; levels go from 1 to 5.");
        if (!scored.insert(score.topic).second)
            throw UserError("Topic " + score.topic + " is scored twice in the assessment of " +
                            display_date(assessment.date) + "; keep one score.");
        if (const auto& e = score.evidence; e && (e->count < 0 || e->total < 0 || e->coverage < 0 ||
                                                  e->coverage > 100 || !is_level(e->suggested)))
            throw UserError(
                "The evidence kept for topic " + score.topic + of +
                " is not possible (counts below 0, coverage outside 0-100 or a suggestion outside 1-5); "
                "work it out again.");
    }
    for (const auto& action : assessment.actions)
        if (!is_level(action.target_level))
            throw UserError("An action for topic " + action.topic + of + " works towards level " +
                            std::to_string(*action.target_level) + "; levels go from 1 to 5.");
    std::set<std::string> planned;
    for (const auto& plan : assessment.plans)
        if (!planned.insert(plan.topic).second)
            throw UserError("Topic " + plan.topic + " has two detailed action plans in the assessment of " +
                            display_date(assessment.date) + "; merge them into one.");
}

}  // namespace pcr::model
