// The stored names of audit actions.
#include "model/domain/audit_entry.h"

#include <array>
#include <utility>

namespace pcr::model {

namespace {

constexpr std::array<std::pair<AuditAction, std::string_view>, 12> kNames{{
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

}  // namespace pcr::model
