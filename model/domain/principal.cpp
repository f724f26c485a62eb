// The acting principal's rule: a name that is not blank.
#include "model/domain/principal.h"

#include "model/core/errors.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

Principal::Principal(std::string name) : name_(std::move(name)) {
    if (is_blank(name_))
        throw UserError(
            tr("Changes are recorded under the name of who makes them, and none was given; sign in or "
               "give a name."));
}

Principal::Principal(std::string account_name, Role role, std::optional<std::string> staff_id)
    : Principal(std::move(account_name)) {
    account_ = name_;
    role_ = role;
    staff_id_ = std::move(staff_id);
}

bool Principal::sees_own_teams_only() const {
    return role_ && (*role_ == Role::SupportWorker || *role_ == Role::Senior);
}

}  // namespace pcr::model
