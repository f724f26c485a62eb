// Role names: the stored form and the words a person reads.
#include "model/domain/role.h"

#include "model/core/translate.h"

namespace pcr::model {

const char* to_string(Role role) {
    switch (role) {
        case Role::SupportWorker:
            return "support-worker";
        case Role::Senior:
            return "senior";
        case Role::Manager:
            return "manager";
        case Role::Administrator:
            return "administrator";
    }
    return "support-worker";
}

std::optional<Role> role_from_string(std::string_view name) {
    for (Role role : all_roles())
        if (name == to_string(role)) return role;
    return std::nullopt;
}

const std::vector<Role>& all_roles() {
    static const std::vector<Role> roles{Role::SupportWorker, Role::Senior, Role::Manager,
                                         Role::Administrator};
    return roles;
}

std::string role_words(Role role) {
    switch (role) {
        case Role::SupportWorker:
            return tr("support worker");
        case Role::Senior:
            return tr("senior");
        case Role::Manager:
            return tr("manager");
        case Role::Administrator:
            return tr("administrator");
    }
    return to_string(role);
}

}  // namespace pcr::model
