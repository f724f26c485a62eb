// Reads subjects with their records in one ordered pass over a handful of queries, assembling as it goes.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/domain/record.h"
#include "model/domain/subject.h"
#include "model/sql/statement.h"
#include "model/sqlite/database.h"
#include "model/sqlite/people_scope.h"

namespace pcr::model {

// Which subjects and records a scan reads.
struct ScanFilter {
    SubjectKind kind = SubjectKind::Person;
    bool include_archived = true;
    std::optional<std::string> id;    // one subject only
    std::optional<std::string> tool;  // one tool only
    std::optional<int> version;       // records as they were at this version (records without it are skipped)
    // These tools only; every subject is still visited.
    std::optional<std::vector<std::string>> tools = std::nullopt;
    PeopleScope scope = {};  // whom the principal may see, and the caseload asked for
};

// Subjects come in id order, each with its records in tool order. Memory holds one subject's records at a
// time, so a whole caseload streams through. The caller keeps the reads consistent (see ReadSnapshot).
// One subject's queries are compiled once per connection and kept (Database::cached_if_free): reading one
// person's record, as the app and a bulk export of profiles do thousands of times, cost five times more to
// compile than to run.
class RecordScan {
  public:
    using Visitor = std::function<void(const Subject&, std::vector<Record>&)>;

    RecordScan(Database& db, ScanFilter filter);
    void run(const Visitor& visit);

    // The subject columns every subject query selects, in the order read_subject expects.
    static constexpr const char* kSubjectColumns =
        "s.kind, s.ext_id, s.full_name, s.preferred_name, s.born_on, s.status, s.version_no";
    static constexpr int kSubjectColumnCount = 7;
    static Subject read_subject(sql::Statement& row, int first_column);

  private:
    // The query ready to step, with the filter's parameters bound; reset when run() ends.
    sql::Statement& prepare(const std::string& select, const std::string& from_where,
                            const std::string& order_by);
    void reset_statements() noexcept;

    Database& db_;
    ScanFilter filter_;
    std::vector<sql::Statement*> statements_;           // this run's, cached or its own
    std::vector<std::unique_ptr<sql::Statement>> own_;  // compiled for this run: the cached ones were busy
};

}  // namespace pcr::model
