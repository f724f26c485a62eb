// Tests of the tool templates: the shipped set, the loader's problem reports, and adding a tool by template
// alone.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <set>

#include "model/core/errors.h"
#include "model/domain/completeness.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;
namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

// The problems of a template text, as "line: message" strings for readable assertions.
std::vector<TemplateProblem> problems_of(const std::string& xml) {
    return parse_tool_template_text(xml, "broken.xml").problems;
}

bool has_problem(const std::vector<TemplateProblem>& problems, int line, const std::string& words) {
    return std::any_of(problems.begin(), problems.end(), [&](const TemplateProblem& p) {
        return p.line == line && p.message.find(words) != std::string::npos && p.file == "broken.xml";
    });
}

std::string all_messages(const std::vector<TemplateProblem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.to_string() + "\n";
    return out;
}

// A small valid template; tests break one part of it at a time.
const std::string kGood = R"(<?xml version="1.0" encoding="UTF-8"?>
<tool id="sleep-diary" scopes="person" review-months="2">
  <title>Sleep diary</title>
  <description>How I slept, night by night.</description>
  <section id="nights" kind="dated" min="2">
    <title>Nights</title>
    <hint>How did I sleep?</hint>
    <column id="how" type="choice" required="true">
      <title>How I slept</title>
      <choice value="well">Well</choice>
      <choice value="badly">Badly</choice>
    </column>
    <column id="notes"><title>Notes</title></column>
    <condition column="how" value="well"/>
  </section>
</tool>
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    BOOST_REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_registry_test)

BOOST_AUTO_TEST_CASE(shipped_templates_are_the_eighteen_tools_and_those_added_from_the_seeds) {
    const auto& registry = shipped_templates();
    std::set<std::string> ids;
    for (const auto& t : registry.tools()) ids.insert(t.id);
    const std::set<std::string> expected = {"one-page-profile",
                                            "relationship-circle",
                                            "communication-chart",
                                            "decision-making-agreement",
                                            "learning-log",
                                            "life-story",
                                            "working-not-working",
                                            "good-days-bad-days",
                                            "matching-staff",
                                            "four-plus-one",
                                            "presence-to-contribution",
                                            "doughnut-sort",
                                            "my-places",
                                            "outcomes",
                                            "person-centred-review",
                                            "team-purpose",
                                            "team-charter",
                                            "development-plan",
                                            "important-to-for",
                                            "person-centred-risk",
                                            "individual-service-fund",
                                            "outcome-ratings",
                                            "staff-life-story",
                                            "supervision",
                                            "appraisal"};
    BOOST_TEST(registry.tools().size() == 25u);
    BOOST_TEST(ids == expected, "shipped tool ids differ from tools.md");
}

