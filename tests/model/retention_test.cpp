// Tests of the retention period: who is due for a decision on a day, counting from archiving or the last
// decision to keep them.
#include "model/rules/retention.h"

#include <boost/test/unit_test.hpp>

#include "model/core/errors.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::day;

namespace {

// The archived people as a store would list them; erasing and keeping are not called here.
class Archived final : public ErasureStore {
  public:
    std::vector<ArchivedPerson> people;
    std::vector<ArchivedPerson> archived_people() const override { return people; }
    Erasure erase_person(const std::string&, const std::string&) override { return {}; }
    void keep_person(const std::string&, const std::string&) override {}

    void add(const char* id, const char* archived, std::optional<Date> kept = std::nullopt) {
        people.push_back(
            ArchivedPerson{pcr::test::person(id, std::string("Name of ") + id), day(archived), kept});
    }
};

std::vector<std::string> ids(const std::vector<RetentionDue>& due) {
    std::vector<std::string> out;
    for (const auto& one : due) out.push_back(one.archived.person.id + " " + one.due.iso());
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(retention_test)

BOOST_AUTO_TEST_CASE(people_are_due_eight_years_after_archiving_by_default) {
    Archived store;
    store.add("P-2", "2018-06-01");
    store.add("P-1", "2018-06-02");
    store.add("P-3", "2019-01-01");
    BOOST_TEST(kDefaultRetentionYears == 8);
    BOOST_TEST(ids(retention_due(store, day("2026-06-01"))) == std::vector<std::string>{"P-2 2026-06-01"},
               boost::test_tools::per_element());
    BOOST_TEST(ids(retention_due(store, day("2026-06-02"))) ==
                   (std::vector<std::string>{"P-2 2026-06-01", "P-1 2026-06-02"}),
               boost::test_tools::per_element());
    BOOST_TEST(retention_due(store, day("2026-05-31")).empty());
}

BOOST_AUTO_TEST_CASE(the_period_is_given) {
    Archived store;
    store.add("P-1", "2024-02-29");
    BOOST_TEST(ids(retention_due(store, day("2026-03-01"), 2)) == std::vector<std::string>{"P-1 2026-02-28"},
               boost::test_tools::per_element());
    BOOST_CHECK_THROW(retention_due(store, day("2026-03-01"), 0), pcr::UserError);
}

BOOST_AUTO_TEST_CASE(a_decision_to_keep_starts_another_period) {
    Archived store;
    store.add("P-1", "2010-01-01", day("2025-03-01"));
    BOOST_TEST(retention_due(store, day("2033-02-28")).empty());
    BOOST_TEST(ids(retention_due(store, day("2033-03-01"))) == std::vector<std::string>{"P-1 2033-03-01"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_keep_from_before_the_latest_archiving_does_not_count) {
    Archived store;
    // Kept, restored, and archived again later: the period runs from the second archiving.
    store.add("P-1", "2020-01-01", day("2015-01-01"));
    BOOST_TEST(ids(retention_due(store, day("2028-01-01"))) == std::vector<std::string>{"P-1 2028-01-01"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(erasing_is_confirmed_by_the_full_name_only) {
    const auto mo = pcr::test::person("P-1", "Mohammed Khan", "Mo");
    BOOST_TEST(erasure_confirmed(mo, "Mohammed Khan"));
    BOOST_TEST(erasure_confirmed(mo, "  Mohammed Khan "));
    BOOST_TEST(!erasure_confirmed(mo, "Mo"));
    BOOST_TEST(!erasure_confirmed(mo, "mohammed khan"));
    BOOST_TEST(!erasure_confirmed(mo, "Mohammed"));
    BOOST_TEST(!erasure_confirmed(mo, ""));
}

BOOST_AUTO_TEST_SUITE_END()
