// One assessment's report for a commissioner: its summary sheet, the regulator's view (the mapping tables
// with the scores of their topics) and the workbook's scores over time.
#pragma once

#include <optional>
#include <vector>

#include "model/core/date.h"
#include "model/domain/workbook.h"
#include "model/domain/workbook_assessment.h"
#include "model/rules/assessment_history.h"
#include "model/rules/regulator_view.h"
#include "model/rules/summary_sheet.h"
#include "model/rules/working_together.h"
#include "model/store/store.h"

namespace pcr::model {

struct WorkbookReport {
    const Workbook* workbook = nullptr;
    WorkbookAssessment assessment;  // the one reported on
    SummarySheet sheet;             // scores, evidence (coverage and suggestion) and actions by topic
    AssessmentHistory history;      // every assessment of the workbook, for the chart over time
    // Working Together for Change: every theme with its statements and people in all and per quarter, over
    // the whole caseload (none when there are no themes, or the report was gathered without templates).
    std::vector<ThemeCount> themes;
    std::vector<RegulatorTable> regulator;  // the mapping tables with the assessment's scores
};

// The report on `workbook`'s assessment of `date`, or on its latest when no date is given. Throws
// pcr::NotFoundError when the workbook has no assessment (of that date).
// With `templates`, the themes are counted too (rules/working_together.h), reading the statements of the
// whole caseload once when there are themes.
WorkbookReport workbook_report(const Store& store, const Workbook& workbook,
                               const std::optional<Date>& date = {},
                               const TemplateRegistry* templates = nullptr);

}  // namespace pcr::model
