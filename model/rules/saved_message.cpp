// Words for a saved change: whose record, which tool.
#include "model/rules/saved_message.h"

#include <cctype>

#include "model/core/text.h"

namespace pcr::model {

std::string first_name(const Subject& subject) {
    if (subject.kind == SubjectKind::Team) return "the team";
    const std::string preferred = trim(subject.preferred_name);
    if (!preferred.empty()) return preferred;
    const std::string name = trim(subject.name);
    const std::size_t space = name.find_first_of(" \t");
    return space == std::string::npos ? name : name.substr(0, space);
}

std::string possessive(std::string_view name) {
    return std::string(name) + "\u2019s";
}

std::string saved_to_message(const Subject& subject, const ToolTemplate& tool) {
    std::string title = tool.title.empty() ? tool.id : tool.title;
    const auto upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
    if (title.size() >= 2 && upper(title[0]) && !upper(title[1]))
        title[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(title[0])));
    return "Saved to " + possessive(first_name(subject)) + " " + title;
}

}  // namespace pcr::model
