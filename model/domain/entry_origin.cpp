// The values of Entry::origin and their words, one list for the editors, the views and the interchange file.
#include "model/domain/entry_origin.h"

#include <algorithm>

#include "model/core/translate.h"

namespace pcr::model {

const std::vector<std::string>& entry_origins() {
    static const std::vector<std::string> values{"person", "family", "staff", "other"};
    return values;
}

bool is_entry_origin(std::string_view value) {
    const auto& values = entry_origins();
    return std::find(values.begin(), values.end(), value) != values.end();
}

std::string entry_origin_words() {
    // TRANSLATORS: the four values as files and commands give them: keep them as they are, translate "or".
    return tr("person, family, staff or other");
}

std::string origin_label(std::string_view value) {
    if (value == "person") return tr("The person");
    if (value == "family") return tr("Family");
    if (value == "staff") return tr("Staff");
    if (value == "other") return tr("Other");
    return std::string(value);
}

std::string origin_note(std::string_view value) {
    // TRANSLATORS: after an item of a record, saying who said it.
    if (value == "person") return tr("(the person's own words)");
    if (value == "family") return tr("(family's words)");
    if (value == "staff") return tr("(staff's words)");
    if (value == "other") return tr("(someone else's words)");
    if (value.empty()) return {};
    return "(" + std::string(value) + ")";
}

}  // namespace pcr::model
