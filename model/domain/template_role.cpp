// The role words templates use, each defined once here.
#include "model/domain/template_role.h"

#include <array>
#include <utility>

namespace pcr::model {

namespace {

constexpr std::array<std::pair<ToolRole, std::string_view>, 5> kToolRoles{{
    {ToolRole::Profile, "profile"},
    {ToolRole::Review, "review"},
    {ToolRole::OutcomePlan, "outcome-plan"},
    {ToolRole::QuickLog, "quick-log"},
    {ToolRole::StaffMatching, "staff-matching"},
}};

constexpr std::array<std::pair<SectionRole, std::string_view>, 6> kSectionRoles{{
    {SectionRole::CirclePeople, "circle-people"},
    {SectionRole::SharedInterests, "shared-interests"},
    {SectionRole::Skills, "skills"},
    {SectionRole::SupportWanted, "support-wanted"},
    {SectionRole::Personality, "personality"},
    {SectionRole::Ratings, "ratings"},
}};

constexpr std::array<std::pair<ColumnRole, std::string_view>, 13> kColumnRoles{{
    {ColumnRole::CircleRing, "circle-ring"},
    {ColumnRole::Group, "group"},
    {ColumnRole::Name, "name"},
    {ColumnRole::Relationship, "relationship"},
    {ColumnRole::ByWhen, "by-when"},
    {ColumnRole::Done, "done"},
    {ColumnRole::Status, "status"},
    {ColumnRole::Who, "who"},
    {ColumnRole::Measure, "measure"},
    {ColumnRole::Level, "level"},
    {ColumnRole::Working, "working"},
    {ColumnRole::NotWorking, "not-working"},
    {ColumnRole::Perspective, "perspective"},
}};

template <class Role, std::size_t N>
std::string_view word_of(const std::array<std::pair<Role, std::string_view>, N>& table, Role role) {
    for (const auto& [r, word] : table)
        if (r == role) return word;
    return {};
}

template <class Role, std::size_t N>
std::optional<Role> role_of(const std::array<std::pair<Role, std::string_view>, N>& table,
                            std::string_view text) {
    for (const auto& [role, word] : table)
        if (word == text) return role;
    return std::nullopt;
}

template <class Role, std::size_t N>
std::string words_of(const std::array<std::pair<Role, std::string_view>, N>& table) {
    std::string out;
    for (const auto& [role, word] : table) out += (out.empty() ? "" : ", ") + std::string(word);
    return out;
}

}  // namespace

std::string_view to_string(ToolRole role) {
    return word_of(kToolRoles, role);
}

std::string_view to_string(SectionRole role) {
    return word_of(kSectionRoles, role);
}

std::string_view to_string(ColumnRole role) {
    return word_of(kColumnRoles, role);
}

std::optional<ToolRole> tool_role_from_string(std::string_view text) {
    return role_of(kToolRoles, text);
}

std::optional<SectionRole> section_role_from_string(std::string_view text) {
    return role_of(kSectionRoles, text);
}

std::optional<ColumnRole> column_role_from_string(std::string_view text) {
    return role_of(kColumnRoles, text);
}

std::string tool_role_words() {
    return words_of(kToolRoles);
}

std::string section_role_words() {
    return words_of(kSectionRoles);
}

std::string column_role_words() {
    return words_of(kColumnRoles);
}

}  // namespace pcr::model
