// The part of a store that keeps every record's judgement up to date, so how complete and current records are
// is a query over one small table rather than a walk over their entries.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/caseload_scope.h"
#include "model/domain/completeness.h"
#include "model/domain/subject.h"
#include "model/domain/template_registry.h"

namespace pcr::model {

// Records of one tool among the subjects counted, and how many of them are complete and current on a day.
struct ToolTally {
    std::string tool;
    long with_record = 0;
    long complete_and_current = 0;
    bool operator==(const ToolTally&) const = default;
};

// One subject's records of the tools that apply to it, and how many are complete and current on a day.
struct SubjectTally {
    long with_record = 0;
    long complete_and_current = 0;
    bool operator==(const SubjectTally&) const = default;
};

// A subject's stored judgement of its record of one tool.
struct ToolJudgement {
    std::string tool;
    RecordJudgement judged;
};

class StatusStore {
  public:
    virtual ~StatusStore() = default;

    // Judges records by `templates` from now on (domain/completeness.h: judge), as part of the transaction
    // that saves each one, and first judges again, in one transaction, every record judged by another version
    // of its template or not judged yet (a file from an older version, records saved by a program without
    // templates). Cheap when nothing changed. Records of tools the templates do not know, or that do not
    // apply to their subject's kind, have no judgement. Const because judgements are derived from the
    // records, not a change anyone made: they are in no history or audit trail.
    virtual void judge_by(const TemplateRegistry& templates) const = 0;

    // Calls `visit` once for every active subject of `kind` that the principal may see (of `caseload`, for
    // people), in subject id order, with its stored judgements in tool order (none when it has none): only
    // those of `tools` unless it is empty. Judgements of the tools in `rows_of` hold their kept rows
    // (domain/completeness.h: keeps_rows); the others come without, as reading rows is most of the work. Call
    // judge_by first.
    using SubjectJudgementsVisitor = std::function<void(const Subject&, const std::vector<ToolJudgement>&)>;
    virtual void for_each_subject_judgements(SubjectKind kind, const std::vector<std::string>& tools,
                                             const std::vector<std::string>& rows_of, CaseloadScope caseload,
                                             const SubjectJudgementsVisitor& visit) const = 0;

    // Per tool, the judged records of active subjects of `kind` the principal may see (of `caseload`) and how
    // many are complete and current on `day`; tools without records are left out. Call judge_by first.
    virtual std::vector<ToolTally> tally_by_tool(SubjectKind kind, const Date& day,
                                                 CaseloadScope caseload) const = 0;
    // The same per subject id, of those of `ids` (active, visible, with at least one judged record): a list
    // asks for the rows it shows, so its totals cost the same however long the caseload.
    virtual std::map<std::string, SubjectTally> tally_by_subject(
        SubjectKind kind, const Date& day, const std::vector<std::string>& ids) const = 0;
};

}  // namespace pcr::model
