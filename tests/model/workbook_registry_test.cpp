// Tests of the workbook loader: the shipped Progress for Providers workbook, its problem reports, a second
// workbook.
#include "model/domain/workbook_registry.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <set>

#include "model/core/errors.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;
namespace fs = std::filesystem;

namespace {

const fs::path kShippedFolder = fs::path(PCR_SOURCE_DATA) / "workbooks";

const Workbook& shipped() {
    static const WorkbookRegistry registry = WorkbookRegistry::load(kShippedFolder, shipped_templates());
    return registry.get(kDefaultWorkbook);
}

const Topic& topic(const std::string& number) {
    const Topic* t = shipped().find_topic(number);
    BOOST_REQUIRE_MESSAGE(t, "no topic " + number);
    return *t;
}

const EvidenceRule& rule_of(const std::string& number) {
    const Topic& t = topic(number);
    BOOST_REQUIRE_MESSAGE(t.evidence.has_value(), "topic " + number + " has no evidence rule");
    return *t.evidence;
}

const MappingRow& mapping_row(const std::string& mapping, const std::string& key) {
    for (const auto& m : shipped().mappings)
        if (m.id == mapping)
            for (const auto& row : m.rows)
                if (row.key == key) return row;
    BOOST_FAIL("no row '" + key + "' in mapping " + mapping);
    throw std::logic_error("unreachable");
}

std::vector<std::string> numbers(const std::string& section, int first, int last) {
    std::vector<std::string> out;
    for (int i = first; i <= last; ++i) out.push_back(section + "." + std::to_string(i));
    return out;
}

std::vector<std::string> concat(std::initializer_list<std::vector<std::string>> parts) {
    std::vector<std::string> out;
    for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
    return out;
}

void write_file(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

// A small valid workbook; tests break one part of it at a time.
const std::string kGood = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook id="small-workbook">
  <title>A small workbook</title>
  <section number="1">
    <title>The person</title>
    <topic number="1.1">
      <title>We know what matters</title>
      <statement level="1">Not at all.</statement>
      <statement level="2">We know we should.</statement>
      <statement level="3">For some people.</statement>
      <statement level="4">For most people.</statement>
      <statement level="5">For everyone,
        always.</statement>
      <evidence scope="person" tool="outcomes" low="40" high="80">
        <description>outcomes complete and current</description>
        <no-overdue-rows tool="outcomes" section="outcomes" date-column="by-when" open-column="status"
                         open-values="open" grace-days="7">no outcome a week overdue</no-overdue-rows>
      </evidence>
    </topic>
  </section>
  <section number="2">
    <title>The family</title>
    <topic number="2.1">
      <title>Families are heard</title>
      <statement level="5">Always.</statement>
      <statement level="4">Mostly.</statement>
      <statement level="3">Sometimes.</statement>
      <statement level="2">We should.</statement>
      <statement level="1">Never.</statement>
      <evidence scope="person" tool="working-not-working" row-section="rows" row-column="perspective"
                row-value="family">
        <description>working and not working with the family's view</description>
      </evidence>
    </topic>
  </section>
  <mapping id="markers">
    <title>Markers</title>
    <row key="A" topics="2.1 1.1">Everything</row>
    <row key="B" sections="2">Families</row>
  </mapping>
</workbook>
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, "kGood has no '" + from + "'");
    return text.replace(at, from.size(), to);
}

// The 1-based line of the first `needle` in `text`.
int line_of(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, "no '" + needle + "' in the broken text");
    return 1 +
           static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

