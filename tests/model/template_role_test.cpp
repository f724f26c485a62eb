// Tests of template roles: parsing and checking them, finding tools, sections and columns by role, and a
// provider's templates with other ids still driving the profile, the dashboard, matching and the circle.
#include "model/domain/template_role.h"

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "model/core/errors.h"
#include "model/domain/template_registry.h"
#include "model/export/profile_page.h"
#include "model/export/profile_pdf.h"
#include "model/rules/circle_layout.h"
#include "model/rules/dashboard.h"
#include "model/rules/rating_chart_layout.h"
#include "model/rules/row_due.h"
#include "model/rules/staff_matching.h"
#include "support/pdf_tools.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;

namespace {

// A tool with a role, a section with a role and a column with a role, on lines 2, 5 and 8.
const char* const kRoled = R"(<?xml version="1.0" encoding="UTF-8"?>
<tool id="plan" scopes="person" roles="outcome-plan">
  <title>Plan</title>
  <description>What I want and who helps.</description>
  <section id="steps" kind="table" role="circle-people">
    <title>Steps</title>
    <column id="step" required="true"><title>Step</title></column>
    <column id="due" type="date" role="by-when"><title>Due</title></column>
    <column id="state" type="choice" role="status"><title>State</title>
      <choice value="open">Open</choice>
      <choice value="finished" closes="true">Finished</choice>
    </column>
  </section>
</tool>
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    BOOST_REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string messages(const std::vector<TemplateProblem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.to_string() + "\n";
    return out;
}

bool has_problem(const std::string& xml, int line, const std::string& words) {
    const auto problems = parse_tool_template_text(xml, "plan.xml").problems;
    for (const auto& p : problems)
        if (p.line == line && p.message.find(words) != std::string::npos) return true;
    BOOST_TEST_MESSAGE(messages(problems));
    return false;
}

std::string read(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

// The shipped templates copied into `folder`, with some tools given other ids (file and id renamed), as a
// provider's own set might.
std::filesystem::path renamed_templates(const std::filesystem::path& folder,
                                        const std::vector<std::pair<std::string, std::string>>& renames) {
    const auto tools = folder / "tools";
    std::filesystem::create_directories(tools);
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(PCR_SOURCE_TEMPLATES) / "tools"))
        std::filesystem::copy_file(entry.path(), tools / entry.path().filename());
    for (const auto& [from, to] : renames) {
        const std::string text = read(tools / (from + ".xml"));
        std::filesystem::remove(tools / (from + ".xml"));
        write(tools / (to + ".xml"), replaced(text, "id=\"" + from + "\"", "id=\"" + to + "\""));
    }
    return folder;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_role_test)

BOOST_AUTO_TEST_CASE(role_words_are_defined_once_and_read_back) {
    for (const ToolRole role : {ToolRole::Profile, ToolRole::Review, ToolRole::OutcomePlan,
                                ToolRole::QuickLog, ToolRole::StaffMatching})
        BOOST_TEST((tool_role_from_string(to_string(role)) == role));
    BOOST_TEST(to_string(ToolRole::OutcomePlan) == "outcome-plan");
    BOOST_TEST(to_string(SectionRole::CirclePeople) == "circle-people");
    BOOST_TEST(to_string(ColumnRole::CircleRing) == "circle-ring");
    BOOST_TEST((column_role_from_string("by-when") == ColumnRole::ByWhen));
    BOOST_TEST(!tool_role_from_string("one-page-profile"));
    BOOST_TEST(!section_role_from_string("by-when"));
    BOOST_TEST(tool_role_words() == "profile, review, outcome-plan, quick-log, staff-matching");
}

