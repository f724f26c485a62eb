// The caseload as listed, held in memory with each subject's search key, so a search as you type filters it
// without asking the store again at every keystroke.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/domain/subject.h"
#include "model/store/subject_store.h"

namespace pcr::model {

class CaseloadIndex {
  public:
    CaseloadIndex() = default;
    // `subjects` in the order they are to be listed.
    explicit CaseloadIndex(std::vector<Subject> subjects);
    // The subjects `query` lists with its search left out, in the store's order: one read per caseload (or
    // change to it), after which every search is answered from memory.
    static CaseloadIndex load(const SubjectStore& store, SubjectKind kind, SubjectQuery query);

    const std::vector<Subject>& subjects() const { return subjects_; }
    std::size_t size() const { return subjects_.size(); }

    // The positions in subjects() of those the store's search would find for `search` (any part of name or
    // preferred name, ignoring case, accents and surrounding spaces), in list order; all of them for an
    // empty search.
    std::vector<std::size_t> find(const std::string& search) const;

  private:
    std::vector<Subject> subjects_;
    std::vector<std::string> keys_;  // folded name and preferred name, as the store keeps them to search
};

}  // namespace pcr::model
