// Tests of the store's visit of every subject with its records of chosen tools only (what evidence reads).
#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::person;
using pcr::test::TempFolder;

namespace {

struct Stored {
    TempFolder folder;
    std::unique_ptr<Store> store = open_test_store(folder.path() / "scan.db", OpenMode::CreateIfMissing);
    Stored() {
        store->import(pcr::test::sample_caseload());
        store->save_subject(person("P-0000", "Has No Records"));
    }

    // "id: tool(sections) ..." per subject visited.
    std::vector<std::string> visit(SubjectKind kind, bool include_archived,
                                   const std::vector<std::string>& tools,
                                   const std::vector<std::string>& sections = {}) {
        std::vector<std::string> seen;
        store->for_each_subject_records(kind, include_archived, tools, sections,
                                        [&](const Subject& s, const std::vector<Record>& records) {
                                            std::string line = s.id + ":";
                                            for (const Record& r : records)
                                                line += " " + r.tool + "(" +
                                                        std::to_string(r.sections.size()) + ")";
                                            seen.push_back(line);
                                        });
        return seen;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(subject_records_scan_test)

BOOST_AUTO_TEST_CASE(every_active_subject_comes_with_only_the_tools_asked_for) {
    Stored s;
    BOOST_TEST(
        s.visit(SubjectKind::Person, false, {"person-centred-review", "one-page-profile"}) ==
            (std::vector<std::string>{"P-0000:", "P-0001: one-page-profile(3) person-centred-review(2)"}),
        boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(only_the_sections_asked_for_are_read) {
    Stored s;
    const auto review = pcr::test::sample_review();
    BOOST_REQUIRE(review.sections.size() == 2u);
    BOOST_TEST(
        s.visit(SubjectKind::Person, false, {"person-centred-review", "one-page-profile"},
                {review.sections.front().id, "appreciation"}) ==
            (std::vector<std::string>{"P-0000:", "P-0001: one-page-profile(1) person-centred-review(1)"}),
        boost::test_tools::per_element());
    // No section named: the records come, empty, with their versions.
    BOOST_TEST(s.visit(SubjectKind::Person, false, {"person-centred-review"}, {""}) ==
                   (std::vector<std::string>{"P-0000:", "P-0001: person-centred-review(0)"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(records_read_this_way_are_the_stored_records) {
    Stored s;
    std::vector<Record> read;
    s.store->for_each_subject_records(SubjectKind::Person, false, {"person-centred-review"}, {},
                                      [&](const Subject&, const std::vector<Record>& records) {
                                          read.insert(read.end(), records.begin(), records.end());
                                      });
    BOOST_REQUIRE(read.size() == 1u);
    BOOST_TEST((read[0] == *s.store->record(SubjectKind::Person, "P-0001", "person-centred-review")));
    BOOST_TEST((read[0] == pcr::test::sample_review()));
}

BOOST_AUTO_TEST_CASE(archived_subjects_only_when_asked) {
    Stored s;
    BOOST_TEST(s.visit(SubjectKind::Person, true, {"one-page-profile"}) ==
                   (std::vector<std::string>{"P-0000:", "P-0001: one-page-profile(3)",
                                             "P-0002: one-page-profile(3)"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(no_tools_or_unknown_tools_visit_subjects_without_records) {
    Stored s;
    BOOST_TEST(s.visit(SubjectKind::Person, false, {}) == (std::vector<std::string>{"P-0000:", "P-0001:"}),
               boost::test_tools::per_element());
    BOOST_TEST(s.visit(SubjectKind::Person, false, {"no-such-tool"}) ==
                   (std::vector<std::string>{"P-0000:", "P-0001:"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(staff_and_team_each_come_by_their_own_kind) {
    Stored s;
    BOOST_TEST(s.visit(SubjectKind::Staff, false, {"one-page-profile"}) ==
                   (std::vector<std::string>{"S-0001: one-page-profile(3)"}),
               boost::test_tools::per_element());
    BOOST_TEST(s.visit(SubjectKind::Team, false, {"team-purpose", "team-charter"}) ==
                   (std::vector<std::string>{"team: team-purpose(1)"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
