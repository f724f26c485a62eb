// Tests of password hashing: Argon2id strings, salted, verified only by the right password.
#include "model/accounts/password_hash.h"

#include <boost/test/unit_test.hpp>

#include "model/core/errors.h"

using pcr::model::PasswordHash;

BOOST_AUTO_TEST_SUITE(password_hash_test)

BOOST_AUTO_TEST_CASE(a_hash_is_an_argon2id_string_that_never_holds_the_password) {
    const std::string hash = PasswordHash::make("blue mug at four");
    BOOST_TEST(hash.rfind("$argon2id$", 0) == 0u);
    BOOST_TEST(hash.find("blue mug") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(only_the_right_password_verifies) {
    const std::string hash = PasswordHash::make("blue mug at four");
    BOOST_TEST(PasswordHash::verifies(hash, "blue mug at four"));
    BOOST_TEST(!PasswordHash::verifies(hash, "blue mug at five"));
    BOOST_TEST(!PasswordHash::verifies(hash, "Blue mug at four"));
    BOOST_TEST(!PasswordHash::verifies(hash, ""));
    BOOST_TEST(!PasswordHash::verifies("not a hash", "blue mug at four"));
}

BOOST_AUTO_TEST_CASE(the_same_password_hashes_differently_each_time) {
    // A salt of its own per hash: two accounts with one password do not show it.
    BOOST_TEST(PasswordHash::make("blue mug at four") != PasswordHash::make("blue mug at four"));
}

BOOST_AUTO_TEST_CASE(a_new_password_needs_eight_characters) {
    BOOST_CHECK_THROW(PasswordHash::check_new("short"), pcr::UserError);
    BOOST_CHECK_THROW(PasswordHash::check_new("        "), pcr::UserError);
    BOOST_CHECK_THROW(PasswordHash::check_new("\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8"), pcr::UserError);
    BOOST_CHECK_THROW(PasswordHash::check_new("zoë1234"), pcr::UserError);  // seven characters, eight bytes
    BOOST_CHECK_NO_THROW(PasswordHash::check_new("zoë12345"));
    try {
        PasswordHash::check_new("short");
    } catch (const pcr::UserError& e) {
        BOOST_TEST(std::string(e.what()).find("at least 8 characters") != std::string::npos);
    }
}

BOOST_AUTO_TEST_SUITE_END()
