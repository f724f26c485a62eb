// Per-subject totals of a caseload: how many of each subject's tools are complete and current on a day.
#pragma once

#include <map>
#include <string>
#include <vector>

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

// The totals of active subjects of one kind, read from the stored judgements as they are asked for and kept:
// a list reads those of the rows it shows, a page at a time, so opening a caseload of 10,000 costs what
// opening one of 40 does.
class CaseloadSummary {
  public:
    // Summarizes nothing: tools() is 0.
    CaseloadSummary() = default;
    // Totals on `today` of `kind`'s subjects in `store` (which must outlive this), judged by `templates`.
    CaseloadSummary(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                    const Date& today);

    // Tools that apply to the kind: 0 when nothing is summarized.
    int tools() const { return tools_; }
    // Whether `id`'s totals have been read.
    bool has(const std::string& id) const { return read_.count(id) != 0; }
    // Reads the totals of those of `ids` not read yet, in one query.
    void read(const std::vector<std::string>& ids);
    // The totals of `id`, read first if they were not (zero counts for a subject without records).
    SubjectSummary of(const std::string& id);

  private:
    const Store* store_ = nullptr;
    SubjectKind kind_ = SubjectKind::Person;
    Date today_;
    int tools_ = 0;
    std::map<std::string, SubjectTally> read_;  // by subject id; zero tallies for those without records
};

}  // namespace pcr::model
