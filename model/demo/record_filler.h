// Writes one demo record of any tool template: complete and current, short of its minimums, or out of date.
#pragma once

#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/demo/demo_random.h"
#include "model/demo/persona.h"
#include "model/demo/phrase_bank.h"
#include "model/domain/record.h"
#include "model/domain/tool_template.h"

namespace pcr::model {

enum class ToolState {
    Complete,    // every counted section meets its minimum; reviewed within the review period
    Incomplete,  // some counted sections short of their minimum; reviewed within the review period
    Stale        // complete, but last reviewed 1 to 18 months after it fell due
};

// Fills records from the template alone (sections, columns, choices, minimums, conditions), wording them from
// the phrase bank where it has a bank for the tool, section or column and with general wording where not.
class RecordFiller {
  public:
    RecordFiller(const PhraseBank& bank, Date today);

    // Never empty: an incomplete record that would have nothing in it is written stale (or complete) instead.
    Record fill(const ToolTemplate& tool, const Persona& persona, ToolState state, DemoRandom& rng) const;

    // A learning log with one row per entry of `days_ago` (each 0 to two years before today), in the order
    // given.
    Record learning_log(const ToolTemplate& tool, const Persona& persona, const std::vector<int>& days_ago,
                        DemoRandom& rng) const;

    // The dated section a learning log's entries go in; nullptr when the tool has none.
    static const SectionTemplate* log_section(const ToolTemplate& tool);

    // The longest look-back, in days, that learning-log entries may use.
    static constexpr int kLogDays = 730;

  private:
    Record build(const ToolTemplate& tool, const Persona& persona, ToolState state, DemoRandom& rng) const;
    Date review_date(const ToolTemplate& tool, ToolState state, DemoRandom& rng) const;

    const PhraseBank& bank_;
    Date today_;
    std::vector<std::string> days_ago_iso_;  // today minus n days, n = 0..kLogDays
};

}  // namespace pcr::model