BOOST_AUTO_TEST_CASE(roles_of_a_tool_its_sections_and_columns_are_parsed) {
    const auto result = parse_tool_template_text(kRoled, "plan.xml");
    BOOST_REQUIRE_MESSAGE(result.ok(), messages(result.problems));
    const ToolTemplate& tool = *result.tool;
    BOOST_TEST(tool.line == 2);
    BOOST_TEST(tool.has_role(ToolRole::OutcomePlan));
    BOOST_TEST(!tool.has_role(ToolRole::Profile));
    BOOST_REQUIRE(tool.section_with(SectionRole::CirclePeople) != nullptr);
    BOOST_TEST(tool.section_with(SectionRole::CirclePeople)->id == "steps");
    BOOST_TEST(!tool.section_with(SectionRole::Skills));
    const SectionTemplate& steps = tool.sections[0];
    BOOST_TEST(steps.column_with(ColumnRole::ByWhen)->id == "due");
    BOOST_TEST(steps.column_with(ColumnRole::Status)->id == "state");
    BOOST_TEST(!steps.column_with(ColumnRole::Done));
    BOOST_TEST(!steps.column_with(ColumnRole::Status)->find_choice("open")->closes);
    BOOST_TEST(steps.column_with(ColumnRole::Status)->find_choice("finished")->closes);

    const auto two = parse_tool_template_text(
        replaced(kRoled, "roles=\"outcome-plan\"", "roles=\"review  quick-log\""), "plan.xml");
    BOOST_REQUIRE_MESSAGE(two.ok(), messages(two.problems));
    BOOST_TEST(two.tool->has_role(ToolRole::Review));
    BOOST_TEST(two.tool->has_role(ToolRole::QuickLog));
}

BOOST_AUTO_TEST_CASE(an_unknown_or_misplaced_role_is_a_problem_at_its_line) {
    BOOST_TEST(
        has_problem(replaced(kRoled, "roles=\"outcome-plan\"", "roles=\"outcomes\""), 2,
                    "has role 'outcomes'; use profile, review, outcome-plan, quick-log, staff-matching"));
    BOOST_TEST(has_problem(replaced(kRoled, "roles=\"outcome-plan\"", "roles=\"review review\""), 2,
                           "lists role 'review' twice"));
    BOOST_TEST(has_problem(replaced(kRoled, "role=\"circle-people\"", "role=\"people\""), 5,
                           "has role 'people'; use circle-people"));
    BOOST_TEST(has_problem(replaced(kRoled, "role=\"circle-people\"", "role=\"skills\""), 5,
                           "which needs a list section"));
    BOOST_TEST(has_problem(replaced(kRoled, "role=\"by-when\"", "role=\"deadline\""), 8,
                           "has role 'deadline'; use circle-ring"));
    BOOST_TEST(has_problem(replaced(kRoled, "role=\"by-when\"", "role=\"group\""), 8,
                           "which needs a choice column"));
    BOOST_TEST(has_problem(replaced(kRoled, "role=\"by-when\"", "role=\"status\""), 9,
                           "two columns with role 'status'"));
    BOOST_TEST(has_problem(replaced(kRoled, "role=\"status\"", "role=\"group\""), 11,
                           "only a column with role=\"status\" uses"));
    BOOST_TEST(has_problem(replaced(kRoled, " closes=\"true\"", ""), 9, "no choice closes a row"));
}

BOOST_AUTO_TEST_CASE(ratings_want_a_dated_section_with_choice_columns_for_measure_and_level) {
    BOOST_TEST(has_problem(replaced(kRoled, "role=\"circle-people\"", "role=\"ratings\""), 5,
                           "which needs a dated section"));
    BOOST_TEST(has_problem(replaced(kRoled, "role=\"by-when\"", "role=\"measure\""), 8,
                           "which needs a choice column"));
    BOOST_TEST(has_problem(replaced(kRoled, "role=\"by-when\"", "role=\"level\""), 8,
                           "which needs a choice column"));
    const auto dated =
        parse_tool_template_text(replaced(replaced(replaced(kRoled, "kind=\"table\" role=\"circle-people\"",
                                                            "kind=\"dated\" role=\"ratings\""),
                                                   "role=\"status\"", "role=\"level\""),
                                          " closes=\"true\"", ""),
                                 "plan.xml");
    BOOST_REQUIRE_MESSAGE(dated.ok(), messages(dated.problems));
    BOOST_TEST(dated.tool->section_with(SectionRole::Ratings)->column_with(ColumnRole::Level)->id == "state");
    BOOST_TEST(!RatingColumns(*dated.tool).drawable(), "no measure column");
    BOOST_TEST(RatingColumns(shipped_templates().get("outcome-ratings")).drawable());
}

