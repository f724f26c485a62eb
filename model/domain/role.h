// The roles an account may have, from least to most it may do, and their names as typed and stored.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pcr::model {

// Ordered: each role may do at least what the one before it may (the permissions themselves are the rules'
// business; an open database's principal has no role and may do everything).
enum class Role { SupportWorker, Senior, Manager, Administrator };

// "support-worker", "senior", "manager", "administrator": the names stored and typed on the command line.
const char* to_string(Role role);
// The role a name gives, or nullopt for any other text.
std::optional<Role> role_from_string(std::string_view name);
// Every role, least first.
const std::vector<Role>& all_roles();
// The role's name in the reader's language ("support worker").
std::string role_words(Role role);

}  // namespace pcr::model
