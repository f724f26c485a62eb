// The rules a subject and an assessment must keep before any store accepts them.
#pragma once

#include <string>

#include "model/domain/subject.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

// How messages name whose record it is: "person P-0001", "staff S-0002", "the team".
std::string owner_words(SubjectKind kind, const std::string& id);

// Throw pcr::UserError naming what is wrong and what to do: a missing id, a team not called "team", text that
// is not UTF-8; levels outside 1-5, a topic scored twice, impossible evidence, two plans for one topic.
void validate_subject(const Subject& subject);
void validate_assessment(const WorkbookAssessment& assessment);

}  // namespace pcr::model
