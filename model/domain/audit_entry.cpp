// The stored names of audit actions.
#include "model/domain/audit_entry.h"

#include <array>
#include <charconv>
#include <utility>

namespace pcr::model {

namespace {

constexpr std::string_view kErasurePrefix = "anonymised ";
constexpr std::string_view kErasureReason = "; reason: ";
constexpr std::string_view kAnonymousPrefix = "erased by entry ";

// The whole number at the start of `text`, and where it ends.
std::optional<std::int64_t> leading_number(std::string_view text, std::size_t& end) {
    std::int64_t value = 0;
    const auto [next, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || next == text.data()) return std::nullopt;
    end = static_cast<std::size_t>(next - text.data());
    return value;
}

constexpr std::array<std::pair<AuditAction, std::string_view>, 15> kNames{{
    {AuditAction::Change, "change"},
    {AuditAction::SignIn, "sign-in"},
    {AuditAction::SignInFailed, "sign-in-failed"},
    {AuditAction::Lock, "lock"},
    {AuditAction::SignOut, "sign-out"},
    {AuditAction::Export, "export"},
    {AuditAction::Print, "print"},
    {AuditAction::Import, "import"},
    {AuditAction::AccountChange, "account-change"},
    {AuditAction::Refused, "refused"},
    {AuditAction::Setting, "setting"},
    {AuditAction::Restore, "restore"},
    {AuditAction::Erase, "erase"},
    {AuditAction::RetentionKept, "retention-kept"},
    {AuditAction::Theme, "theme"},
}};

}  // namespace

std::string_view to_string(AuditAction action) {
    for (const auto& [value, name] : kNames)
        if (value == action) return name;
    return "change";
}

std::optional<AuditAction> audit_action_from_string(std::string_view text) {
    for (const auto& [value, name] : kNames)
        if (name == text) return value;
    return std::nullopt;
}

std::string audit_erasure_detail(std::int64_t anonymised, const std::string& reason) {
    return std::string(kErasurePrefix) + std::to_string(anonymised) + std::string(kErasureReason) + reason;
}

std::string audit_anonymous_detail(std::int64_t erasure) {
    return std::string(kAnonymousPrefix) + std::to_string(erasure);
}

std::optional<std::int64_t> audit_erasure_count(std::string_view detail) {
    if (detail.substr(0, kErasurePrefix.size()) != kErasurePrefix) return std::nullopt;
    detail.remove_prefix(kErasurePrefix.size());
    std::size_t end = 0;
    const auto count = leading_number(detail, end);
    if (!count || detail.substr(end, kErasureReason.size()) != kErasureReason) return std::nullopt;
    return count;
}

std::optional<std::int64_t> audit_anonymous_by(std::string_view detail) {
    if (detail.substr(0, kAnonymousPrefix.size()) != kAnonymousPrefix) return std::nullopt;
    detail.remove_prefix(kAnonymousPrefix.size());
    std::size_t end = 0;
    const auto number = leading_number(detail, end);
    if (!number || end != detail.size()) return std::nullopt;
    return number;
}

}  // namespace pcr::model
