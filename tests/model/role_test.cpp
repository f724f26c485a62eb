// Tests of role names as stored and typed, and of a principal with and without a role.
#include "model/domain/role.h"

#include <boost/test/unit_test.hpp>

#include "model/core/errors.h"
#include "model/domain/principal.h"

using namespace pcr::model;

BOOST_AUTO_TEST_SUITE(role_test)

BOOST_AUTO_TEST_CASE(every_role_reads_back_from_its_name) {
    BOOST_TEST(all_roles().size() == 4u);
    for (Role role : all_roles()) BOOST_TEST((role_from_string(to_string(role)) == role));
    BOOST_TEST(std::string(to_string(Role::SupportWorker)) == "support-worker");
    BOOST_TEST(std::string(to_string(Role::Administrator)) == "administrator");
    BOOST_TEST(!role_from_string("Administrator").has_value());
    BOOST_TEST(!role_from_string("admin").has_value());
    BOOST_TEST(role_words(Role::SupportWorker) == "support worker");
}

BOOST_AUTO_TEST_CASE(an_open_databases_principal_has_no_role_and_a_signed_in_one_has_its_accounts) {
    const Principal open("alex");
    BOOST_TEST(open.name() == "alex");
    BOOST_TEST(!open.role().has_value());
    BOOST_TEST(!open.account().has_value());
    const Principal signed_in("ann", Role::Senior);
    BOOST_TEST(signed_in.name() == "ann");
    BOOST_TEST(signed_in.account().value_or("") == "ann");
    BOOST_TEST((signed_in.role() == Role::Senior));
    BOOST_CHECK_THROW(Principal(" ", Role::Manager), pcr::UserError);
}

BOOST_AUTO_TEST_SUITE_END()
