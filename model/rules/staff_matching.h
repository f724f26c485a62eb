// Suggests staff for a person from their staff-matching record, by what staff members' own records say, with
// reasons.
#pragma once

#include <string>
#include <vector>

#include "model/domain/record.h"
#include "model/domain/subject.h"
#include "model/domain/tool_template.h"
#include "model/store/store.h"

namespace pcr::model {

// One staff member suggested for a person, and why, in words.
struct StaffSuggestion {
    Subject staff;
    int score = 0;
    // One line per staff-matching section with something found, interests and skills first:
    // "Shares an interest: Gardening, Welsh-language radio", "Has a listed skill: BSL signing",
    // "Fits the support wanted: shopping", "Personality: patient".
    std::vector<std::string> reasons;
};

// Compares the items of a person's record of the staff-matching tool (its sections with roles
// shared-interests, skills, support-wanted and personality; docs/templates.md) with everything written in a
// staff member's own records (one-page profile and any other). Words are compared case- and
// accent-insensitively, without stemming, and common words ("and", "with", "likes"...) are ignored. An item
// is found whole when one entry of the staff member's records has all its words (all but one for items of
// three words or more); otherwise the words of it found anywhere are found in part. Shared interests and
// skills weigh 3, support wanted 2, personality 1; an item found whole scores twice its section's weight, one
// found in part scores the weight once.
class StaffMatcher {
  public:
    // `matching` is a record of `tool`, whose section roles say what each section asks for; a section
    // role the template does not give is not matched on.
    StaffMatcher(const ToolTemplate& tool, const Record& matching);

    // True when the record has no words to match on.
    bool empty() const;

    // How well one staff member matches, judged on their records.
    StaffSuggestion assess(const Subject& staff, const std::vector<Record>& records) const;

    // Every active staff member with something in common, best first (score, then name, then id), in one
    // pass over the staff's records.
    std::vector<StaffSuggestion> rank(const Store& store) const;

  private:
    struct Word {
        std::string key;       // folded for comparison
        std::string original;  // as the person's record spells it, for reasons
    };
    struct Item {
        std::string text;
        std::vector<Word> words;
    };
    struct Wanted {
        std::string section;
        int weight = 0;
        std::string reason;  // "Shares an interest"
        std::vector<Item> items;
    };
    std::vector<Wanted> wanted_;
};

// The words of `text` worth comparing: folded for search, split at spaces and punctuation, common words
// dropped.
std::vector<std::string> matching_words(const std::string& text);

}  // namespace pcr::model
