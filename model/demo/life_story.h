// The events of a generated person's life, in order, for the life-story tool.
#pragma once

#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/demo/phrase_writer.h"

namespace pcr::model {

struct LifeEvent {
    Date date;  // the day, or 1 January of the year when only the year is known
    bool year_only = false;
    std::string event;
    std::string notes;  // empty when there is nothing to add
};

// Events from birth up to `until` (nothing later), oldest first: school, work, coming to Britain, marriage,
// children, retirement, losses, and starting with the service. Working-age adults get their own milestones.
// Everyday memories fill in when a short life so far gives fewer than `at_least` events.
std::vector<LifeEvent> life_events(const Persona& persona, PhraseWriter& writer, const Date& until,
                                   int at_least);

}  // namespace pcr::model
