// The choices of whose words an item or row is, as the record editors offer them: "Not said" first, then the
// model's values (domain/entry_origin.h) by their labels.
#pragma once

#include <wx/arrstr.h>

#include <optional>
#include <string>

namespace pcr::app {

// "Not said", "The person", "Family", "Staff", "Other".
wxArrayString origin_labels();
// The position in origin_labels() of a stored origin ("" and unknown values: 0, "Not said").
int origin_index(const std::string& origin);
// The stored origin at a position of origin_labels() ("" for "Not said" or no choice).
std::string origin_at(int index);
// The stored origin a label stands for ("" for "Not said"); none for text that is no label.
std::optional<std::string> origin_of_label(const wxString& label);

}  // namespace pcr::app
