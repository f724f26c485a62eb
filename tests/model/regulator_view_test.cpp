// Tests of the regulator's view: mapping tables with an assessment's scores, the rows a topic counts towards,
// plans ranked, and who took part in words and as stored.
#include "model/rules/regulator_view.h"

#include <boost/test/unit_test.hpp>

#include "model/domain/workbook_registry.h"
#include "support/assessment_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::full_assessment;
using pcr::test::sample_workbook;

namespace {

const Workbook& shipped() {
    static const WorkbookRegistry registry = WorkbookRegistry::load(
        std::filesystem::path(PCR_SOURCE_DATA) / "workbooks", pcr::test::shipped_templates());
    return registry.get(kDefaultWorkbook);
}

const TopicMapping* find(const std::vector<TopicMapping>& rows, const std::string& key) {
    for (const auto& row : rows)
        if (row.key == key) return &row;
    return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(regulator_view_test)

BOOST_AUTO_TEST_CASE(each_row_lists_its_topics_with_the_assessments_scores_and_evidence) {
    const Workbook workbook = sample_workbook();
    const auto tables = regulator_view(workbook, full_assessment());
    BOOST_REQUIRE(tables.size() == 2u);
    BOOST_TEST(tables[0].id == "cqc-outcomes");
    BOOST_TEST(tables[0].title == "CQC outcomes");
    const RegulatorRow& involving = tables[0].rows.at(0);
    BOOST_TEST(involving.key == "Outcome 1");
    BOOST_TEST(involving.group == "Involvement and information");
    BOOST_REQUIRE(involving.topics.size() == 6u);
    BOOST_TEST(involving.topics[0].number == "1.1");
    BOOST_TEST(involving.topics[0].title == "Dignity and respect");
    BOOST_TEST(*involving.topics[0].level == 3);
    BOOST_TEST(involving.topics[0].evidence->coverage == 40);
    BOOST_TEST(*involving.topics[0].evidence->suggested == 3);
    BOOST_TEST(!involving.topics[1].level.has_value(), "1.2 is not scored");
    BOOST_TEST(involving.topics[2].flagged, "1.3 is scored 5 against a suggested 3");
    BOOST_TEST(!involving.topics[4].evidence.has_value(), "2.1 is self-assessed");
    BOOST_TEST(involving.scored == 3);
    BOOST_TEST(*involving.average == (3 + 5 + 2) / 3.0);

    const RegulatorRow& welfare = tables[0].rows.at(1);
    BOOST_TEST(welfare.scored == 2);
    BOOST_TEST(*welfare.average == 4.0);

    const RegulatorRow& quality = tables[1].rows.at(0);
    BOOST_TEST(
        (quality.statements == std::vector<std::string>{"People manage their own support",
                                                        "Carers balance their caring roles (section 2)"}));
}

BOOST_AUTO_TEST_CASE(rows_under_one_heading_with_the_same_topics_share_their_list) {
    const auto tables = regulator_view(shipped(), full_assessment());
    BOOST_REQUIRE(tables.size() == 4u);
    const auto& cqc = tables[1].rows;
    BOOST_REQUIRE(cqc.size() == 28u);
    BOOST_TEST(cqc[0].same_topics_as_next);  // outcomes 1-3: sections 1 and 2, one heading
    BOOST_TEST(cqc[1].same_topics_as_next);
    BOOST_TEST(!cqc[2].same_topics_as_next);  // outcome 4 is under another heading
    BOOST_TEST(!cqc[3].same_topics_as_next);  // outcome 5 covers sections 1 and 3
    BOOST_TEST(!cqc[27].same_topics_as_next);
    std::size_t lists = 0;
    for (const auto& row : cqc)
        if (!row.same_topics_as_next) ++lists;
    BOOST_TEST(lists == 13u);
    BOOST_TEST(!tables[0].rows[0].same_topics_as_next, "the principles list different topics");
    BOOST_TEST(!tables[2].rows[1].same_topics_as_next, "ASCOF domains 2 and 3 have no heading to share");
}

BOOST_AUTO_TEST_CASE(a_topic_shows_the_rows_it_counts_towards_with_its_sections_statements) {
    const auto rows = mappings_of_topic(shipped(), "2.1");
    const TopicMapping* cqc = find(rows, "Outcome 1");
    BOOST_REQUIRE(cqc);
    BOOST_TEST(cqc->group == "Involvement and information");
    BOOST_TEST(cqc->mapping_title == "CQC essential standards (outcomes)");
    BOOST_TEST(!find(rows, "Outcome 5"), "section 2 does not list outcome 5");
    const TopicMapping* ascof = find(rows, "Domain 1");
    BOOST_REQUIRE(ascof);
    BOOST_TEST(ascof->statements.size() == 3u, "the family section adds the carers' outcome");
    BOOST_TEST(!find(rows, "Domain 4"));
    const TopicMapping* marker = find(rows, "Information and advice");
    BOOST_REQUIRE(marker);
    BOOST_TEST(marker->statements.size() == 5u);
    BOOST_TEST(!find(rows, "Who"), "2.1 is not among the individual service fund principles");

    const auto staff = mappings_of_topic(shipped(), "3.7");
    BOOST_REQUIRE(find(staff, "Domain 3"));
    BOOST_TEST(find(staff, "Domain 3")->statements.size() == 1u);
    BOOST_TEST(find(staff, "Outcome 28"));
    BOOST_TEST(mappings_of_topic(shipped(), "9.9").empty());
}

BOOST_AUTO_TEST_CASE(every_topic_counts_towards_some_cqc_outcome_and_ascof_domain) {
    for (const Topic* topic : shipped().topics()) {
        bool cqc = false, ascof = false;
        for (const auto& row : mappings_of_topic(shipped(), topic->number)) {
            cqc = cqc || row.key.rfind("Outcome ", 0) == 0;
            ascof = ascof || (row.key.rfind("Domain ", 0) == 0 && !row.statements.empty());
        }
        BOOST_TEST(cqc, topic->number);
        BOOST_TEST(ascof, topic->number);
    }
}

BOOST_AUTO_TEST_CASE(plans_are_ranked_top_then_next_then_unranked_keeping_their_order) {
    std::vector<DetailedPlan> plans(4);
    plans[0].topic = "1.1";
    plans[1].topic = "1.2";
    plans[1].priority = PlanPriority::Next;
    plans[2].topic = "1.3";
    plans[2].priority = PlanPriority::Top;
    plans[3].topic = "2.1";
    plans[3].priority = PlanPriority::Next;
    std::vector<std::string> order;
    for (const auto& plan : ranked(plans)) order.push_back(plan.topic);
    BOOST_TEST((order == std::vector<std::string>{"1.3", "1.2", "2.1", "1.1"}));
}

BOOST_AUTO_TEST_CASE(participation_and_priority_are_stored_by_id_and_read_in_words) {
    for (const auto participation : kParticipations) {
        const auto id = to_string(participation);
        BOOST_TEST(!id.empty());
        BOOST_TEST((participation_from_string(id) == participation));
        BOOST_TEST(!participation_words(participation).empty());
    }
    BOOST_TEST((participation_from_string("") == Participation::Unsaid));
    BOOST_TEST(!participation_from_string("with-everyone").has_value());
    BOOST_TEST(to_string(Participation::WithTeam) == "with-team");
    BOOST_TEST(participation_label(Participation::WithManager) == "With a manager");
    BOOST_TEST((plan_priority_from_string("top") == PlanPriority::Top));
    BOOST_TEST((plan_priority_from_string("") == PlanPriority::Unranked));
    BOOST_TEST(!plan_priority_from_string("first").has_value());
    BOOST_TEST(priority_words(PlanPriority::Next) == "Next priority");
}

BOOST_AUTO_TEST_SUITE_END()
