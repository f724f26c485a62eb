// What changed between two versions of a record, in words, for the history view.
#pragma once

#include <string>
#include <vector>

#include "model/domain/record.h"
#include "model/domain/tool_template.h"

namespace pcr::model {

enum class ChangeKind { Added, Removed, Changed };

// One difference, in the words the history view shows.
struct RecordDifference {
    ChangeKind kind = ChangeKind::Changed;
    std::string section;  // the section's title ("People in my life"), or "Reviewed"
    std::string before;   // the entry or text as it was (empty for Added)
    std::string after;    // as it is now (empty for Removed)
    bool operator==(const RecordDifference&) const = default;
};

// Entries are summarised as one line: a list item's text, a row's date and cells joined with ", " (choice
// values by their labels, attendees as "name (role)"), with whose words it is after it ("(family's words)").
std::string entry_summary(const SectionTemplate& section, const Entry& entry);

// The differences from `before` to `after`, sections in template order, then the review date. Entries are
// matched in order by content (a longest common subsequence); between two matched entries, removed and
// added entries pair up in order as changed ones, the rest are added or removed.
std::vector<RecordDifference> record_diff(const ToolTemplate& tool, const Record& before,
                                          const Record& after);

}  // namespace pcr::model
