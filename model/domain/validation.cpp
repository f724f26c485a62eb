// Checks on subjects and assessments, the same for every store.
#include "model/domain/validation.h"

#include <set>

#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

bool is_level(const std::optional<int>& level) {
    return !level || (*level >= 1 && *level <= 5);
}

// An id as a message may show it: its first 40 bytes, control characters as '?', so the message stays one
// readable line whatever was typed.
std::string id_for_message(std::string_view id) {
    std::string out(id.substr(0, 40));
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
    if (id.size() > 40) out += "...";
    return out;
}

}  // namespace

std::optional<std::string> id_problem(std::string_view id) {
    if (id.size() > kMaxIdBytes)
        return fill_in(tr("is {1} bytes long, over the limit of {2}"), id.size(), kMaxIdBytes);
    if (!id.empty() && id.front() == '.') return tr("starts with a dot");
    for (char c : id) {
        if (c == '/' || c == '\\') return tr("has a slash in it");
        // An XML attribute turns a newline or tab into a space, and ids sit space-separated in lists.
        if (c == ' ') return tr("has a space in it");
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return tr("has a control character in it");
    }
    if (auto problem = name_problem(id)) return problem;
    return std::nullopt;
}

std::optional<std::string> name_problem(std::string_view text) {
    // U+202A-U+202E are E2 80 AA-AE in UTF-8; U+2066-U+2069 are E2 81 A6-A9.
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        if (text[i] != '\xE2') continue;
        const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
        if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9))
            return tr(
                "has a text direction override in it, which would show it differently from what is kept");
    }
    return std::nullopt;
}

std::string owner_words(SubjectKind kind, const std::string& id) {
    switch (kind) {
        case SubjectKind::Team:
            return id == kTeamId ? tr("the team") : fill_in(tr("team {1}"), id);
        case SubjectKind::Staff:
            return fill_in(tr("staff {1}"), id);
        default:
            return fill_in(tr("person {1}"), id);
    }
}

void validate_subject(const Subject& subject) {
    if (is_blank(subject.id))
        throw UserError(
            subject.kind == SubjectKind::Staff  ? tr("A staff needs an id; give one such as P-0001.")
            : subject.kind == SubjectKind::Team ? tr("A team needs an id; give one such as T-1.")
                                                : tr("A person needs an id; give one such as P-0001."));
    // Ids are written space-separated in the interchange file's teams="..." attribute.
    if (subject.kind == SubjectKind::Team && subject.id.find_first_of(" \t\r\n") != std::string::npos)
        throw UserError(
            fill_in(tr("The team id \"{1}\" has a space in it; give one without, such as T-1."), subject.id));
    if (subject.kind == SubjectKind::Team && subject.id != kTeamId && is_blank(subject.name))
        throw UserError(
            fill_in(tr("Team {1} needs a name; give the service or place it stands for."), subject.id));
    if (const auto problem = id_problem(subject.id))
        throw UserError(
            fill_in(tr("The id \"{1}\" {2}; give an id of letters, digits and hyphens, such as P-0001."),
                    id_for_message(subject.id), *problem));
    for (const std::string* text : {&subject.name, &subject.preferred_name})
        if (const auto problem = name_problem(*text))
            throw UserError(fill_in(tr("The name of {1} {2}; retype it without."),
                                    owner_words(subject.kind, subject.id), *problem));
    for (const std::string* text : {&subject.id, &subject.name, &subject.preferred_name})
        if (!is_valid_utf8(*text))
            throw UserError(fill_in(tr("The name or id of {1} is not valid UTF-8 text; retype it."),
                                    owner_words(subject.kind, subject.id)));
}

void validate_assessment(const WorkbookAssessment& assessment) {
    const std::string day = display_date(assessment.date);
    if (is_blank(assessment.workbook))
        throw UserError(fill_in(tr("The assessment of {1} names no workbook; say which one it uses."), day));
    std::set<std::string> scored;
    for (const auto& score : assessment.scores) {
        if (!is_level(score.level))
            throw UserError(
                fill_in(tr("Topic {1} of the assessment of {2} has level {3}; levels go from 1 to 5."),
                        score.topic, day, *score.level));
        if (!scored.insert(score.topic).second)
            throw UserError(fill_in(tr("Topic {1} is scored twice in the assessment of {2}; keep one score."),
                                    score.topic, day));
        if (const auto& e = score.evidence; e && (e->count < 0 || e->total < 0 || e->coverage < 0 ||
                                                  e->coverage > 100 || !is_level(e->suggested)))
            throw UserError(
                fill_in(tr("The evidence kept for topic {1} of the assessment of {2} is not possible "
                           "(counts below 0, coverage outside 0-100 or a suggestion outside 1-5); "
                           "work it out again."),
                        score.topic, day));
    }
    for (const auto& action : assessment.actions)
        if (!is_level(action.target_level))
            throw UserError(
                fill_in(tr("An action for topic {1} of the assessment of {2} works towards level {3}; "
                           "levels go from 1 to 5."),
                        action.topic, day, *action.target_level));
    std::set<std::string> planned;
    for (const auto& plan : assessment.plans)
        if (!planned.insert(plan.topic).second)
            throw UserError(fill_in(
                tr("Topic {1} has two detailed action plans in the assessment of {2}; merge them into one."),
                plan.topic, day));
}

}  // namespace pcr::model
