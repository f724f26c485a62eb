// The part of a store that keeps the provider's dated workbook assessments.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/change.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

class AssessmentStore {
  public:
    virtual ~AssessmentStore() = default;

    // Every assessment with its scores, evidence, actions and plans, oldest first.
    virtual std::vector<WorkbookAssessment> assessments() const = 0;
    // The assessment of `workbook` on `date` with all its parts, or nullopt; reads only that one.
    virtual std::optional<WorkbookAssessment> assessment(const Date& date,
                                                         const std::string& workbook) const = 0;
    // Adds an assessment, or replaces the one of the same date and workbook, with all its parts, as its next
    // version with a line in the workbook's history saying who changed what. One transaction; nothing is
    // written when nothing differs. Throws pcr::UserError for levels outside 1-5, a topic scored twice or
    // impossible evidence. Returns the version the assessment is at.
    virtual int save_assessment(const WorkbookAssessment& assessment) = 0;
    // Removes the assessment of that date and workbook with all its parts, keeping a line in the history;
    // false when there was none.
    virtual bool remove_assessment(const Date& date, const std::string& workbook) = 0;
    // Every change to the assessments of `workbook`, oldest first (imports and removals included).
    virtual std::vector<AssessmentChange> assessment_history(const std::string& workbook) const = 0;
};

}  // namespace pcr::model
