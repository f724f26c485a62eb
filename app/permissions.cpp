// Role checks for the app's commands: an open database's principal has no role and may do everything.
#include "app/permissions.h"

namespace pcr::app {

namespace {

// Roles are ordered, each able to do at least what the one before it may.
bool at_least(const model::Principal& principal, model::Role role) {
    return !principal.role() || *principal.role() >= role;
}

}  // namespace

bool may_see_audit(const model::Principal& principal) {
    return at_least(principal, model::Role::Manager);
}

bool may_sign_off(const model::Principal& principal) {
    return at_least(principal, model::Role::Senior);
}

}  // namespace pcr::app
