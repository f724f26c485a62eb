// Tests of Working Together for Change through a real store (either engine): statements gathered from the
// records by column role and filtered, themes kept, counted per quarter and suggested, a theme made an action
// on the workbook's plan, and only a manager changing themes.
#include "model/rules/working_together.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "model/core/errors.h"
#include "model/exchange/interchange_reader.h"
#include "model/export/html_exporter.h"
#include "model/export/report_pdf.h"
#include "model/export/workbook_report.h"
#include "support/assessment_samples.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::FreshStore;
using pcr::test::shipped_templates;

namespace {

// tests/data/working_together.xml: P-1 in team T-1 (a review and working / not working), P-2 in no team
// (undated), P-3 archived, and the team's own.
struct Caseload : FreshStore {
    Caseload() {
        const auto read =
            read_interchange(PCR_TEST_SOURCE_DIR "/data/working_together.xml", shipped_templates());
        BOOST_REQUIRE(read.ok());
        store->import(read.data);
    }
    std::vector<Statement> gather(StatementFilter filter = {}) const {
        return gather_statements(*store, shipped_templates(), filter);
    }
};

std::vector<std::string> texts(const std::vector<Statement>& statements) {
    std::vector<std::string> out;
    for (const auto& s : statements) out.push_back(s.owner + " " + s.text);
    return out;
}

std::vector<Statement> saying(const std::vector<Statement>& all, const std::string& word) {
    std::vector<Statement> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const Statement& s) { return shares_word(s, word); });
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(working_together_test)

BOOST_AUTO_TEST_CASE(statements_are_every_filled_in_working_and_not_working_cell_of_active_subjects) {
    Caseload c;
    const auto all = c.gather();
    BOOST_TEST(texts(all) ==
                   (std::vector<std::string>{"P-1 Music group", "P-1 Calls missed at weekends",
                                             "P-1 Seeing Dai at the club", "P-1 Music on Sundays",
                                             "P-1 Evening calls come too late", "P-1 Calls cut short, often",
                                             "P-2 Walks by the river", "P-2 Calls missed",
                                             "T-1 Handovers on Mondays", "T-1 Rotas sent out late"}),
               boost::test_tools::per_element());
    // A review meeting gives its date and no perspective; a table row its record's review day and
    // perspective.
    BOOST_TEST(all[0].tool == "person-centred-review");
    BOOST_TEST(all[0].date == "2025-11-02");
    BOOST_TEST(all[0].perspective == "");
    BOOST_TEST((all[1].kind == StatementKind::NotWorking));
    BOOST_TEST(all[5].date == "2026-03-01");
    BOOST_TEST(all[5].perspective == "family");
    BOOST_TEST(all[6].date == "");
    BOOST_TEST((all[8].owner_kind == SubjectKind::Team));
    // The two cells of one row are two statements of one entry.
    BOOST_TEST(all[0].key.entry == all[1].key.entry);
    BOOST_TEST(all[0].key.column != all[1].key.column);
    BOOST_TEST(all[0].key.entry != 0);
}

BOOST_AUTO_TEST_CASE(the_filters_are_a_team_and_a_date_range) {
    Caseload c;
    BOOST_TEST(c.gather({std::string("T-1"), std::nullopt, std::nullopt}).size() == 8u);
    BOOST_TEST(c.gather({std::string("T-9"), std::nullopt, std::nullopt}).empty());
    const auto quarter = c.gather({std::nullopt, day("2026-01-01"), day("2026-03-31")});
    BOOST_TEST(quarter.size() == 5u);
    for (const auto& s : quarter) BOOST_TEST((s.date >= "2026-01-01" && s.date <= "2026-03-31"), s.date);
    BOOST_TEST(c.gather({std::nullopt, std::nullopt, day("2025-12-31")}).size() == 2u);
}

BOOST_AUTO_TEST_CASE(themes_are_kept_named_once_per_kind_and_removed_with_their_statements) {
    Caseload c;
    const auto calls = c.store->add_theme("  Calls ", StatementKind::NotWorking);
    const auto music = c.store->add_theme("Music", StatementKind::Working);
    c.store->add_theme("Calls", StatementKind::Working);
    BOOST_CHECK_THROW(c.store->add_theme("Calls", StatementKind::NotWorking), pcr::UserError);
    BOOST_CHECK_THROW(c.store->add_theme(" ", StatementKind::NotWorking), pcr::UserError);
    const auto themes = c.store->themes();
    BOOST_REQUIRE_EQUAL(themes.size(), 3u);
    BOOST_TEST(themes[0].name == "Calls");
    BOOST_TEST((themes[0].kind == StatementKind::Working));
    BOOST_TEST(themes[1].key == music);
    BOOST_TEST(themes[2].key == calls);
    BOOST_TEST(themes[2].name == "Calls");

    c.store->rename_theme(music, "Music and singing");
    BOOST_TEST(c.store->themes()[1].name == "Music and singing");
    BOOST_CHECK_THROW(c.store->rename_theme(music, "Calls"), pcr::UserError);
    BOOST_CHECK_THROW(c.store->rename_theme(9999, "Other"), pcr::NotFoundError);

    const auto all = c.gather();
    assign_to_theme(*c.store, themes[2], saying(all, "calls"));
    BOOST_TEST(c.store->theme_members().size() == 4u);
    // A statement of what is working does not go in a theme of what is not.
    BOOST_CHECK_THROW(assign_to_theme(*c.store, themes[2], saying(all, "music")), pcr::UserError);
    BOOST_TEST(c.store->theme_members().size() == 4u);
    // Put in another theme, a statement leaves the first.
    c.store->unassign_statements({saying(all, "evening")[0].key});
    BOOST_TEST(c.store->theme_members().size() == 3u);
    c.store->remove_theme(calls);
    BOOST_TEST(c.store->theme_members().empty());
    BOOST_TEST(c.store->themes().size() == 2u);
    BOOST_CHECK_THROW(c.store->remove_theme(calls), pcr::NotFoundError);

    // Each change is in the audit trail.
    long logged = 0;
    for (const auto& entry : c.store->audit({})) logged += entry.action == AuditAction::Theme;
    BOOST_TEST(logged == 7);
}

