// The plain words a history line uses for one saved change of a subject or a record.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/record.h"
#include "model/domain/subject.h"

namespace pcr::model {

// What changed between two versions of a subject ("name changed, archived"); empty when nothing did.
std::string describe_subject_change(const Subject& before, const Subject& after);

// A new record: "added with 3 sections; reviewed 2026-06-01".
std::string describe_new_record(const Record& record);

// Collects what a record save changed and words it: "1 entry added, 2 changed; reviewed 2026-11-20".
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
    std::string words() const;

  private:
    int added_ = 0;
    int changed_ = 0;
    int removed_ = 0;
    bool layout_ = false;
    std::vector<std::string> texts_;
    std::string review_;
};

}  // namespace pcr::model
