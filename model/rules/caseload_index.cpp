// Search as you type over the caseload in memory, matching as SubjectStore::subjects does in SQL.
#include "model/rules/caseload_index.h"

#include "model/core/text.h"

namespace pcr::model {

namespace {

// The same text the store searches (its subject.search_key column): both names, folded, so "zoe" finds
// "Zoë" and a search may run from the name into the preferred name, as a LIKE over that column does.
std::string search_key(const Subject& subject) {
    return fold_for_search(subject.preferred_name.empty() ? subject.name
                                                          : subject.name + " " + subject.preferred_name);
}

}  // namespace

CaseloadIndex::CaseloadIndex(std::vector<Subject> subjects) : subjects_(std::move(subjects)) {
    keys_.reserve(subjects_.size());
    for (const Subject& subject : subjects_) keys_.push_back(search_key(subject));
}

CaseloadIndex CaseloadIndex::load(const SubjectStore& store, SubjectKind kind, SubjectQuery query) {
    query.search.clear();
    return CaseloadIndex(store.subjects(kind, query));
}

std::vector<std::size_t> CaseloadIndex::find(const std::string& search) const {
    const std::string folded = fold_for_search(trim(search));
    std::vector<std::size_t> found;
    found.reserve(folded.empty() ? keys_.size() : keys_.size() / 8);
    for (std::size_t i = 0; i < keys_.size(); ++i)
        if (folded.empty() || keys_[i].find(folded) != std::string::npos) found.push_back(i);
    return found;
}

}  // namespace pcr::model