BOOST_AUTO_TEST_CASE(counts_are_statements_and_people_in_all_and_per_quarter) {
    Caseload c;
    BOOST_TEST(quarter_of("2026-05-10") == "2026-Q2");
    BOOST_TEST(quarter_of("2025-11-02") == "2025-Q4");
    BOOST_TEST(quarter_of("") == "");
    const auto calls = c.store->add_theme("Calls", StatementKind::NotWorking);
    const auto empty = c.store->add_theme("Rotas", StatementKind::NotWorking);
    const auto all = c.gather();
    c.store->assign_statements(calls, [&] {
        std::vector<StatementKey> keys;
        for (const auto& s : saying(all, "calls")) keys.push_back(s.key);
        return keys;
    }());
    const auto counts = count_themes(all, c.store->themes(), c.store->theme_members());
    BOOST_REQUIRE_EQUAL(counts.size(), 2u);
    BOOST_TEST(counts[0].theme.key == calls);
    BOOST_TEST(counts[0].statements == 4);
    BOOST_TEST(counts[0].people == 2);
    BOOST_TEST(
        (counts[0].by_quarter == std::vector<PeriodCount>{{"2025-Q4", 1, 1}, {"2026-Q1", 2, 1}, {"", 1, 1}}));
    BOOST_TEST(counts[1].theme.key == empty);
    BOOST_TEST(counts[1].statements == 0);
    // Counted over the statements gathered: the team's filter narrows the counts too.
    const auto north = count_themes(c.gather({std::string("T-1"), std::nullopt, std::nullopt}),
                                    c.store->themes(), c.store->theme_members());
    BOOST_TEST(north[0].statements == 3);
    BOOST_TEST(north[0].people == 1);
}

BOOST_AUTO_TEST_CASE(suggestions_group_unthemed_statements_of_one_kind_by_a_shared_word) {
    Caseload c;
    const auto all = c.gather();
    const auto suggested = suggest_themes(all, {});
    BOOST_REQUIRE_EQUAL(suggested.size(), 1u);
    BOOST_TEST(suggested[0].name == "Calls");
    BOOST_TEST((suggested[0].kind == StatementKind::NotWorking));
    BOOST_TEST(suggested[0].statements.size() == 4u);
    // Two statements share "music": suggested when two are enough.
    const auto two = suggest_themes(all, {}, 2);
    BOOST_TEST(std::any_of(two.begin(), two.end(), [](const ThemeSuggestion& s) {
        return s.name == "Music" && s.kind == StatementKind::Working && s.statements.size() == 2;
    }));
    // Statements in a theme already are not suggested again.
    const auto calls = c.store->add_theme("Calls", StatementKind::NotWorking);
    c.store->assign_statements(calls, suggested[0].statements);
    BOOST_TEST(suggest_themes(all, c.store->theme_members()).empty());
}

BOOST_AUTO_TEST_CASE(a_theme_becomes_an_action_on_the_latest_assessment) {
    Caseload c;
    const auto calls = c.store->add_theme("Calls", StatementKind::NotWorking);
    const auto all = c.gather();
    assign_to_theme(*c.store, c.store->themes()[0], saying(all, "calls"));
    const auto count = count_themes(all, c.store->themes(), c.store->theme_members())[0];
    BOOST_TEST(count.theme.key == calls);
    const TopicAction action = theme_action(count, "1.8", "Siân Morgan", day("2027-03-31"));
    BOOST_TEST(action.action ==
               "Change what is not working: Calls (4 statements from 2 people, Working Together for Change)");
    const std::string workbook = "progress-for-providers-homecare";
    BOOST_CHECK_THROW(add_to_action_plan(*c.store, workbook, action), pcr::UserError);

    c.store->save_assessment(WorkbookAssessment{day("2026-01-10"), workbook, {}, {}, {}});
    c.store->save_assessment(WorkbookAssessment{day("2026-06-10"), workbook, {}, {}, {}});
    BOOST_TEST(add_to_action_plan(*c.store, workbook, action));
    // The same action again is on the plan already: nothing is added.
    BOOST_TEST(!add_to_action_plan(*c.store, workbook, action));
    const auto latest = c.store->assessment(day("2026-06-10"), workbook);
    BOOST_REQUIRE(latest);
    BOOST_REQUIRE_EQUAL(latest->actions.size(), 1u);
    BOOST_TEST(latest->actions[0].topic == "1.8");
    BOOST_TEST(latest->actions[0].who == "Siân Morgan");
    BOOST_TEST((latest->actions[0].by_when == day("2027-03-31")));
    BOOST_TEST(c.store->assessment(day("2026-01-10"), workbook)->actions.empty());
}

