// Tests of clock moments as stored UTC text.
#include "model/core/clock_time.h"

#include <boost/test/unit_test.hpp>

using namespace pcr::model;

BOOST_AUTO_TEST_SUITE(clock_time_test)

BOOST_AUTO_TEST_CASE(a_stamp_reads_back_as_the_same_moment) {
    const auto moment = parse_utc_stamp("2026-12-05T14:05:09Z");
    BOOST_REQUIRE(moment.has_value());
    BOOST_TEST(utc_stamp(*moment) == "2026-12-05T14:05:09Z");
    BOOST_TEST(utc_stamp(*moment + std::chrono::minutes(15)) == "2026-12-05T14:20:09Z");
    BOOST_TEST(utc_stamp(*parse_utc_stamp("2024-02-29T23:59:59Z") + std::chrono::seconds(1)) ==
               "2024-03-01T00:00:00Z");
}

BOOST_AUTO_TEST_CASE(text_not_in_the_stored_form_is_no_moment) {
    BOOST_TEST(!parse_utc_stamp("2026-12-05 14:05:09").has_value());
    BOOST_TEST(!parse_utc_stamp("2026-12-05T14:05:09+01").has_value());
    BOOST_TEST(!parse_utc_stamp("2026-02-30T14:05:09Z").has_value());
    BOOST_TEST(!parse_utc_stamp("2026-12-05T25:05:09Z").has_value());
    BOOST_TEST(!parse_utc_stamp("2026-12-05T-1:05:09Z").has_value());
    BOOST_TEST(!parse_utc_stamp("2026-12-05T14:5a:09Z").has_value());
    BOOST_TEST(!parse_utc_stamp("").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
