// Tests of age in whole years, including birthdays on the day and 29 February.
#include "model/domain/age.h"

#include <boost/test/unit_test.hpp>

using pcr::model::age_on;
using pcr::model::Date;

BOOST_AUTO_TEST_SUITE(age_test)

BOOST_AUTO_TEST_CASE(counts_whole_years_from_the_birthday_itself) {
    const Date born(1941, 3, 9);
    BOOST_TEST(*age_on(born, Date(2026, 3, 8)) == 84);
    BOOST_TEST(*age_on(born, Date(2026, 3, 9)) == 85);
    BOOST_TEST(*age_on(born, Date(2026, 12, 31)) == 85);
}

BOOST_AUTO_TEST_CASE(a_leap_day_birthday_counts_from_first_of_march_in_common_years) {
    const Date born(2000, 2, 29);
    BOOST_TEST(*age_on(born, Date(2025, 2, 28)) == 24);
    BOOST_TEST(*age_on(born, Date(2025, 3, 1)) == 25);
    BOOST_TEST(*age_on(born, Date(2028, 2, 29)) == 28);
}

BOOST_AUTO_TEST_CASE(newborn_is_zero_and_before_birth_has_no_age) {
    const Date born(2026, 6, 30);
    BOOST_TEST(*age_on(born, born) == 0);
    BOOST_TEST(!age_on(born, Date(2026, 6, 29)).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
