// Tests that the caseload's search in memory finds exactly whom the store's SQL search finds, and counting.
#include "model/rules/caseload_index.h"

#include <boost/test/unit_test.hpp>

#include "model/core/progress.h"
#include "model/demo/demo_generator.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::FreshStore;
using pcr::test::person;

namespace {

std::vector<std::string> ids_found(const CaseloadIndex& index, const std::string& search) {
    std::vector<std::string> ids;
    for (const std::size_t i : index.find(search)) ids.push_back(index.subjects()[i].id);
    return ids;
}

std::vector<std::string> ids_listed(const Store& store, const std::string& search, bool archived = false) {
    std::vector<std::string> ids;
    SubjectQuery query;
    query.search = search;
    query.include_archived = archived;
    for (const Subject& s : store.subjects(SubjectKind::Person, query)) ids.push_back(s.id);
    return ids;
}

// A small demo caseload with the names that make searching hard added: accents, scripts, LIKE's wildcards.
struct SearchCaseload : FreshStore {
    SearchCaseload() {
        static const TemplateRegistry templates = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
        DemoOptions options;
        options.people = 60;
        options.staff = 6;
        options.logs = 60;
        options.today = Date(2026, 6, 30);
        NoProgress quiet;
        generate_demo(*store, templates, options, quiet);
        store->save_subject(person("P-X1", "Zoë Brontë"));
        store->save_subject(person("P-X2", "ZOE ADAMS"));
        store->save_subject(person("P-X3", "Łukasz Nowak", "Luke"));
        store->save_subject(person("P-X4", "محمد علی"));
        store->save_subject(person("P-X5", "Ann 100% Real_Name"));
        store->save_subject(person("P-X6", "Bea Gone", {}, std::nullopt, Status::Archived));
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(caseload_index_test)

BOOST_FIXTURE_TEST_CASE(finds_whom_the_store_search_finds_in_the_same_order, SearchCaseload) {
    const CaseloadIndex index = CaseloadIndex::load(*store, SubjectKind::Person, SubjectQuery{});
    BOOST_TEST(index.size() == store->count(SubjectKind::Person));
    BOOST_TEST(ids_found(index, "") == ids_listed(*store, ""));
    const char* const searches[] = {"a",      "zoe",        "ZOË",  "bronte", "  jones ", "luke",
                                    "kasz n", "علی",        "100%", "l_n",    "a_n",      "%",
                                    "e a",    "nowak luke", "xyz",  "\u00e9"};
    for (const char* search : searches) BOOST_TEST(ids_found(index, search) == ids_listed(*store, search));
    // Every prefix of every listed name, as someone typing it would search.
    for (const Subject& s : index.subjects())
        for (std::size_t n = 1; n <= s.name.size(); n += 3)
            BOOST_TEST(ids_found(index, s.name.substr(0, n)) == ids_listed(*store, s.name.substr(0, n)));
}

BOOST_FIXTURE_TEST_CASE(a_search_given_to_load_is_left_out_and_archived_people_follow_the_query,
                        SearchCaseload) {
    SubjectQuery query;
    query.search = "zoe";
    query.include_archived = true;
    const CaseloadIndex index = CaseloadIndex::load(*store, SubjectKind::Person, query);
    BOOST_TEST(index.size() == store->count(SubjectKind::Person, true));
    BOOST_TEST(ids_found(index, "gone") == std::vector<std::string>{"P-X6"});
    BOOST_TEST(ids_found(index, "bea") == ids_listed(*store, "bea", true));
}

BOOST_FIXTURE_TEST_CASE(count_subjects_counts_what_subjects_lists, SearchCaseload) {
    for (const bool archived : {false, true})
        for (const char* search : {"", "zoe", "a", "100%", "nobody"}) {
            SubjectQuery query;
            query.search = search;
            query.include_archived = archived;
            BOOST_TEST(store->count_subjects(SubjectKind::Person, query) ==
                       store->subjects(SubjectKind::Person, query).size());
        }
    BOOST_TEST(store->count_subjects(SubjectKind::Staff, SubjectQuery{}) ==
               store->subjects(SubjectKind::Staff).size());
    SubjectQuery mine;
    mine.caseload = CaseloadScope::MyPeople;  // the tester has no staff record: nobody is theirs
    BOOST_TEST(store->count_subjects(SubjectKind::Person, mine) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