BOOST_AUTO_TEST_CASE(a_role_two_templates_declare_names_the_second_file_and_line) {
    TempFolder folder;
    renamed_templates(folder.path(), {});
    write(folder.path() / "tools" / "zz-profile.xml",
          replaced(read(folder.path() / "tools" / "one-page-profile.xml"), "id=\"one-page-profile\"",
                   "id=\"zz-profile\""));
    try {
        TemplateRegistry::load(folder.path());
        BOOST_FAIL("two profiles were loaded");
    } catch (const pcr::TemplateError& error) {
        const std::string message = error.what();
        BOOST_TEST(message.find("zz-profile.xml:3: tool 'zz-profile' has role 'profile', which tool "
                                "'one-page-profile'") != std::string::npos,
                   message);
    }

    TemplateRegistry by_hand;
    ToolTemplate first = shipped_templates().get("one-page-profile");
    ToolTemplate second = first;
    second.id = "other-profile";
    by_hand.add(first);
    BOOST_CHECK_THROW(by_hand.add(second), pcr::TemplateError);
}

BOOST_AUTO_TEST_CASE(the_shipped_templates_give_each_role_to_the_tool_the_design_names) {
    const TemplateRegistry& t = shipped_templates();
    BOOST_TEST(t.with_role(ToolRole::Profile)->id == "one-page-profile");
    BOOST_TEST(t.with_role(ToolRole::Review)->id == "person-centred-review");
    BOOST_TEST(t.with_role(ToolRole::OutcomePlan)->id == "outcomes");
    BOOST_TEST(t.with_role(ToolRole::QuickLog)->id == "learning-log");
    BOOST_TEST(t.with_role(ToolRole::StaffMatching)->id == "matching-staff");

    const CircleColumns circle(t.get("relationship-circle"));
    BOOST_REQUIRE(circle.drawable());
    BOOST_TEST(circle.people->id == "people");
    BOOST_TEST(circle.ring->id == "circle");
    BOOST_TEST(circle.group->id == "group");
    BOOST_TEST(circle.name->id == "name");
    BOOST_TEST(circle.relationship->id == "relationship");
    BOOST_TEST(!CircleColumns(t.get("learning-log")).drawable());

    const ToolTemplate& matching = t.get("matching-staff");
    BOOST_TEST(matching.section_with(SectionRole::SupportWanted)->id == "support");
    BOOST_TEST(matching.section_with(SectionRole::SharedInterests)->id == "shared-interests");
}

BOOST_AUTO_TEST_CASE(without_a_role_the_feature_is_absent_not_broken) {
    TemplateRegistry none;
    ToolTemplate log = shipped_templates().get("learning-log");
    log.roles.clear();
    none.add(log);
    BOOST_TEST(!none.with_role(ToolRole::Profile));
    BOOST_TEST(!none.with_role(ToolRole::QuickLog));

    pcr::test::FreshStore fresh;
    fresh.store->save_subject(pcr::test::person("P-1", "Zoë Jones"));
    const Dashboard board = Dashboard::build(*fresh.store, none, day("2026-06-30"));
    BOOST_TEST(board.no_profile.empty());
    BOOST_TEST(board.reviews_due.empty());
    BOOST_CHECK_THROW(profile_page(*fresh.store, none, SubjectKind::Person, "P-1"), pcr::TemplateError);

    // Rows fall due by the roles of their columns, not by the columns' ids.
    SectionTemplate actions = *shipped_templates().get("person-centred-review").section("actions");
    BOOST_TEST(rows_fall_due(actions));
    for (auto& column : actions.columns) column.role.reset();
    BOOST_TEST(!rows_fall_due(actions));
}

