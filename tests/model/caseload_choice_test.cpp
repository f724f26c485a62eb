// Tests of the caseloads offered to whoever is signed in and the one the app opens on.
#include "model/rules/caseload_choice.h"

#include <boost/test/unit_test.hpp>

#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::FreshStore;
using Scopes = std::vector<CaseloadScope>;

BOOST_AUTO_TEST_SUITE(caseload_choice_test)

BOOST_AUTO_TEST_CASE(a_staff_record_offers_my_people_and_my_teams_and_seeing_every_team_offers_everyone) {
    const auto offered = [](const Principal& p) { return CaseloadChoice::offered(p); };
    BOOST_TEST((offered(Principal("alex")) == Scopes{CaseloadScope::Everyone}));
    BOOST_TEST((offered(Principal("sam", Role::SupportWorker, std::string("S-1"))) ==
                Scopes{CaseloadScope::MyPeople, CaseloadScope::MyTeams}));
    BOOST_TEST((offered(Principal("sue", Role::Senior, std::string("S-1"))) ==
                Scopes{CaseloadScope::MyPeople, CaseloadScope::MyTeams}));
    BOOST_TEST((offered(Principal("mo", Role::Manager, std::string("S-1"))) ==
                Scopes{CaseloadScope::MyPeople, CaseloadScope::MyTeams, CaseloadScope::Everyone}));
    BOOST_TEST((offered(Principal("ann", Role::Administrator)) == Scopes{CaseloadScope::Everyone}));
    BOOST_TEST((offered(Principal("una", Role::SupportWorker)) == Scopes{CaseloadScope::MyTeams}));
}

BOOST_AUTO_TEST_CASE(it_opens_on_the_first_caseload_that_lists_anyone) {
    FreshStore db;
    db.store->import(pcr::test::sample_teams_caseload());
    // S-0001 is P-0001's key worker.
    const Principal key_worker("sam", Role::SupportWorker, std::string("S-0001"));
    BOOST_TEST((CaseloadChoice::opening(*open_test_store(db.file, key_worker), key_worker) ==
                CaseloadScope::MyPeople));
    // A manager whose staff record is key worker to nobody and in no team opens on everyone.
    const Principal manager("mo", Role::Manager, std::string("S-0404"));
    BOOST_TEST(
        (CaseloadChoice::opening(*open_test_store(db.file, manager), manager) == CaseloadScope::Everyone));
    BOOST_TEST(CaseloadChoice::words(CaseloadScope::MyPeople) == "My people");
    BOOST_TEST(CaseloadChoice::words(CaseloadScope::Everyone) == "Everyone");
}

BOOST_AUTO_TEST_SUITE_END()
