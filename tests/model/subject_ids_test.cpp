// Tests of the ids the app gives new people and staff.
#include "model/rules/subject_ids.h"

#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::person;
using pcr::test::TempFolder;

BOOST_AUTO_TEST_SUITE(subject_ids_test)

BOOST_AUTO_TEST_CASE(first_ids_have_five_digits) {
    BOOST_TEST(next_subject_id(SubjectKind::Person, {}) == "P-00001");
    BOOST_TEST(next_subject_id(SubjectKind::Staff, {}) == "S-00001");
    BOOST_TEST(next_subject_id(SubjectKind::Team, {}) == "team");
}

BOOST_AUTO_TEST_CASE(follows_the_highest_number_in_its_width) {
    BOOST_TEST(next_subject_id(SubjectKind::Person, {"P-0003", "P-0120", "P-0007"}) == "P-00121");
    BOOST_TEST(next_subject_id(SubjectKind::Person, {"P-000041", "P-9"}) == "P-000042");
    // Staff numbers and a provider's own ids do not count for people.
    BOOST_TEST(next_subject_id(SubjectKind::Person, {"S-00900", "C-01", "P-ZOE", "P-", "P-12a"}) ==
               "P-00001");
    BOOST_TEST(next_subject_id(SubjectKind::Staff, {"S-00900", "P-01000"}) == "S-00901");
}

BOOST_AUTO_TEST_CASE(archived_people_keep_their_numbers) {
    TempFolder folder;
    auto store = open_test_store(folder.path() / "ids.db", OpenMode::CreateIfMissing);
    store->save_subject(person("P-00004", "Ann Active"));
    store->save_subject(person("P-00009", "Arthur Archived", {}, std::nullopt, Status::Archived));
    BOOST_TEST(next_subject_id(*store, SubjectKind::Person) == "P-00010");
    BOOST_TEST(next_subject_id(*store, SubjectKind::Staff) == "S-00001");
}

BOOST_AUTO_TEST_SUITE_END()
