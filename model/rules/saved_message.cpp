// Words for a saved change: whose record, which tool.
#include "model/rules/saved_message.h"

#include <cctype>

#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

std::string first_name(const Subject& subject) {
    if (subject.kind == SubjectKind::Team) return tr("the team");
    const std::string preferred = trim(subject.preferred_name);
    if (!preferred.empty()) return preferred;
    const std::string name = trim(subject.name);
    const std::size_t space = name.find_first_of(" \t");
    return space == std::string::npos ? name : name.substr(0, space);
}

std::string possessive(std::string_view name) {
    // TRANSLATORS: a possessive of a name ("Alice’s"); where a language has no such form, use "{1}".
    return fill_in(tr("{1}\u2019s"), name);
}

std::string saved_to_message(const Subject& subject, const ToolTemplate& tool) {
    std::string title = tool.title.empty() ? tool.id : tool.title;
    const auto upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
    if (title.size() >= 2 && upper(title[0]) && !upper(title[1]))
        title[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(title[0])));
    // TRANSLATORS: {1} is whose record ("Alice’s"), {2} the tool's title ("one-page profile").
    return fill_in(tr("Saved to {1} {2}"), possessive(first_name(subject)), title);
}

}  // namespace pcr::model
