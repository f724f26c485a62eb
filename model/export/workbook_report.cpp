// Picks the assessment to report on and builds its summary sheet and history.
#include "model/export/workbook_report.h"

#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

WorkbookReport workbook_report(const Store& store, const Workbook& workbook, const std::optional<Date>& date,
                               const TemplateRegistry* templates) {
    const auto all = store.assessments();
    const WorkbookAssessment* chosen = nullptr;
    for (const auto& a : all) {
        if (a.workbook != workbook.id) continue;
        if (date ? a.date == *date : (!chosen || chosen->date < a.date)) chosen = &a;
    }
    if (!chosen)
        throw NotFoundError(date ? fill_in(tr("There is no assessment of {1} dated {2}. The scores command "
                                              "lists the dates there are."),
                                           workbook.title, display_date(*date))
                                 : fill_in(tr("There is no assessment of {1} yet. Score the workbook first "
                                              "(Workbook window, or the "
                                              "assess command)."),
                                           workbook.title));
    WorkbookReport report;
    report.workbook = &workbook;
    report.assessment = *chosen;
    report.sheet = summary_sheet(*chosen, workbook);
    report.history = assessment_history(all, workbook.id);
    if (templates)
        if (auto themes = store.themes(); !themes.empty())
            report.themes =
                count_themes(gather_statements(store, *templates, {}), themes, store.theme_members());
    report.regulator = regulator_view(workbook, *chosen);
    return report;
}

}  // namespace pcr::model
