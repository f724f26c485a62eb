// The retention period applied to archived people.
#include "model/rules/retention.h"

#include <algorithm>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/database_settings.h"

namespace pcr::model {

int retention_years(const StoreAdmin& settings) {
    return setting_number("retention.years", settings.setting("retention.years"));
}

std::vector<RetentionDue> retention_due(const ErasureStore& store, const Date& today, int years) {
    if (years < 1)
        throw UserError(fill_in(tr("A retention period of {1} years is too short: give 1 or more."), years));
    std::vector<RetentionDue> due;
    for (auto& archived : store.archived_people()) {
        const Date from =
            archived.kept_on ? std::max(archived.archived_on, *archived.kept_on) : archived.archived_on;
        const Date day = from.plus_months(12 * years);
        if (day <= today) due.push_back(RetentionDue{std::move(archived), day});
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const RetentionDue& a, const RetentionDue& b) { return a.due < b.due; });
    return due;
}

bool erasure_confirmed(const Subject& person, std::string_view typed) {
    return !is_blank(person.name) && trim(typed) == trim(person.name);
}

}  // namespace pcr::model
