// Tests of the idle lock's rule: due after the idle time without input, input starts it again, 0 is never.
#include "model/accounts/idle_lock.h"

#include <boost/test/unit_test.hpp>

using namespace pcr::model;
using namespace std::chrono_literals;

namespace {

const IdleLock::Clock::time_point kStart{1000h};

}  // namespace

BOOST_AUTO_TEST_SUITE(idle_lock_test)

BOOST_AUTO_TEST_CASE(due_once_the_idle_time_has_passed_without_input) {
    const IdleLock lock(10min, kStart);
    BOOST_TEST(!lock.due(kStart));
    BOOST_TEST(!lock.due(kStart + 9min + 59s));
    BOOST_TEST(lock.due(kStart + 10min));
    BOOST_TEST(lock.due(kStart + 3h));
}

BOOST_AUTO_TEST_CASE(input_starts_the_idle_time_again) {
    IdleLock lock(10min, kStart);
    lock.input(kStart + 8min);
    BOOST_TEST(!lock.due(kStart + 17min));
    BOOST_TEST(lock.due(kStart + 18min));
}

BOOST_AUTO_TEST_CASE(zero_never_locks) {
    const IdleLock lock(0s, kStart);
    BOOST_TEST(lock.never());
    BOOST_TEST(!lock.due(kStart + 24h * 365));
}

BOOST_AUTO_TEST_CASE(a_shorter_time_set_later_counts_from_the_last_input) {
    IdleLock lock(10min, kStart);
    lock.input(kStart + 1min);
    lock.set_after(2min);
    BOOST_TEST(!lock.due(kStart + 2min));
    BOOST_TEST(lock.due(kStart + 3min));
    BOOST_TEST(lock.after() == 2min);
}

BOOST_AUTO_TEST_SUITE_END()
