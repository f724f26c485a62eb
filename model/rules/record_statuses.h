// Completeness and currency across subjects: one subject's tools, every record of a caseload, coverage per
// tool.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/completeness.h"
#include "model/domain/subject.h"
#include "model/domain/template_registry.h"
#include "model/store/store.h"

namespace pcr::model {

// One tool as it stands for one subject: the record if there is one, and its status on the day.
struct ToolStanding {
    const ToolTemplate* tool = nullptr;
    std::optional<Record> record;
    RecordStatus status;  // all zero/false when there is no record
};

// How current one subject's record of one tool is: the one judgement behind every status word the editor, the
// tools list, the dashboard, the evidence and the exports show, so that none contradicts another. A record
// with nothing typed in it is no record.
struct Currency {
    enum class Kind {
        NoRecord,       // none kept, or nothing typed in it
        Current,        // reviewed within the tool's review period, or a tool that never goes out of date
        NeverReviewed,  // kept, with a review period, but never reviewed (no review stamp, no dated row)
        OutOfDate,      // its review period has passed since it was last reviewed
    };
    Kind kind = Kind::NoRecord;
    // Current: the last day it stays current (none: the tool never goes out of date). OutOfDate: the last day
    // it was current, so it has been out of date since the day after.
    std::optional<Date> due;
};

// `record` is null when none is kept; `status` is what assess() said of it.
Currency currency(const Record* record, const RecordStatus& status);
// The same for a record judged so (a record with nothing typed in it is no record).
Currency currency(const RecordJudgement& judged, const RecordStatus& status);
Currency currency(const ToolStanding& standing);

// How a date is written in status words; the model writes YYYY-MM-DD unless a view gives its own style.
using DateWords = std::function<std::string(const Date&)>;
std::string iso_words(const Date& date);
// "1 Jun 2027" (display_date): the style of every screen, PDF and HTML page.
std::string display_words(const Date& date);

// "Current until 2027-06-01", "Current" (a tool that never goes out of date), "Never reviewed", "Out of date
// since 2026-06-02" or "No record"; with `in_sentence`, starting in lower case, for "Learning log: never
// reviewed".
std::string currency_words(const Currency& currency, const DateWords& date = iso_words,
                           bool in_sentence = false);

// When the next review is due, for a column beside the currency words: the due day, "Now" when it was never
// reviewed, "Not needed" for a tool that never goes out of date, nothing when there is no record.
std::string review_due_words(const Currency& currency, const DateWords& date = iso_words);

// Every tool that applies to the subject's kind, in template order, with its record (if any) and status.
std::vector<ToolStanding> tool_standings(const Store& store, const TemplateRegistry& templates,
                                         SubjectKind kind, const std::string& id, const Date& today);

// Calls `visit` for every record of active subjects of `kind` (of `caseload`, for people) whose tool is known
// and applies to them, in subject-id then tool order, with its stored judgement and its status on `today`
// (records with nothing typed in them too, as the interchange contract lists them; they are 0% and, for tools
// that go out of date, never current). One query over the stored judgements, not the entries; the sections'
// statuses say whether each is met but not what it lacks (status_on with Wording::Words gives the words).
using StatusVisitor =
    std::function<void(const Subject&, const ToolTemplate&, const RecordJudgement&, const RecordStatus&)>;
void for_each_status(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                     const Date& today, const StatusVisitor& visit,
                     CaseloadScope caseload = CaseloadScope::Everyone);

struct CoverageRow {
    std::string tool;
    SubjectKind scope = SubjectKind::Person;
    long complete_and_current = 0;
    long with_record = 0;
    long total = 0;    // active subjects of the scope (1 for the team)
    int coverage = 0;  // whole percent, rounded down; 0 when total is 0
};

// Coverage rows for one scope from what the store tallied per tool, against the scope's total or a part of it
// (the dashboard's caseload).
class CoverageTally {
  public:
    explicit CoverageTally(SubjectKind scope) : scope_(scope) {}
    // Adds what the store tallied of one tool (StatusStore::tally_by_tool).
    void add(const ToolTally& tally);
    // Adds one judged record of `tool` with its status, for a caller that visits every judgement anyway.
    void add(const std::string& tool, const RecordStatus& status);
    // One row per tool of the scope, in template order, against the scope's active total (or `total`, for a
    // tally over part of it, such as one caseload).
    std::vector<CoverageRow> rows(const Store& store, const TemplateRegistry& templates,
                                  std::optional<long> total = std::nullopt) const;

  private:
    SubjectKind scope_;
    std::map<std::string, CoverageRow> by_tool_;
};

// Coverage of every tool for every scope it applies to: people, then staff, then the team (always a total
// of 1: the team has the record or not), tools in template order within each. A few aggregate queries over
// the stored judgements.
std::vector<CoverageRow> coverage(const Store& store, const TemplateRegistry& templates, const Date& today);

}  // namespace pcr::model
