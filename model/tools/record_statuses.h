// Completeness and currency across subjects: one subject's tools, every record of a caseload, coverage per tool.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/people/subject.h"
#include "model/storage/store.h"
#include "model/tools/completeness.h"
#include "model/tools/template_registry.h"

namespace pcr::model {

// One tool as it stands for one subject: the record if there is one, and its status on the day.
struct ToolStanding {
    const ToolTemplate* tool = nullptr;
    std::optional<Record> record;
    RecordStatus status;  // all zero/false when there is no record
};

// Every tool that applies to the subject's kind, in template order, with its record (if any) and status.
std::vector<ToolStanding> tool_standings(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                                         const std::string& id, const Date& today);

// Calls `visit` for every record of active subjects of `kind` whose tool is known, in subject-id then tool order.
using StatusVisitor = std::function<void(const Subject&, const ToolTemplate&, const Record&, const RecordStatus&)>;
void for_each_status(const Store& store, const TemplateRegistry& templates, SubjectKind kind, const Date& today,
                     const StatusVisitor& visit);

struct CoverageRow {
    std::string tool;
    SubjectKind scope = SubjectKind::Person;
    long complete_and_current = 0;
    long with_record = 0;
    long total = 0;    // active subjects of the scope (1 for the team)
    int coverage = 0;  // whole percent, rounded down; 0 when total is 0
};

// Counts records per tool for one scope while a pass over the caseload visits them, then gives coverage rows,
// so a view that already walks every record (the dashboard) gets coverage without a second pass.
class CoverageTally {
public:
    explicit CoverageTally(SubjectKind scope) : scope_(scope) {}
    void add(const ToolTemplate& tool, const RecordStatus& status);
    // One row per tool of the scope, in template order, against the scope's active total.
    std::vector<CoverageRow> rows(const Store& store, const TemplateRegistry& templates) const;

private:
    SubjectKind scope_;
    std::map<std::string, CoverageRow> by_tool_;
};

// Coverage of every tool for every scope it applies to: people, then staff, then the team (always a total
// of 1: the team has the record or not), tools in template order within each.
std::vector<CoverageRow> coverage(const Store& store, const TemplateRegistry& templates, const Date& today);

}  // namespace pcr::model