BOOST_AUTO_TEST_CASE(the_workbook_report_counts_the_themes_on_a_page_of_their_own) {
    Caseload c;
    const Workbook workbook = pcr::test::sample_workbook();
    c.store->save_assessment(WorkbookAssessment{day("2026-06-10"), workbook.id, {}, {}, {}});
    const auto html = [&](const WorkbookReport& report) {
        return HtmlExporter::load(std::filesystem::path(PCR_SOURCE_TEMPLATES) / "export").report(report);
    };
    // No themes, no page.
    BOOST_TEST(workbook_report(*c.store, workbook, std::nullopt, &shipped_templates()).themes.empty());
    BOOST_TEST(html(workbook_report(*c.store, workbook)).find("Working Together for Change") ==
               std::string::npos);

    const auto calls = c.store->add_theme("Calls", StatementKind::NotWorking);
    const auto all = c.gather();
    assign_to_theme(*c.store, c.store->themes()[0], saying(all, "calls"));
    const auto report = workbook_report(*c.store, workbook, std::nullopt, &shipped_templates());
    BOOST_REQUIRE_EQUAL(report.themes.size(), 1u);
    BOOST_TEST(report.themes[0].theme.key == calls);
    BOOST_TEST(report.themes[0].statements == 4);
    BOOST_TEST(
        quarter_words(report.themes[0]) ==
        "2025-Q4: 1 statement, 1 person\n2026-Q1: 2 statements, 1 person\nUndated: 1 statement, 1 person");
    const auto pdf = c.folder.path() / "report.pdf";
    BOOST_TEST(write_report_pdf(report, pdf) >= 1);
    const std::string page = html(report);
    BOOST_TEST(page.find("<h2>Working Together for Change</h2>") != std::string::npos);
    BOOST_TEST(
        page.find("<td lang=\"\" dir=\"auto\">Calls</td><td>Not working</td><td class=\"number\">4</td>") !=
        std::string::npos);
}

BOOST_AUTO_TEST_CASE(only_a_manager_changes_themes) {
    Caseload c;
    const auto calls = c.store->add_theme("Calls", StatementKind::NotWorking);
    const auto all = c.gather();
    const auto sam = open_test_store(c.file, Principal("sam", Role::Senior));
    BOOST_TEST(sam->themes().size() == 1u);
    BOOST_CHECK_THROW(sam->add_theme("Rotas", StatementKind::NotWorking), pcr::NotAllowedError);
    BOOST_CHECK_THROW(sam->rename_theme(calls, "Phone calls"), pcr::NotAllowedError);
    BOOST_CHECK_THROW(sam->assign_statements(calls, {all[1].key}), pcr::NotAllowedError);
    BOOST_CHECK_THROW(sam->unassign_statements({all[1].key}), pcr::NotAllowedError);
    BOOST_CHECK_THROW(sam->remove_theme(calls), pcr::NotAllowedError);
    BOOST_CHECK_THROW(
        add_to_action_plan(*sam, "progress-for-providers-homecare",
                           theme_action(ThemeCount{c.store->themes()[0], 0, 0, {}}, "1.8", "", {})),
        pcr::NotAllowedError);
    const auto mo = open_test_store(c.file, Principal("mo", Role::Manager));
    mo->rename_theme(calls, "Phone calls");
    BOOST_TEST(c.store->themes()[0].name == "Phone calls");
}

BOOST_AUTO_TEST_CASE(erasing_a_person_takes_their_statements_out_of_themes) {
    Caseload c;
    const auto calls = c.store->add_theme("Calls", StatementKind::NotWorking);
    const auto all = c.gather();
    assign_to_theme(*c.store, c.store->themes()[0], saying(all, "calls"));
    c.store->save_subject([&] {
        auto p = *c.store->subject(SubjectKind::Person, "P-2");
        p.status = Status::Archived;
        return p;
    }());
    c.store->erase_person("P-2", "asked to be forgotten");
    BOOST_TEST(c.store->theme_members().size() == 3u);
    BOOST_TEST(count_themes(c.gather(), c.store->themes(), c.store->theme_members())[0].theme.key == calls);
}

BOOST_AUTO_TEST_SUITE_END()
