// One list of whose-words choices for the list and table editors, so both offer and store them alike.
#include "app/views/origin_choices.h"

#include "app/wx_text.h"
#include "model/core/translate.h"
#include "model/domain/entry_origin.h"

namespace pcr::app {

wxArrayString origin_labels() {
    wxArrayString labels;
    labels.Add(to_wx(model::tr("Not said")));
    for (const auto& value : model::entry_origins()) labels.Add(to_wx(model::origin_label(value)));
    return labels;
}

int origin_index(const std::string& origin) {
    const auto& values = model::entry_origins();
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == origin) return static_cast<int>(i) + 1;
    return 0;
}

std::string origin_at(int index) {
    const auto& values = model::entry_origins();
    if (index < 1 || index > static_cast<int>(values.size())) return {};
    return values[static_cast<std::size_t>(index) - 1];
}

std::optional<std::string> origin_of_label(const wxString& label) {
    const int found = origin_labels().Index(label);
    if (found == wxNOT_FOUND) return std::nullopt;
    return origin_at(found);
}

}  // namespace pcr::app
