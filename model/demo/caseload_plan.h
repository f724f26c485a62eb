// The shape of a demo caseload before any words are written: who is fully recorded, who has nothing, log
// counts.
#pragma once

#include <cstdint>
#include <vector>

namespace pcr::model {

enum class Coverage {
    Everything,  // every tool complete and current
    Partial,     // some tools, some short of their minimums, some out of date
    Nothing      // no records at all
};

struct PersonPlan {
    Coverage coverage = Coverage::Partial;
    bool archived = false;
    bool working_age = false;  // an adult with a learning disability rather than an older person
    int logs = 0;              // learning-log entries
};

// Decided up front so the exact number of learning-log entries asked for can be shared out unevenly, and so
// the shares (about 15% everything, 8% nothing, 3% archived) are exact rather than left to chance.
class CaseloadPlan {
  public:
    static CaseloadPlan make(int people, long logs, std::uint64_t seed);

    const std::vector<PersonPlan>& people() const { return people_; }
    long total_logs() const { return total_logs_; }

  private:
    std::vector<PersonPlan> people_;
    long total_logs_ = 0;
};

}  // namespace pcr::model
