// Age in whole years between two calendar dates.
#include "model/domain/age.h"

namespace pcr::model {

std::optional<int> age_on(const Date& born, const Date& day) {
    if (day < born) return std::nullopt;
    int years = day.year() - born.year();
    // Compare (month, day) so a 29 February birthday falls after 28 February in a common year.
    const bool birthday_passed =
        day.month() > born.month() || (day.month() == born.month() && day.day() >= born.day());
    if (!birthday_passed) --years;
    return years;
}

}  // namespace pcr::model