// Loading a folder holding only `xml` as broken.xml fails with `words` reported against broken.xml:`line`.
void expect_problem(const std::string& xml, int line, const std::string& words) {
    TempFolder folder;
    write_file(folder.path() / "broken.xml", xml);
    try {
        WorkbookRegistry::load(folder.path(), shipped_templates());
        BOOST_ERROR("loaded a workbook that should fail with: " + words);
    } catch (const pcr::TemplateError& e) {
        const std::string message = e.what();
        const std::string where = "broken.xml:" + std::to_string(line) + ": ";
        bool found = false;
        for (auto at = message.find(where); at != std::string::npos && !found;
             at = message.find(where, at + 1))
            found = message.substr(at, message.find('\n', at) - at).find(words) != std::string::npos;
        BOOST_TEST(found, "no problem '" + words + "' at " + where + " in:\n" + message);
        BOOST_TEST((message.find(folder.path().string()) != std::string::npos), "message names the file");
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(workbook_registry_test)

BOOST_AUTO_TEST_CASE(shipped_workbook_has_three_sections_of_ten_three_and_fourteen) {
    const Workbook& w = shipped();
    BOOST_TEST(w.id == "progress-for-providers-homecare");
    BOOST_TEST(w.title.find("Progress for Providers") == 0u);
    BOOST_TEST(fs::path(w.source_file).filename() == "progress-for-providers-homecare.xml");
    BOOST_REQUIRE(w.sections.size() == 3u);
    const char* titles[] = {"The person", "The family", "The staff and manager"};
    const std::size_t sizes[] = {10, 3, 14};
    for (std::size_t s = 0; s < 3; ++s) {
        BOOST_TEST(w.sections[s].number == std::to_string(s + 1));
        BOOST_TEST(w.sections[s].title == titles[s]);
        BOOST_REQUIRE(w.sections[s].topics.size() == sizes[s]);
        for (std::size_t t = 0; t < sizes[s]; ++t)
            BOOST_TEST(w.sections[s].topics[t].number == std::to_string(s + 1) + "." + std::to_string(t + 1));
    }
    BOOST_TEST(w.topics().size() == 27u);
    BOOST_TEST(w.topics().front()->number == "1.1");
    BOOST_TEST(w.topics().back()->number == "3.14");
}

BOOST_AUTO_TEST_CASE(topics_keep_the_workbook_titles) {
    BOOST_TEST(topic("1.1").title ==
               "We see and treat the person as an individual, with dignity and respect");
    BOOST_TEST(topic("1.2").title == "We understand and respect the person’s life history");
    BOOST_TEST(topic("1.4").title == "We know and act on what the person wants in the future (outcomes)");
    BOOST_TEST(topic("2.2").title == "Families contribute their knowledge and expertise");
    BOOST_TEST(topic("3.9").title == "Recruitment and selection is person-centred");
    BOOST_TEST(topic("3.14").title == "Meetings are positive and productive");
    BOOST_TEST(topic("1.3").line > 0);
    BOOST_TEST(topic("1.4").line > topic("1.3").line);
}

BOOST_AUTO_TEST_CASE(every_topic_has_five_statements_in_words) {
    for (const Topic* t : shipped().topics()) {
        BOOST_TEST_CONTEXT(t->number) {
            BOOST_TEST(!t->title.empty());
            BOOST_REQUIRE(t->statements.size() == 5u);
            std::set<std::string> distinct(t->statements.begin(), t->statements.end());
            BOOST_TEST(distinct.size() == 5u);
            for (const auto& s : t->statements) {
                BOOST_TEST(s.size() > 15u);
                BOOST_TEST(s.find('\n') == std::string::npos, "statement whitespace is collapsed");
            }
        }
    }
    BOOST_TEST(topic("1.4").statements[0] == "Our work is about the here and now.");
    BOOST_TEST(topic("2.1").statements[1] == "We help families as best we can when they ask.");
}

BOOST_AUTO_TEST_CASE(evidence_rules_exist_exactly_for_the_measured_topics) {
    const std::set<std::string> measured = {"1.1", "1.2", "1.3",  "1.4", "1.5", "1.6", "1.7",
                                            "1.8", "1.9", "1.10", "2.2", "2.3", "3.1", "3.2",
                                            "3.3", "3.4", "3.5",  "3.6", "3.7", "3.8"};
    std::set<std::string> with_rule;
    for (const Topic* t : shipped().topics()) {
        if (!t->evidence) continue;
        with_rule.insert(t->number);
        BOOST_TEST_CONTEXT(t->number) {
            BOOST_TEST(t->evidence->low == 50);
            BOOST_TEST(t->evidence->high == 90);
            BOOST_TEST(!t->evidence->description.empty());
            for (const auto& extra : t->evidence->extras) BOOST_TEST(!extra.description.empty());
        }
    }
    BOOST_TEST(with_rule == measured);
    BOOST_TEST(!topic("2.1").evidence.has_value());
    for (int i = 9; i <= 14; ++i) BOOST_TEST(!topic("3." + std::to_string(i)).evidence.has_value());
}

BOOST_AUTO_TEST_CASE(person_rules_follow_evidence_md) {
    const auto& r11 = rule_of("1.1");
    BOOST_TEST(r11.tool == "one-page-profile");
    BOOST_TEST(r11.section == "appreciation");
    BOOST_TEST(!r11.need_current);
    BOOST_TEST((r11.scope == SubjectKind::Person));
    BOOST_TEST(r11.extras.empty());

    BOOST_TEST(rule_of("1.2").tool == "life-story");
    BOOST_TEST(!rule_of("1.2").need_current);
    BOOST_TEST(rule_of("1.3").tool == "one-page-profile");
    BOOST_TEST(rule_of("1.3").section.empty());
    BOOST_TEST(rule_of("1.3").need_current);
    BOOST_TEST(rule_of("1.3").description == "one-page profile complete and current");
    BOOST_TEST(rule_of("1.5").tool == "communication-chart");
    BOOST_TEST(rule_of("1.6").tool == "decision-making-agreement");

    const auto& r14 = rule_of("1.4");
    BOOST_TEST(r14.tool == "outcomes");
    BOOST_REQUIRE(r14.extras.size() == 1u);
    const auto& overdue = r14.extras[0];
    BOOST_TEST((overdue.kind == ExtraCondition::Kind::NoOverdueRows));
    BOOST_TEST((overdue.scope == SubjectKind::Person));
    BOOST_TEST((overdue.tools == std::vector<std::string>{"outcomes"}));
    BOOST_TEST(overdue.section == "outcomes");
    BOOST_TEST(overdue.date_column == "by-when");
    BOOST_TEST(overdue.open_column == "status");
    BOOST_TEST((overdue.open_values == std::vector<std::string>{"open"}));
    BOOST_TEST(overdue.grace_days == 30);

    const auto& r17 = rule_of("1.7");
    BOOST_TEST(r17.section == "how-to-support");
    BOOST_TEST(r17.need_current);
    BOOST_REQUIRE(r17.extras.size() == 1u);
    BOOST_TEST((r17.extras[0].kind == ExtraCondition::Kind::Coverage));
    BOOST_TEST((r17.extras[0].tools == std::vector<std::string>{"matching-staff"}));
    BOOST_TEST(r17.extras[0].at_least == 50);
    BOOST_TEST(r17.extras[0].need_current);

    const auto& r18 = rule_of("1.8");
    BOOST_TEST(r18.tool == "person-centred-review");
    BOOST_REQUIRE(r18.extras.size() == 1u);
    BOOST_TEST((r18.extras[0].kind == ExtraCondition::Kind::NoOverdueRows));
    BOOST_TEST(r18.extras[0].section == "actions");
    BOOST_TEST(r18.extras[0].open_column == "done");
    BOOST_TEST(r18.extras[0].open_values.empty());
    BOOST_TEST(r18.extras[0].grace_days == 0);

    const auto& r19 = rule_of("1.9");
    BOOST_TEST(r19.tool == "relationship-circle");
    BOOST_REQUIRE(r19.extras.size() == 1u);
    BOOST_TEST((r19.extras[0].tools == std::vector<std::string>{"my-places", "presence-to-contribution"}));
    BOOST_TEST(r19.extras[0].at_least == 50);

    const auto& r110 = rule_of("1.10");
    BOOST_TEST(r110.tool == "person-centred-review");
    BOOST_REQUIRE(r110.extras.size() == 1u);
    BOOST_TEST((r110.extras[0].tools == std::vector<std::string>{"outcomes"}));
}

BOOST_AUTO_TEST_CASE(family_rules_follow_evidence_md) {
    const auto& r22 = rule_of("2.2");
    BOOST_TEST(r22.tool == "person-centred-review");
    BOOST_TEST(r22.latest_section == "meetings");
    BOOST_TEST(r22.latest_within_months == 12);
    BOOST_TEST(r22.attendee_role == "family");

    const auto& r23 = rule_of("2.3");
    BOOST_TEST(r23.tool == "working-not-working");
    BOOST_TEST(r23.need_current);
    BOOST_TEST(r23.row_section == "rows");
    BOOST_TEST(r23.row_column == "perspective");
    BOOST_TEST(r23.row_value == "family");
}

BOOST_AUTO_TEST_CASE(staff_and_team_rules_follow_evidence_md) {
    BOOST_TEST((rule_of("3.1").scope == SubjectKind::Staff));
    BOOST_TEST(rule_of("3.1").tool == "one-page-profile");
    BOOST_TEST((rule_of("3.2").scope == SubjectKind::Staff));
    BOOST_TEST(rule_of("3.2").tool == "development-plan");
    const std::pair<const char*, const char*> team_rules[] = {
        {"3.3", "team-purpose"}, {"3.4", "team-charter"}, {"3.6", "doughnut-sort"}, {"3.7", "four-plus-one"}};
    for (const auto& [number, tool] : team_rules) {
        BOOST_TEST_CONTEXT(number) {
            BOOST_TEST((rule_of(number).scope == SubjectKind::Team));
            BOOST_TEST(rule_of(number).tool == tool);
        }
    }
    BOOST_TEST(rule_of("3.7").reviewed_within_months.value_or(0) == 12);
    BOOST_TEST(!rule_of("3.3").reviewed_within_months.has_value());

    const auto& r35 = rule_of("3.5");
    BOOST_TEST((r35.scope == SubjectKind::Staff));
    BOOST_REQUIRE(r35.extras.size() == 1u);
    BOOST_TEST((r35.extras[0].kind == ExtraCondition::Kind::Complete));
    BOOST_TEST((r35.extras[0].scope == SubjectKind::Team));
    BOOST_TEST((r35.extras[0].tools == std::vector<std::string>{"team-charter"}));
    BOOST_TEST(!r35.extras[0].need_current);

    BOOST_TEST((rule_of("3.8").scope == SubjectKind::Person));
    BOOST_TEST(rule_of("3.8").tool == "matching-staff");
}

BOOST_AUTO_TEST_CASE(mapping_tables_are_complete) {
    std::vector<std::string> ids;
    std::vector<std::size_t> sizes;
    for (const auto& m : shipped().mappings) {
        ids.push_back(m.id);
        sizes.push_back(m.rows.size());
        BOOST_TEST(!m.title.empty());
        for (const auto& row : m.rows) {
            BOOST_TEST(!row.description.empty());
            BOOST_TEST(!row.topics.empty());
        }
    }
    BOOST_TEST((ids == std::vector<std::string>{"isf-principles", "cqc-outcomes", "ascof-domains",
                                                "making-it-real"}));
    BOOST_TEST((sizes == std::vector<std::size_t>{6, 28, 4, 6}));

    BOOST_TEST((mapping_row("isf-principles", "Who").topics == std::vector<std::string>{"1.6", "3.8"}));
    BOOST_TEST((mapping_row("isf-principles", "Co-production").topics ==
                std::vector<std::string>{"1.8", "2.2", "2.3"}));
    BOOST_TEST((mapping_row("cqc-outcomes", "Outcome 1").topics ==
                concat({numbers("1", 1, 10), numbers("2", 1, 3)})));
    BOOST_TEST(mapping_row("cqc-outcomes", "Outcome 1").description ==
               "Respecting and involving people who use services");
    BOOST_TEST((mapping_row("cqc-outcomes", "Outcome 13").topics == numbers("3", 1, 14)));
    BOOST_TEST((mapping_row("ascof-domains", "Domain 4").topics ==
                concat({numbers("1", 1, 10), numbers("3", 1, 14)})));
    BOOST_TEST((mapping_row("making-it-real", "Information and advice").topics ==
                std::vector<std::string>{"1.6", "1.9", "2.1"}));
    BOOST_TEST((mapping_row("making-it-real", "Flexible integrated care and support").topics ==
                concat({numbers("1", 1, 10), {"2.2", "3.3", "3.8", "3.9"}})));
}

BOOST_AUTO_TEST_CASE(find_and_get) {
    const auto registry = WorkbookRegistry::load(kShippedFolder, shipped_templates());
    BOOST_TEST(registry.find("no-such-workbook") == nullptr);
    BOOST_TEST(shipped().find_topic("1.11") == nullptr);
    BOOST_TEST(shipped().find_topic("3.10")->title == "We have a positive, enabling approach to risk");
    try {
        registry.get("no-such-workbook");
        BOOST_ERROR("get found a workbook that does not exist");
    } catch (const pcr::NotFoundError& e) {
        BOOST_TEST(std::string(e.what()).find("progress-for-providers-homecare") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(the_regulators_tables_are_complete_from_the_workbook) {
    // CQC: every outcome under the workbook's group heading, the groups in the workbook's order.
    std::vector<std::string> groups;
    for (int n = 1; n <= 28; ++n) {
        const auto& row = mapping_row("cqc-outcomes", "Outcome " + std::to_string(n));
        BOOST_TEST(!row.group.empty(), "Outcome " << n << " has no group");
        if (groups.empty() || groups.back() != row.group) groups.push_back(row.group);
    }
    BOOST_TEST((groups == std::vector<std::string>{"Involvement and information",
                                                   "Personalised care, treatment and support",
                                                   "Safeguarding and safety", "Suitability of staffing",
                                                   "Quality and management", "Suitability of management"}));
    BOOST_TEST(mapping_row("cqc-outcomes", "Outcome 9").group == "Safeguarding and safety");

    // ASCOF: each domain's outcome statements as the workbook lists them against each section.
    const auto count = [](const std::string& key, const std::string& section) {
        return mapping_row("ascof-domains", key).statements_for(section).size();
    };
    BOOST_TEST(count("Domain 1", "1") == 2u);
    BOOST_TEST(count("Domain 1", "2") == 3u);  // and the carers' balance
    BOOST_TEST(count("Domain 2", "1") == 3u);
    BOOST_TEST(count("Domain 2", "3") == 2u);
    BOOST_TEST(count("Domain 3", "1") == 2u);
    BOOST_TEST(count("Domain 3", "2") == 3u);
    BOOST_TEST(count("Domain 3", "3") == 1u);
    BOOST_TEST(count("Domain 4", "1") == 4u);
    BOOST_TEST(count("Domain 4", "3") == 4u);
    BOOST_TEST(mapping_row("ascof-domains", "Domain 3").statements_for("3").front().find("dignity") !=
               std::string::npos);
    BOOST_TEST(mapping_row("ascof-domains", "Domain 1").description ==
               "Enhancing quality of life for people with care and support needs");

    // Making it Real: every marker with its "I" statements (4 or 5 each, 26 in all).
    std::size_t statements = 0;
    for (const auto& m : shipped().mappings) {
        if (m.id != "making-it-real") continue;
        for (const auto& row : m.rows) {
            BOOST_TEST(row.statements.size() >= 4u, row.key);
            for (const auto& s : row.statements)
                BOOST_TEST((s.text.rfind("I ", 0) == 0 || s.text.rfind("My ", 0) == 0), s.text);
            statements += row.statements.size();
        }
    }
    BOOST_TEST(statements == 26u);
    BOOST_TEST(mapping_row("making-it-real", "Personal budgets and self-funding").description == "My money");

    // The scale: 1-2, 3, 4, 5, each in the workbook's sense.
    const auto& scale = shipped().scale;
    BOOST_REQUIRE(scale.size() == 4u);
    BOOST_TEST((scale[0].levels == std::vector<int>{1, 2}));
    BOOST_TEST((scale[3].levels == std::vector<int>{5}));
    BOOST_TEST(scale[0].text == "Starting to look at and act on the topic.");
    BOOST_TEST(scale[3].text.find("individualised funding") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_second_workbook_loads_beside_the_first) {
    TempFolder folder;
    fs::copy_file(kShippedFolder / "progress-for-providers-homecare.xml",
                  folder.path() / "progress-for-providers-homecare.xml");
    write_file(folder.path() / "small-workbook.xml", kGood);
    const auto registry = WorkbookRegistry::load(folder.path(), shipped_templates());
    BOOST_REQUIRE(registry.workbooks().size() == 2u);
    BOOST_TEST(registry.get(kDefaultWorkbook).topics().size() == 27u);

    const Workbook& small = registry.get("small-workbook");
    BOOST_TEST(small.title == "A small workbook");
    BOOST_REQUIRE(small.topics().size() == 2u);
    BOOST_TEST(small.topics()[0]->statements[4] == "For everyone, always.");
    BOOST_TEST((small.topics()[1]->statements ==
                std::vector<std::string>{"Never.", "We should.", "Sometimes.", "Mostly.", "Always."}));
    const auto& rule = *small.topics()[0]->evidence;
    BOOST_TEST(rule.low == 40);
    BOOST_TEST(rule.high == 80);
    BOOST_TEST(rule.extras.at(0).grace_days == 7);
    BOOST_TEST(small.topics()[1]->evidence->low == 50, "thresholds default to 50 and 90");
    BOOST_TEST(small.topics()[1]->evidence->high == 90);
    BOOST_TEST((small.mappings.at(0).rows.at(0).topics == std::vector<std::string>{"1.1", "2.1"}),
               "mapping topics come in workbook order");
    BOOST_TEST((small.mappings.at(0).rows.at(1).topics == std::vector<std::string>{"2.1"}));
}

BOOST_AUTO_TEST_CASE(two_files_with_one_id_are_refused) {
    TempFolder folder;
    write_file(folder.path() / "a.xml", kGood);
    write_file(folder.path() / "b.xml", kGood);
    BOOST_CHECK_EXCEPTION(WorkbookRegistry::load(folder.path(), shipped_templates()), pcr::TemplateError,
                          [](const pcr::TemplateError& e) {
                              const std::string m = e.what();
                              return m.find("b.xml: workbook id 'small-workbook' is also used by") !=
                                     std::string::npos;
                          });
}

BOOST_AUTO_TEST_CASE(scales_groups_and_statements_load_and_their_mistakes_are_reported) {
    const std::string rows = "<row key=\"A\" topics=\"2.1 1.1\">Everything</row>";
    const std::string with_parts = replaced(
        replaced(kGood, rows,
                 "<row key=\"A\" sections=\"1 2\" group=\"Heads\"><description>Everything</description>"
                 "<statement>I am heard.</statement><statement sections=\"2\">Families are "
                 "heard.</statement></row>"),
        "<title>A small workbook</title>",
        "<title>A small workbook</title><scale><band levels=\"1 2\">Starting.</band><band levels=\"3 4 "
        "5\">Going.</band></scale>");
    {
        TempFolder folder;
        write_file(folder.path() / "small-workbook.xml", with_parts);
        const auto registry = WorkbookRegistry::load(folder.path(), shipped_templates());
        const Workbook& small = registry.get("small-workbook");
        BOOST_REQUIRE(small.scale.size() == 2u);
        BOOST_TEST((small.scale[1].levels == std::vector<int>{3, 4, 5}));
        const MappingRow& row = small.mappings.at(0).rows.at(0);
        BOOST_TEST(row.description == "Everything");
        BOOST_TEST(row.group == "Heads");
        BOOST_TEST((row.statements_for("1") == std::vector<std::string>{"I am heard."}));
        BOOST_TEST(
            (row.statements_for("2") == std::vector<std::string>{"I am heard.", "Families are heard."}));
    }
    {
        const auto xml = replaced(with_parts, "<band levels=\"3 4 5\">", "<band levels=\"3 4\">");
        expect_problem(xml, line_of(xml, "<scale>"), "must explain every level 1 to 5");
    }
    {
        const auto xml = replaced(with_parts, "<statement sections=\"2\">", "<statement sections=\"3\">");
        expect_problem(xml, line_of(xml, "<statement sections"), "statement for section 3");
    }
    {
        const auto xml = replaced(with_parts, "<description>Everything</description>", "Everything");
        expect_problem(xml, line_of(xml, "key=\"A\""), "holds loose text");
    }
}

BOOST_AUTO_TEST_CASE(broken_structure_is_reported_with_file_and_line) {
    {
        const auto xml = replaced(kGood, "<topic number=\"1.1\">", "<topic number=\"1.1\" colour=\"red\">");
        expect_problem(xml, line_of(xml, "colour"), "unknown attribute 'colour'");
    }
    {
        const auto xml = replaced(kGood, "<section number=\"2\">", "<section>");
        expect_problem(xml, line_of(xml, "<section>"), "a section has no number");
    }
    {
        const auto xml = replaced(kGood, "<statement level=\"3\">Sometimes.</statement>", "");
        expect_problem(xml, line_of(xml, "<topic number=\"2.1\">"), "topic 2.1 has 4 statements");
    }
    {
        const auto xml =
            replaced(kGood, "<statement level=\"2\">We should.</statement>",
                     "<statement level=\"2\">We should.</statement><statement level=\"2\">x</statement>");
        expect_problem(xml, line_of(xml, "<topic number=\"2.1\">"), "topic 2.1 has 6 statements");
    }
    {
        const auto xml = replaced(kGood, "<statement level=\"1\">Never.</statement>",
                                  "<statement level=\"1\"> </statement>");
        expect_problem(xml, line_of(xml, "<statement level=\"1\"> <"), "statement 1 has no text");
    }
    {
        const auto xml = replaced(kGood, "<topic number=\"2.1\">", "<topic number=\"1.1\">");
        expect_problem(xml, line_of(xml, "Families are heard") - 1, "two topics numbered 1.1");
    }
    {
        const auto xml = replaced(kGood, "<topic number=\"2.1\">", "<topic number=\"3.1\">");
        expect_problem(xml, line_of(xml, "<topic number=\"3.1\">"), "must start with 2.");
    }
    {
        const auto xml = replaced(kGood, "</mapping>", "</mappin>");
        expect_problem(xml, line_of(xml, "</mappin>"), "not well-formed");
    }
}

BOOST_AUTO_TEST_CASE(evidence_naming_unknown_things_is_reported) {
    {
        const auto xml = replaced(kGood, "tool=\"outcomes\" low", "tool=\"outcome\" low");
        expect_problem(xml, line_of(xml, "tool=\"outcome\" low"),
                       "names tool 'outcome', which no template defines");
    }
    {
        const auto xml = replaced(kGood, "row-section=\"rows\"", "row-section=\"row\"");
        expect_problem(xml, line_of(xml, "row-section=\"row\""),
                       "names section 'row', which tool 'working-not-working'");
    }
    {
        const auto xml = replaced(kGood, "row-column=\"perspective\"", "row-column=\"view\"");
        expect_problem(xml, line_of(xml, "row-section"), "names column 'view'");
    }
    {
        const auto xml = replaced(kGood, "row-value=\"family\"", "row-value=\"friends\"");
        expect_problem(xml, line_of(xml, "row-section"), "'friends' in column 'perspective'");
    }
    {
        const auto xml = replaced(kGood, "date-column=\"by-when\"", "date-column=\"when\"");
        expect_problem(xml, line_of(xml, "<no-overdue-rows"), "names column 'when'");
    }
    {
        const auto xml = replaced(kGood, "date-column=\"by-when\"", "date-column=\"who\"");
        expect_problem(xml, line_of(xml, "<no-overdue-rows"), "name a date column");
    }
    {
        const auto xml =
            replaced(kGood, "scope=\"person\" tool=\"outcomes\"", "scope=\"team\" tool=\"outcomes\"");
        expect_problem(xml, line_of(xml, "scope=\"team\""), "only kept for person");
    }
    {
        const auto xml = replaced(kGood, "scope=\"person\" tool=\"outcomes\"", "tool=\"outcomes\"");
        expect_problem(xml, line_of(xml, "<evidence tool"), "has no scope");
    }
    {
        const auto xml = replaced(replaced(kGood, "<no-overdue-rows", "<no-overdue-row"),
                                  "</no-overdue-rows>", "</no-overdue-row>");
        expect_problem(xml, line_of(xml, "<no-overdue-row "),
                       "<no-overdue-row> is not expected inside <evidence>");
    }
}

BOOST_AUTO_TEST_CASE(thresholds_out_of_range_are_reported) {
    {
        const auto xml = replaced(kGood, "high=\"80\"", "high=\"101\"");
        expect_problem(xml, line_of(xml, "high=\"101\""), "high=\"101\"; use a whole number from 0 to 100");
    }
    {
        const auto xml = replaced(kGood, "low=\"40\"", "low=\"-5\"");
        expect_problem(xml, line_of(xml, "low=\"-5\""), "low=\"-5\"; use a whole number from 0 to 100");
    }
    {
        const auto xml = replaced(kGood, "low=\"40\"", "low=\"85\"");
        expect_problem(xml, line_of(xml, "low=\"85\""), "low must not be more than high");
    }
}

BOOST_AUTO_TEST_CASE(mapping_rows_naming_unknown_topics_are_reported) {
    {
        const auto xml = replaced(kGood, "topics=\"2.1 1.1\"", "topics=\"2.1 1.4\"");
        expect_problem(xml, line_of(xml, "1.4\""), "row 'A' of mapping 'markers' names topic 1.4");
    }
    {
        const auto xml = replaced(kGood, "sections=\"2\"", "sections=\"3\"");
        expect_problem(xml, line_of(xml, "sections=\"3\""), "names section 3");
    }
}

BOOST_AUTO_TEST_CASE(missing_folder_or_files_say_what_to_do) {
    TempFolder folder;
    BOOST_CHECK_EXCEPTION(WorkbookRegistry::load(folder.path() / "nowhere", shipped_templates()),
                          pcr::TemplateError, [](const pcr::TemplateError& e) {
                              return std::string(e.what()).find("PCR_DATA") != std::string::npos;
                          });
    BOOST_CHECK_EXCEPTION(WorkbookRegistry::load(folder.path(), shipped_templates()), pcr::TemplateError,
                          [](const pcr::TemplateError& e) {
                              return std::string(e.what()).find("No workbooks (*.xml)") != std::string::npos;
                          });
}

BOOST_AUTO_TEST_CASE(default_folder_follows_pcr_data) {
    const char* before = std::getenv("PCR_DATA");
    const std::string saved = before ? before : "";
    ::setenv("PCR_DATA", "/somewhere/data", 1);
    BOOST_TEST(WorkbookRegistry::default_folder() == fs::path("/somewhere/data/workbooks"));
    if (before)
        ::setenv("PCR_DATA", saved.c_str(), 1);
    else
        ::unsetenv("PCR_DATA");
    BOOST_TEST(fs::is_directory(WorkbookRegistry::default_folder()));
}

BOOST_AUTO_TEST_SUITE_END()
