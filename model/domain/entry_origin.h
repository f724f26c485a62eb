// Whose words an item or row is (the person, family, staff, other): the values stored and exchanged, and
// their words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pcr::model {

// Every value Entry::origin may hold besides "" (not said), in the order choices offer them.
const std::vector<std::string>& entry_origins();
// Whether `value` is one of entry_origins() ("" is not: it is checked apart, as "not said").
bool is_entry_origin(std::string_view value);
// "person, family, staff or other", for messages that say what may be used.
std::string entry_origin_words();
// A choice's label: "The person", "Family", "Staff", "Other"; "" for "" and the value itself for an unknown
// one.
std::string origin_label(std::string_view value);
// What follows an item read back: "(the person's own words)", "(family's words)"; "" for "".
std::string origin_note(std::string_view value);

}  // namespace pcr::model
