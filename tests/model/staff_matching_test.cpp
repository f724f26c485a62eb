// Tests of staff matching: a worked example of four staff ranked with their reasons, and how words are
// compared.
#include "model/rules/staff_matching.h"

#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::TempFolder;

namespace {

const ToolTemplate& matching_tool() {
    return pcr::test::shipped_templates().get("matching-staff");
}

Record list_record(const std::string& tool,
                   std::initializer_list<std::pair<std::string, std::vector<std::string>>> sections) {
    Record r;
    r.tool = tool;
    for (const auto& [section, items] : sections)
        for (const auto& item : items)
            r.section_for_update(section).entries.push_back(Entry{0, {}, item, {}});
    return r;
}

// What Zoë wants in the people who support her.
Record zoes_matching() {
    return list_record("matching-staff", {{"skills", {"BSL signing", "Can drive"}},
                                          {"support", {"Help with shopping and letters"}},
                                          {"personality", {"Calm and patient", "A good sense of humour"}},
                                          {"shared-interests",
                                           {"Gardening", "Welsh-language radio", "Old films and musicals"}}});
}

Record profile(std::vector<std::string> appreciation, std::vector<std::string> important,
               std::vector<std::string> support) {
    return list_record(
        "one-page-profile",
        {{"appreciation", appreciation}, {"important-to-me", important}, {"how-to-support", support}});
}

Subject staff(const std::string& id, const std::string& name, Status status = Status::Active) {
    Subject s = pcr::test::person(id, name, {}, std::nullopt, status);
    s.kind = SubjectKind::Staff;
    return s;
}

std::vector<std::string> names(const std::vector<StaffSuggestion>& ranked) {
    std::vector<std::string> out;
    for (const auto& s : ranked) out.push_back(s.staff.name);
    return out;
}

// Four staff members and one archived: the worked example of the matching screen.
Interchange team_of_four() {
    Interchange data;
    data.staff.push_back({staff("S-1", "Bethan Morgan"),
                          {profile({"Patient, and never rushes anyone"},
                                   {"My allotment and gardening at the weekend",
                                    "Listening to Welsh-language radio in the car"},
                                   {"Tell me straight if something's wrong"})}});
    Record plan;
    plan.tool = "development-plan";
    plan.section_for_update("goals").entries.push_back(
        pcr::test::row({{"goal", "Pass my driving test"}, {"support", "Lessons paid by the team"}}));
    data.staff.push_back(
        {staff("S-2", "Tomasz Nowak"),
         {profile({"Brilliant sense of humour"}, {"Fluent in BSL signing"}, {"Text rather than ring"}),
          plan}});
    data.staff.push_back({staff("S-3", "Ann Price"),
                          {profile({"Happy to help with shopping"}, {"Loves old films, especially musicals"},
                                   {"Give me feedback face to face"})}});
    data.staff.push_back(
        {staff("S-4", "Owain Hughes"),
         {profile({"Great at sorting out rotas"}, {"Rugby on Saturdays"}, {"A clear plan for the day"})}});
    data.staff.push_back({staff("S-5", "Dai Evans", Status::Archived),
                          {profile({"Gardening"}, {"Welsh-language radio"}, {"BSL signing"})}});
    return data;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(staff_matching_test)

BOOST_AUTO_TEST_CASE(a_worked_example_ranks_three_of_four_staff_and_says_why) {
    TempFolder folder;
    auto store = open_test_store(folder.path() / "match.db", OpenMode::CreateIfMissing);
    store->import(team_of_four());

    const auto ranked = StaffMatcher(matching_tool(), zoes_matching()).rank(*store);

    // Bethan: two interests found whole (2 x 3 each) and "patient" from a personality item (1): 13.
    // Ann and Tomasz: 8 each, so by name. Ann: an interest whole (6) and "shopping" of a support item (2).
    // Tomasz: a skill whole (6) and a personality item whole (2); "driving" is not "drive" (no stemming).
    // Owain has nothing in common; Dai is archived.
    BOOST_TEST(names(ranked) == (std::vector<std::string>{"Bethan Morgan", "Ann Price", "Tomasz Nowak"}));
    BOOST_TEST_REQUIRE(ranked.size() == 3u);
    BOOST_TEST(ranked[0].score == 13);
    BOOST_TEST(ranked[0].reasons ==
               (std::vector<std::string>{"Shares an interest: Gardening, Welsh-language radio",
                                         "Personality: patient"}));
    BOOST_TEST(ranked[1].score == 8);
    BOOST_TEST(ranked[1].reasons == (std::vector<std::string>{"Shares an interest: Old films and musicals",
                                                              "Fits the support wanted: shopping"}));
    BOOST_TEST(ranked[2].score == 8);
    BOOST_TEST(ranked[2].reasons == (std::vector<std::string>{"Has a listed skill: BSL signing",
                                                              "Personality: A good sense of humour"}));
    BOOST_TEST(ranked[2].staff.id == "S-2");
}

BOOST_AUTO_TEST_CASE(an_item_is_found_whole_only_within_one_entry) {
    const StaffMatcher matcher(
        matching_tool(), list_record("matching-staff", {{"shared-interests", {"Welsh-language radio"}}}));
    // The three words are spread over two entries: each word counts, but only in part.
    const auto spread =
        matcher.assess(staff("S-1", "Rhys"), {profile({"Speaks Welsh"}, {"Radio 4 in the morning"}, {})});
    BOOST_TEST(spread.score == 3);
    BOOST_TEST(spread.reasons == (std::vector<std::string>{"Shares an interest: Welsh, radio"}));
    // Two of three words in one entry is enough for an item of three words.
    const auto close = matcher.assess(staff("S-1", "Rhys"), {profile({"Welsh radio in the car"}, {}, {})});
    BOOST_TEST(close.score == 6);
    BOOST_TEST(close.reasons == (std::vector<std::string>{"Shares an interest: Welsh-language radio"}));
}

BOOST_AUTO_TEST_CASE(words_are_compared_without_case_or_accents_and_common_words_are_ignored) {
    BOOST_TEST(matching_words("Likes going to the Café with Siân!") ==
               (std::vector<std::string>{"cafe", "sian"}));
    const StaffMatcher matcher(
        matching_tool(), list_record("matching-staff", {{"shared-interests", {"Café trips"}},
                                                        {"personality", {"Someone who likes a laugh"}}}));
    const auto found =
        matcher.assess(staff("S-1", "Rhys"), {profile({"LOVES THE CAFE", "Likes quiet"}, {}, {})});
    BOOST_TEST(found.score == 3);
    BOOST_TEST(found.reasons == (std::vector<std::string>{"Shares an interest: Café"}));
}

BOOST_AUTO_TEST_CASE(a_record_with_nothing_to_match_suggests_no_one) {
    TempFolder folder;
    auto store = open_test_store(folder.path() / "match.db", OpenMode::CreateIfMissing);
    store->import(team_of_four());
    const StaffMatcher matcher(matching_tool(),
                               list_record("matching-staff", {{"skills", {"and the", "  "}}}));
    BOOST_TEST(matcher.empty());
    BOOST_TEST(matcher.rank(*store).empty());
}

BOOST_AUTO_TEST_SUITE_END()