BOOST_AUTO_TEST_CASE(a_profile_template_with_another_id_still_drives_the_profile_and_dashboard) {
    TempFolder folder;
    const TemplateRegistry templates = TemplateRegistry::load(
        renamed_templates(folder.path() / "templates", {{"one-page-profile", "our-profile"},
                                                        {"person-centred-review", "annual-review"},
                                                        {"outcomes", "goals"}}));
    BOOST_REQUIRE(!templates.find("one-page-profile"));
    BOOST_TEST(templates.with_role(ToolRole::Profile)->id == "our-profile");

    pcr::test::FreshStore fresh;
    Store& store = *fresh.store;
    store.save_subject(pcr::test::person("P-1", "Zoë Jones"));
    store.save_subject(pcr::test::person("P-2", "Alan Hughes"));
    Record profile = pcr::test::sample_profile();
    profile.tool = "our-profile";
    store.save_record(SubjectKind::Person, "P-1", profile);
    Record review = pcr::test::sample_review();
    review.tool = "annual-review";
    store.save_record(SubjectKind::Person, "P-1", review);
    Record goals;
    goals.tool = "goals";
    pcr::test::add_row(goals, "outcomes",
                       pcr::test::row({{"outcome", "Live nearer my sister"},
                                       {"action", "Visit two flats"},
                                       {"who", "Alan"},
                                       {"by-when", "2026-06-01"},
                                       {"status", "open"}}));
    store.save_record(SubjectKind::Person, "P-1", goals);

    const ProfilePage page = profile_page(store, templates, SubjectKind::Person, "P-1");
    BOOST_TEST((page.reviewed == day("2026-06-01")));
    BOOST_REQUIRE(page.sections.size() == 3u);
    BOOST_TEST(page.sections[0].items.size() == 3u);
    const auto pdf = folder.path() / "profile.pdf";
    write_profile_pdf(page, pdf);
    BOOST_TEST(pcr::test::pdf_text(pdf).find("appreciation 1") != std::string::npos);

    const Dashboard board = Dashboard::build(store, templates, day("2026-06-30"));
    BOOST_REQUIRE(board.no_profile.size() == 1u);
    BOOST_TEST(board.no_profile[0].id == "P-2");
    BOOST_TEST(board.no_profile[0].tool == "our-profile");
    BOOST_REQUIRE(board.overdue_actions.size() == 0u);  // the review's action is due 2026-07-01
    BOOST_REQUIRE(board.overdue_outcomes.size() == 1u);
    BOOST_TEST(board.overdue_outcomes[0].tool == "goals");
    BOOST_TEST(board.overdue_outcomes[0].text ==
               "Live nearer my sister: Visit two flats (Alan): due 1 Jun 2026, "
               "29 days overdue");
    bool alan_has_no_review = false;
    for (const auto& line : board.reviews_due)
        if (line.id == "P-2" && line.tool == "annual-review") alan_has_no_review = true;
    BOOST_TEST(alan_has_no_review);
}

BOOST_AUTO_TEST_CASE(matching_reads_sections_by_role_whatever_their_ids) {
    ToolTemplate tool = shipped_templates().get("matching-staff");
    tool.sections[0].id = "abilities";  // the section with role skills
    BOOST_REQUIRE((tool.sections[0].role == SectionRole::Skills));
    Record wanted;
    wanted.tool = tool.id;
    wanted.section_for_update("abilities").entries.push_back(Entry{0, {}, "BSL signing", {}});
    const StaffMatcher matcher(tool, wanted);
    BOOST_TEST(!matcher.empty());
    Record staff_profile;
    staff_profile.section_for_update("appreciation")
        .entries.push_back(Entry{0, {}, "Fluent in BSL signing", {}});
    const StaffSuggestion suggestion =
        matcher.assess(pcr::test::staff_member("S-1", "Bryn Evans"), {staff_profile});
    BOOST_TEST(suggestion.score == 6);
    BOOST_REQUIRE(suggestion.reasons.size() == 1u);
    BOOST_TEST(suggestion.reasons[0] == "Has a listed skill: BSL signing");

    for (auto& section : tool.sections) section.role.reset();
    BOOST_TEST(StaffMatcher(tool, wanted).empty());
}

BOOST_AUTO_TEST_CASE(the_circle_is_drawn_from_columns_found_by_role) {
    ToolTemplate tool = shipped_templates().get("relationship-circle");
    SectionTemplate& people = tool.sections[0];
    people.id = "circle-of-support";
    for (auto& column : people.columns) column.id = "c-" + column.id;
    Record record;
    pcr::test::add_row(
        record, "circle-of-support",
        pcr::test::row(
            {{"c-name", "Mair"}, {"c-relationship", "sister"}, {"c-circle", "1"}, {"c-group", "family"}}));
    const CircleLayout layout(tool, record);
    BOOST_REQUIRE(layout.markers().size() == 1u);
    BOOST_TEST(layout.markers()[0].name == "Mair");
    BOOST_TEST(layout.markers()[0].relationship == "sister");
    BOOST_TEST(layout.markers()[0].ring == 1);

    people.role.reset();
    BOOST_CHECK_THROW(CircleLayout(tool, record), pcr::TemplateError);
}

BOOST_AUTO_TEST_SUITE_END()
