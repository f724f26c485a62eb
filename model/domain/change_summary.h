// What one saved change of a subject or a record did, collected as the parts of a history line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/change.h"
#include "model/domain/record.h"
#include "model/domain/subject.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

// What changed between two versions of a subject (name changed, archived); empty when nothing did.
std::vector<ChangePart> describe_subject_change(const Subject& before, const Subject& after);

// A new record: added with its number of sections, and its review date when it has one.
std::vector<ChangePart> describe_new_record(const Record& record);

// What saving `after` over `before` (none: a new assessment) changes: levels, notes and kept evidence counted
// by topic, actions and plans counted by position; empty when nothing differs.
std::vector<ChangePart> describe_assessment_change(const WorkbookAssessment* before,
                                                   const WorkbookAssessment& after);

// Collects what a record save changed: entries added, changed and removed, section texts, the review date.
class ChangeSummary {
  public:
    void entry_added() { ++added_; }
    void entry_changed() { ++changed_; }
    void entry_removed() { ++removed_; }
    // Something moved or an empty section came or went, without any entry's content changing.
    void layout_changed() { layout_ = true; }
    void section_text(const std::string& section, const std::string& before, const std::string& after);
    void reviewed(const std::optional<Date>& before, const std::optional<Date>& after);

    bool empty() const;
    // In the order a history line words them: counts, section texts, a move only when nothing else
    // changed, then the review.
    std::vector<ChangePart> parts() const;

  private:
    int added_ = 0;
    int changed_ = 0;
    int removed_ = 0;
    bool layout_ = false;
    std::vector<ChangePart> texts_;
    std::optional<ChangePart> review_;
};

}  // namespace pcr::model
