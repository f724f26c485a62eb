// What the app says after saving to someone's record, worded once for every window: "Saved to Amrik's
// learning log".
#pragma once

#include <string>
#include <string_view>

#include "model/domain/subject.h"
#include "model/domain/tool_template.h"

namespace pcr::model {

// What a support worker calls them: the preferred name, else the first word of the full name; "the team".
std::string first_name(const Subject& subject);

// "Amrik's", "James's", "the team's".
std::string possessive(std::string_view name);

// "Saved to Amrik's learning log": the tool's title in lower case mid-sentence unless it starts with an
// acronym ("MAKS plan" stays).
std::string saved_to_message(const Subject& subject, const ToolTemplate& tool);

}  // namespace pcr::model
