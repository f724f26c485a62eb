// Tests of the store's visit of every subject with its stored judgements (what evidence and the dashboard
// read).
#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::person;
using pcr::test::TempFolder;

namespace {

struct Stored {
    TempFolder folder;
    std::unique_ptr<Store> store = open_test_store(folder.path() / "judged.db", OpenMode::CreateIfMissing);
    TemplateRegistry templates = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
    Stored() {
        store->import(pcr::test::sample_caseload());
        store->save_subject(person("P-0000", "Has No Records"));
        store->judge_by(templates);
    }

    // "id: tool(rows kept) ..." per subject visited.
    std::vector<std::string> visit(SubjectKind kind, const std::vector<std::string>& tools,
                                   const std::vector<std::string>& rows_of = {}) {
        std::vector<std::string> seen;
        store->for_each_subject_judgements(kind, tools, rows_of, CaseloadScope::Everyone,
                                           [&](const Subject& s, const std::vector<ToolJudgement>& judged) {
                                               std::string line = s.id + ":";
                                               for (const ToolJudgement& j : judged) {
                                                   std::size_t rows = 0;
                                                   for (const Section& section : j.judged.rows)
                                                       rows += section.entries.size();
                                                   line += " " + j.tool + "(" + std::to_string(rows) + ")";
                                               }
                                               seen.push_back(line);
                                           });
        return seen;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(subject_judgements_test)

BOOST_AUTO_TEST_CASE(every_active_subject_comes_with_only_the_tools_asked_for) {
    Stored s;
    BOOST_TEST(
        s.visit(SubjectKind::Person, {"person-centred-review", "one-page-profile"}) ==
            (std::vector<std::string>{"P-0000:", "P-0001: one-page-profile(0) person-centred-review(0)"}),
        boost::test_tools::per_element());
    BOOST_TEST(s.visit(SubjectKind::Person, {}) ==
                   (std::vector<std::string>{"P-0000:",
                                             "P-0001: decision-making-agreement(0) learning-log(0) "
                                             "one-page-profile(0) person-centred-review(0)"}),
               boost::test_tools::per_element());
    BOOST_TEST(
        s.visit(SubjectKind::Person, {"no-such-tool"}) == (std::vector<std::string>{"P-0000:", "P-0001:"}),
        boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(kept_rows_come_only_for_the_tools_asked_for_and_only_typed_cells) {
    Stored s;
    // The review's meeting and action are kept; a learning log's free-text rows are not, even when asked.
    BOOST_TEST(s.visit(SubjectKind::Person, {"person-centred-review", "learning-log"},
                       {"person-centred-review", "learning-log"}) ==
                   (std::vector<std::string>{"P-0000:", "P-0001: learning-log(0) person-centred-review(2)"}),
               boost::test_tools::per_element());
    std::vector<Section> rows;
    s.store->for_each_subject_judgements(SubjectKind::Person, {"person-centred-review"},
                                         {"person-centred-review"}, CaseloadScope::Everyone,
                                         [&](const Subject&, const std::vector<ToolJudgement>& judged) {
                                             for (const ToolJudgement& j : judged) rows = j.judged.rows;
                                         });
    BOOST_REQUIRE(rows.size() == 2u);
    const Entry& meeting = rows[0].entries.at(0);
    BOOST_TEST(meeting.date == "2026-05-02");
    // The meeting keeps its attendees' roles, not their names nor what was said.
    BOOST_REQUIRE(meeting.cells.size() == 1u);
    BOOST_TEST(meeting.cells[0].attendees.size() == 3u);
    BOOST_TEST(meeting.cells[0].attendees[1].role == "family");
    BOOST_TEST(meeting.cells[0].attendees[1].name.empty());
    // An action keeps every cell: the dashboard describes it.
    const Entry& action = rows[1].entries.at(0);
    BOOST_REQUIRE(action.cell("action"));
    BOOST_TEST(action.cell("action")->text == "Book the bus pass");
    BOOST_TEST(action.cell("by-when")->text == "2026-07-01");
}

BOOST_AUTO_TEST_CASE(archived_subjects_are_left_out) {
    Stored s;
    // P-0002 is archived: evidence and the dashboard count active subjects only.
    BOOST_TEST(s.visit(SubjectKind::Person, {"one-page-profile"}) ==
                   (std::vector<std::string>{"P-0000:", "P-0001: one-page-profile(0)"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(staff_and_team_each_come_by_their_own_kind) {
    Stored s;
    BOOST_TEST(s.visit(SubjectKind::Staff, {"one-page-profile"}) ==
                   (std::vector<std::string>{"S-0001: one-page-profile(0)"}),
               boost::test_tools::per_element());
    BOOST_TEST(s.visit(SubjectKind::Team, {"team-purpose", "team-charter"}) ==
                   (std::vector<std::string>{"team: team-purpose(0)"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
