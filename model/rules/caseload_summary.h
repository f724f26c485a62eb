// Per-subject totals of a caseload: how many of each subject's tools are complete and current on a day.
#pragma once

#include <map>
#include <string>

#include "model/core/date.h"
#include "model/domain/subject.h"
#include "model/domain/template_registry.h"
#include "model/store/store.h"

namespace pcr::model {

struct SubjectSummary {
    int complete_and_current = 0;  // records of known tools that are complete and current on the day
    int with_record = 0;           // records of known tools
    int tools = 0;                 // tools that apply to the subject's kind
};

// The totals of every active subject of `kind`, from one aggregate query over the stored judgements. Only
// subjects with records are kept; of() gives the others zero counts, so a caller can show "0 of 15" without
// the caseload being listed again here.
struct CaseloadSummary {
    int tools = 0;  // tools that apply to the kind: 0 when nothing was summarized
    std::map<std::string, SubjectTally> tallies;  // by subject id
    SubjectSummary of(const std::string& id) const;
};

CaseloadSummary summarize_caseload(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                                   const Date& today);

}  // namespace pcr::model