BOOST_AUTO_TEST_CASE(one_page_profile_has_three_lists_of_three) {
    const auto& t = shipped_templates().get("one-page-profile");
    BOOST_TEST(t.title == "One-page profile");
    BOOST_TEST((t.scopes == std::vector<SubjectKind>{SubjectKind::Person, SubjectKind::Staff}));
    BOOST_TEST(t.review_months.value_or(0) == 12);
    BOOST_TEST(!t.sections_needed.has_value());
    BOOST_REQUIRE(t.sections.size() == 3u);
    const char* titles[] = {"What people like and admire about me", "What is important to me",
                            "How best to support me"};
    const char* ids[] = {"appreciation", "important-to-me", "how-to-support"};
    for (int i = 0; i < 3; ++i) {
        BOOST_TEST(t.sections[i].id == ids[i]);
        BOOST_TEST(t.sections[i].title == titles[i]);
        BOOST_TEST((t.sections[i].kind == SectionKind::List));
        BOOST_TEST(t.sections[i].min == 3);
        BOOST_TEST(t.sections[i].counts);
        BOOST_TEST(!t.sections[i].hint.empty());
    }
    BOOST_TEST(t.description.find('\n') == std::string::npos, "description whitespace is collapsed");
    BOOST_TEST(t.source_file.find("one-page-profile.xml") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_shipped_tool_is_described_for_editors) {
    for (const auto& t : shipped_templates().tools()) {
        BOOST_TEST_CONTEXT(t.id) {
            BOOST_TEST(!t.title.empty());
            BOOST_TEST(t.description.size() > 80u);
            BOOST_TEST(!t.scopes.empty());
            BOOST_TEST(fs::path(t.source_file).filename() == t.id + ".xml");
            for (const auto& s : t.sections) {
                BOOST_TEST(!s.title.empty());
                BOOST_TEST(!s.hint.empty());
                for (const auto& c : s.columns) BOOST_TEST(!c.title.empty());
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(shipped_columns_choices_and_conditions) {
    const auto& reg = shipped_templates();
    const auto& circle = *reg.get("relationship-circle").section("people");
    BOOST_TEST((circle.kind == SectionKind::Table));
    BOOST_TEST(circle.min == 3);
    BOOST_TEST(circle.column("name")->required);
    BOOST_TEST(!circle.column("relationship")->required);
    BOOST_TEST(circle.column("circle")->choices.size() == 4u);
    BOOST_TEST(circle.column("circle")->allows("4"));
    BOOST_TEST(!circle.column("circle")->allows("5"));
    BOOST_TEST(circle.column("group")->find_choice("paid-support")->label == "Paid support");
    BOOST_TEST(!circle.column("group")->allows("neighbours"));

    const auto& chart = *reg.get("communication-chart").section("chart");
    std::vector<std::string> titles;
    for (const auto& c : chart.columns) titles.push_back(c.title);
    BOOST_TEST((titles == std::vector<std::string>{"At this time", "When this happens", "We think it means",
                                                   "And we need to"}));
    BOOST_TEST(!chart.column("at-this-time")->required);

    const auto& rows = *reg.get("working-not-working").section("rows");
    BOOST_REQUIRE(rows.conditions.size() == 1u);
    BOOST_TEST(rows.conditions[0].column == "perspective");
    BOOST_TEST(rows.conditions[0].value == "person");
    BOOST_TEST(rows.conditions[0].description == "at least one row from the person's own perspective");

    const auto& meetings = *reg.get("person-centred-review").section("meetings");
    BOOST_TEST((meetings.kind == SectionKind::Dated));
    BOOST_TEST((meetings.column("attendees")->type == ColumnType::Attendees));
    BOOST_TEST(meetings.column("attendees")->choices.size() == 4u);
    BOOST_TEST(
        (reg.get("person-centred-review").section("actions")->column("by-when")->type == ColumnType::Date));
    BOOST_TEST((reg.get("outcomes").section("outcomes")->column("status")->choices.size() == 3u));
    BOOST_TEST((reg.get("development-plan").section("goals")->column("by-when")->type == ColumnType::Date));

    BOOST_TEST(reg.get("my-places").sections_needed.value_or(0) == 3);
    BOOST_TEST(reg.get("life-story").section("events")->year_allowed);
    BOOST_TEST(!reg.get("life-story").review_months.has_value());
    BOOST_TEST(!reg.get("four-plus-one").review_months.has_value());
    BOOST_TEST(reg.get("learning-log").review_months.value_or(0) == 3);
    BOOST_TEST(reg.get("learning-log").section("entries")->newest_first);
    BOOST_TEST(!reg.get("person-centred-review").section("meetings")->newest_first);
    BOOST_TEST((reg.get("team-purpose").section("purpose")->kind == SectionKind::Text));
    BOOST_TEST((reg.get("decision-making-agreement").section("more-control")->kind == SectionKind::Text));
}

BOOST_AUTO_TEST_CASE(tools_for_each_kind_of_subject) {
    std::vector<std::string> team, staff;
    for (const auto* t : shipped_templates().tools_for(SubjectKind::Team)) team.push_back(t->id);
    for (const auto* t : shipped_templates().tools_for(SubjectKind::Staff)) staff.push_back(t->id);
    std::sort(team.begin(), team.end());
    std::sort(staff.begin(), staff.end());
    BOOST_TEST((team == std::vector<std::string>{"doughnut-sort", "four-plus-one", "team-charter",
                                                 "team-purpose", "working-not-working"}));
    BOOST_TEST((staff == std::vector<std::string>{"appraisal", "development-plan", "one-page-profile",
                                                  "staff-life-story", "supervision"}));
    BOOST_TEST(shipped_templates().tools_for(SubjectKind::Person).size() == 19u);
}

BOOST_AUTO_TEST_CASE(asking_for_an_unknown_tool_names_it) {
    BOOST_TEST(shipped_templates().find("sleep-diary") == nullptr);
    try {
        shipped_templates().get("sleep-diary");
        BOOST_FAIL("expected NotFoundError");
    } catch (const pcr::NotFoundError& e) {
        BOOST_TEST(std::string(e.what()).find("'sleep-diary'") != std::string::npos);
        BOOST_TEST(std::string(e.what()).find("one-page-profile") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(a_good_template_parses) {
    const auto result = parse_tool_template_text(kGood, "good.xml");
    BOOST_TEST(result.ok(), all_messages(result.problems));
    BOOST_TEST(result.tool->sections[0].conditions[0].description ==
               "at least 1 row with How I slept 'Well'");
}

BOOST_AUTO_TEST_CASE(malformed_xml_names_the_line) {
    const auto problems = problems_of(
        replaced(kGood, "</column>\n    <column id=\"notes\">", "</colum>\n<column id=\"notes\">"));
    BOOST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0].line == 12);
    BOOST_TEST(problems[0].message.find("not well-formed") != std::string::npos);
    BOOST_TEST(problems[0].to_string().rfind("broken.xml:12: the XML is not well-formed", 0) == 0u);
    BOOST_TEST(has_problem(problems_of(""), 1, "not well-formed"));
}

BOOST_AUTO_TEST_CASE(unknown_kind_type_and_scope_are_reported_at_their_lines) {
    auto problems = problems_of(replaced(kGood, "kind=\"dated\"", "kind=\"calendar\""));
    BOOST_TEST(has_problem(problems, 5,
                           "section 'nights' has unknown kind 'calendar'; use list, table, dated or text"),
               all_messages(problems));
    problems = problems_of(replaced(kGood, "type=\"choice\"", "type=\"colour\""));
    BOOST_TEST(has_problem(problems, 8, "unknown type 'colour'"), all_messages(problems));
    problems = problems_of(replaced(kGood, "scopes=\"person\"", "scopes=\"person client\""));
    BOOST_TEST(has_problem(problems, 2, "scope 'client'; use person, staff or team"), all_messages(problems));
    problems = problems_of(replaced(kGood, "scopes=\"person\"", ""));
    BOOST_TEST(has_problem(problems, 2, "has no scopes"), all_messages(problems));
}

BOOST_AUTO_TEST_CASE(bad_numbers_are_reported) {
    auto problems = problems_of(replaced(kGood, "min=\"2\"", "min=\"-1\""));
    BOOST_TEST(has_problem(problems, 5, "section 'nights' has min -1; use a whole number, 0 or more"),
               all_messages(problems));
    problems = problems_of(replaced(kGood, "min=\"2\"", "min=\"two\""));
    BOOST_TEST(has_problem(problems, 5, "has min two"), all_messages(problems));
    problems = problems_of(replaced(kGood, "review-months=\"2\"", "review-months=\"0\""));
    BOOST_TEST(has_problem(problems, 2, "review-months=\"0\""), all_messages(problems));
    problems = problems_of(replaced(kGood, "review-months=\"2\"", "sections-needed=\"2\""));
    BOOST_TEST(has_problem(problems, 2, "sections-needed=\"2\"; use a whole number from 1 to 1"),
               all_messages(problems));
}

BOOST_AUTO_TEST_CASE(missing_and_duplicate_ids_are_reported) {
    auto problems = problems_of(replaced(kGood, "<tool id=\"sleep-diary\"", "<tool"));
    BOOST_TEST(has_problem(problems, 2, "the tool has no id"), all_messages(problems));
    problems = problems_of(replaced(kGood, "id=\"sleep-diary\"", "id=\"Sleep Diary\""));
    BOOST_TEST(has_problem(problems, 2, "lower-case letters"), all_messages(problems));
    problems = problems_of(replaced(kGood, "<column id=\"notes\">", "<column id=\"how\">"));
    BOOST_TEST(has_problem(problems, 13, "two columns with id 'how'"), all_messages(problems));
    problems = problems_of(replaced(
        kGood, "</tool>", "<section id=\"nights\" kind=\"list\"><title>Again</title></section>\n</tool>"));
    BOOST_TEST(has_problem(problems, 16, "two sections with id 'nights'"), all_messages(problems));
}

BOOST_AUTO_TEST_CASE(conditions_must_name_a_real_column_and_value) {
    auto problems = problems_of(replaced(kGood, "column=\"how\" value", "column=\"mood\" value"));
    BOOST_TEST(has_problem(problems, 14, "condition on column 'mood', which it does not have"),
               all_messages(problems));
    problems = problems_of(replaced(kGood, "value=\"well\"/>", "value=\"soundly\"/>"));
    BOOST_TEST(has_problem(problems, 14, "how='soundly', which is not one of its choices (well, badly)"),
               all_messages(problems));
}

BOOST_AUTO_TEST_CASE(structure_mistakes_are_reported) {
    auto problems = problems_of(replaced(replaced(kGood, "<choice value=\"well\">Well</choice>", ""),
                                         "<choice value=\"badly\">Badly</choice>", ""));
    BOOST_TEST(has_problem(problems, 8, "choice column without <choice> elements"), all_messages(problems));
    problems = problems_of(replaced(kGood, "required=\"true\"", "required=\"yes\""));
    BOOST_TEST(has_problem(problems, 8, "use true or false"), all_messages(problems));
    problems = problems_of(replaced(kGood, "<hint>How did I sleep?</hint>", "<hnit>How did I sleep?</hnit>"));
    BOOST_TEST(has_problem(problems, 7, "<hnit> is not expected inside <section>"), all_messages(problems));
    problems = problems_of(replaced(kGood, "<title>Sleep diary</title>", ""));
    BOOST_TEST(has_problem(problems, 2, "tool 'sleep-diary' has no <title>"), all_messages(problems));
    problems = problems_of(replaced(kGood, "kind=\"dated\" min=\"2\"", "kind=\"text\" min=\"2\""));
    BOOST_TEST(has_problem(problems, 5, "text section, complete when answered; leave out min"),
               all_messages(problems));
    BOOST_TEST(has_problem(problems, 5, "cannot have columns"), all_messages(problems));
    problems = problems_of("<?xml version=\"1.0\"?>\n<template id=\"x\"/>\n");
    BOOST_TEST(has_problem(problems, 2, "a template starts with <tool>"), all_messages(problems));
    problems = problems_of(replaced(kGood, " required=\"true\"", ""));
    BOOST_TEST(has_problem(problems, 5, "no required column"), all_messages(problems));
}

BOOST_AUTO_TEST_CASE(reading_a_missing_file_is_a_problem_not_a_crash) {
    const auto result = parse_tool_template("/nonexistent/pcr/tool.xml");
    BOOST_TEST(!result.ok());
    BOOST_REQUIRE(result.problems.size() == 1u);
    BOOST_TEST(result.problems[0].to_string() ==
               "/nonexistent/pcr/tool.xml: cannot be read; check that the file exists and may be read");
}

BOOST_AUTO_TEST_CASE(loading_a_folder_with_a_broken_template_names_file_and_line) {
    TempFolder folder;
    write_file(folder.path() / "tools" / "a-good.xml", kGood);
    write_file(folder.path() / "tools" / "b-broken.xml",
               replaced(replaced(kGood, "id=\"sleep-diary\"", "id=\"other\""), "kind=\"dated\"",
                        "kind=\"calendar\""));
    try {
        TemplateRegistry::load(folder.path());
        BOOST_FAIL("expected TemplateError");
    } catch (const pcr::TemplateError& e) {
        const std::string message = e.what();
        BOOST_TEST(message.find((folder.path() / "tools" / "b-broken.xml").string() +
                                ":5: section 'nights' has unknown kind 'calendar'") != std::string::npos,
                   message);
        BOOST_TEST(message.find("a-good.xml") == std::string::npos, message);
    }
}

BOOST_AUTO_TEST_CASE(two_files_with_one_tool_id_are_refused_naming_both) {
    TempFolder folder;
    write_file(folder.path() / "tools" / "first.xml", kGood);
    write_file(folder.path() / "tools" / "second.xml", kGood);
    try {
        TemplateRegistry::load(folder.path());
        BOOST_FAIL("expected TemplateError");
    } catch (const TemplateFilesError& e) {
        const std::string message = e.what();
        BOOST_TEST(message.find("second.xml:2: tool id 'sleep-diary' is also used by") != std::string::npos,
                   message);
        BOOST_TEST(message.find("first.xml") != std::string::npos, message);
        BOOST_TEST_REQUIRE(e.problems().size() == 1u);
        BOOST_TEST(e.problems()[0].line == 2);
        BOOST_TEST(e.folder() == folder.path() / "tools");
    }
    TemplateRegistry registry;
    registry.add(*parse_tool_template_text(kGood, "one.xml").tool);
    BOOST_CHECK_THROW(registry.add(*parse_tool_template_text(kGood, "two.xml").tool), pcr::TemplateError);
}

BOOST_AUTO_TEST_CASE(a_doctype_is_refused_so_no_entity_is_left_as_text) {
    const std::string with_entity =
        replaced(replaced(kGood, "<tool ", "<!DOCTYPE tool [\n  <!ENTITY who \"me\">\n]>\n<tool "),
                 "<title>Sleep diary</title>", "<title>&who;</title>");
    const auto problems = problems_of(with_entity);
    BOOST_TEST(has_problem(problems, 2, "a document type declaration"), all_messages(problems));
    BOOST_TEST(!parse_tool_template_text(with_entity, "broken.xml").tool.has_value());
}

BOOST_AUTO_TEST_CASE(text_that_is_not_utf8_is_named_by_its_line) {
    const auto problems = problems_of(replaced(kGood, "How I slept, night", "How I slept, \xE9t\xE9 night"));
    BOOST_TEST(has_problem(problems, 4, "the line is not UTF-8 text"), all_messages(problems));
}

BOOST_AUTO_TEST_CASE(a_missing_or_empty_folder_says_what_to_do) {
    TempFolder folder;
    BOOST_CHECK_EXCEPTION(TemplateRegistry::load(folder.path()), pcr::TemplateError,
                          [](const pcr::TemplateError& e) {
                              return std::string(e.what()).find("PCR_TEMPLATES") != std::string::npos;
                          });
    fs::create_directories(folder.path() / "tools");
    write_file(folder.path() / "tools" / "readme.txt", "not a template");
    BOOST_CHECK_EXCEPTION(
        TemplateRegistry::load(folder.path()), pcr::TemplateError, [](const pcr::TemplateError& e) {
            return std::string(e.what()).find("No tool templates (*.xml)") != std::string::npos;
        });
}

BOOST_AUTO_TEST_CASE(one_more_tool_needs_only_its_template) {
    TempFolder folder;
    fs::copy(fs::path(PCR_SOURCE_TEMPLATES) / "tools", folder.path() / "tools");
    write_file(folder.path() / "tools" / "sleep-diary.xml", kGood);
    const auto registry = TemplateRegistry::load(folder.path());
    BOOST_TEST(registry.tools().size() == 26u);
    BOOST_TEST(registry.tools().back().id == "sleep-diary",
               "a tool without an order comes after the ordered ones");
    BOOST_TEST(registry.tools().front().id == "one-page-profile");
    BOOST_TEST(registry.tools()[1].id == "important-to-for");
    BOOST_TEST(registry.tools()[2].id == "relationship-circle");
    const auto& tool = registry.get("sleep-diary");
    BOOST_TEST(registry.tools_for(SubjectKind::Person).size() == 20u);

    Record record;
    record.tool = "sleep-diary";
    pcr::test::add_row(record, "nights", pcr::test::row({{"how", "badly"}}, "2026-05-01"));
    pcr::test::add_row(record, "nights", pcr::test::row({{"how", "badly"}}, "2026-05-02"));
    auto status = assess(tool, record, pcr::test::day("2026-06-30"));
    BOOST_TEST(status.completeness == 0);
    BOOST_TEST(status.sections[0].missing == "at least 1 row with How I slept 'Well'");
    BOOST_TEST(status.current, "newest night 2026-05-02 is within 2 months");
    BOOST_TEST(status.due->iso() == "2026-07-02");

    pcr::test::add_row(record, "nights", pcr::test::row({{"how", "well"}}, "2026-05-03"));
    status = assess(tool, record, pcr::test::day("2026-07-04"));
    BOOST_TEST(status.completeness == 100);
    BOOST_TEST(status.complete);
    BOOST_TEST(!status.current);
}

BOOST_AUTO_TEST_CASE(default_folder_prefers_the_environment_then_the_tree_around_the_program) {
    const char* saved = std::getenv("PCR_TEMPLATES");
    const std::string saved_value = saved ? saved : "";
    ::setenv("PCR_TEMPLATES", "/somewhere/templates", 1);
    BOOST_TEST(TemplateRegistry::default_folder() == fs::path("/somewhere/templates"));
    ::unsetenv("PCR_TEMPLATES");
    const fs::path found = TemplateRegistry::default_folder();
    BOOST_TEST(fs::is_directory(found / "tools"), found.string());
    BOOST_TEST(TemplateRegistry::load(found).tools().size() >= 18u);
    if (saved) ::setenv("PCR_TEMPLATES", saved_value.c_str(), 1);
}

BOOST_AUTO_TEST_SUITE_END()
