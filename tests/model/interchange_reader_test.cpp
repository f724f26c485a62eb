// Tests of reading interchange files: the sample caseload, exact text, and each kind of bad input named by
// line.
#include "model/exchange/interchange_reader.h"

#include <boost/test/unit_test.hpp>

#include "support/interchange_files.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::has_problem;
using pcr::test::interchange_file;
using pcr::test::listed;
using pcr::test::person_file;
using pcr::test::shipped_templates;

namespace {

InterchangeReadResult read(const std::string& xml) {
    return read_interchange_text(xml, shipped_templates());
}

// A person P-1 with one record of `tool` holding `sections`: <record> is line 5, the sections start on
// line 6.
std::string record_file(const std::string& tool, const std::string& sections) {
    return person_file("    <record tool=\"" + tool + "\">\n" + sections + "    </record>\n");
}

#define CHECK_PROBLEM(result, line, ...) \
    BOOST_TEST(has_problem((result).problems, line, {__VA_ARGS__}), listed((result).problems))

}  // namespace

BOOST_AUTO_TEST_SUITE(interchange_reader_test)

BOOST_AUTO_TEST_CASE(reads_the_caseload_file) {
    const auto result = read_interchange(pcr::test::caseload_file(), shipped_templates());
    BOOST_TEST_REQUIRE(result.ok(), listed(result.problems));
    const auto& data = result.data;
    BOOST_TEST(data.people.size() == 5u);
    BOOST_TEST(data.staff.size() == 3u);
    BOOST_TEST_REQUIRE(data.team.has_value());
    BOOST_TEST(to_string(data.team->subject.kind) == "team");
    BOOST_TEST(data.team->subject.id == "team");
    BOOST_TEST(data.team->records.size() == 2u);
    BOOST_TEST(data.team->records[0].section("purpose")->text.find("\nWe know what matters") !=
               std::string::npos);

    const auto& first = data.people.front();
    BOOST_TEST(first.subject.id == "P-0001");
    BOOST_TEST(first.subject.name == "Margaret Pritchard");
    BOOST_TEST(first.subject.preferred_name == "Peggy");
    BOOST_TEST(to_string(first.subject.status) == "active");
    BOOST_TEST_REQUIRE(first.records.size() == 3u);
    const auto& profile = first.records.front();
    BOOST_TEST(profile.tool == "one-page-profile");
    BOOST_TEST(profile.reviewed->iso() == "2026-03-12");
    BOOST_TEST_REQUIRE(profile.section("appreciation") != nullptr);
    BOOST_TEST(profile.section("appreciation")->entries.size() == 4u);
    BOOST_TEST(profile.section("appreciation")->entries[2].text == "Loves a sing-song 🎶");

    const auto& circle = first.records[1];
    BOOST_TEST(circle.tool == "relationship-circle");
    const auto& row = circle.section("people")->entries[1];
    BOOST_TEST(row.cells.size() == 4u);
    BOOST_TEST(row.cell("name")->text == "Eirlys");
    BOOST_TEST(row.cell("circle")->text == "2");
    BOOST_TEST(row.cell("group")->text == "friends");

    const auto& zoe = data.people[2];
    BOOST_TEST(zoe.subject.name == "Zoë Ó Súilleabháin");
    BOOST_TEST_REQUIRE(zoe.records.size() == 2u);
    BOOST_TEST(!zoe.records[1].reviewed.has_value());  // four-plus-one has no reviewed date
    BOOST_TEST(data.people[3].records.empty());        // Nasreen has no record yet
    BOOST_TEST(to_string(data.people[4].subject.status) == "archived");

    BOOST_TEST(data.staff[2].subject.id == "S-03");
    BOOST_TEST(to_string(data.staff[2].subject.status) == "archived");

    int rows_with_attendees = 0, attendees = 0;
    for (const auto& person : data.people)
        for (const auto& record : person.records)
            for (const auto& section : record.sections)
                for (const auto& entry : section.entries)
                    if (const auto* cell = entry.cell("attendees")) {
                        ++rows_with_attendees;
                        attendees += static_cast<int>(cell->attendees.size());
                    }
    BOOST_TEST(attendees == 3);
    BOOST_TEST(rows_with_attendees == 1);

    BOOST_TEST_REQUIRE(data.assessments.size() == 1u);
    const auto& assessment = data.assessments[0];
    BOOST_TEST(assessment.workbook == "progress-for-providers-homecare");
    BOOST_TEST(assessment.scores.size() == 2u);
    BOOST_TEST_REQUIRE(assessment.plans.size() == 1u);
    BOOST_TEST(assessment.plans[0].first_steps == "List the profiles due for review this quarter.");
}

BOOST_AUTO_TEST_CASE(reads_every_kind_of_element) {
    const auto result = read(interchange_file(R"(  <person id="P-0001" status="archived">
    <name>Margaret Jones</name>
    <preferred-name>Peggy</preferred-name>
    <born>1941-03-09</born>
    <record tool="life-story">
      <section id="events">
        <row date="1958"><cell column="event">Left school</cell></row>
        <row date="1962-07-14"><cell column="notes">In Rhyl</cell><cell column="event">Married Alan</cell></row>
      </section>
    </record>
    <record tool="person-centred-review">
      <section id="meetings">
        <row date="2026-05-02">
          <cell column="attendees">
            <attendee role="person">Peggy</attendee>
            <attendee role="family">Alan Jones</attendee>
          </cell>
          <cell column="working">Walks</cell>
        </row>
      </section>
      <section id="actions">
        <row><cell column="action">Book a taxi</cell><cell column="who">Alan</cell><cell column="by-when">2026-07-01</cell></row>
      </section>
    </record>
    <record tool="decision-making-agreement" reviewed="2026-01-10">
      <section id="more-control"><text>Choosing my own staff</text></section>
    </record>
  </person>
  <staff id="S-0001" status="active">
    <name>Sam</name>
    <record tool="development-plan"/>
  </staff>
  <team>
    <record tool="team-purpose" reviewed="2026-02-01">
      <section id="purpose"><text>Good lives</text></section>
    </record>
  </team>
  <assessment date="2026-10-01" workbook="progress-for-providers-homecare">
    <score topic="1.3" level="4"><note>Most profiles current</note></score>
    <score topic="2.10"/>
  </assessment>
)"));
    BOOST_TEST_REQUIRE(result.ok(), listed(result.problems));
    const auto& peggy = result.data.people.at(0);
    BOOST_TEST(to_string(peggy.subject.status) == "archived");
    BOOST_TEST(peggy.subject.preferred_name == "Peggy");
    BOOST_TEST(peggy.subject.born->iso() == "1941-03-09");
    const auto& events = peggy.records.at(0).section("events")->entries;
    BOOST_TEST(events.at(0).date == "1958");
    BOOST_TEST(events.at(1).date == "1962-07-14");
    BOOST_TEST(events.at(1).cell("event")->text == "Married Alan");
    const auto& meeting = peggy.records.at(1).section("meetings")->entries.at(0);
    BOOST_TEST(meeting.date == "2026-05-02");
    const auto& who = meeting.cell("attendees")->attendees;
    BOOST_TEST_REQUIRE(who.size() == 2u);
    BOOST_TEST(who[1].role == "family");
    BOOST_TEST(who[1].name == "Alan Jones");
    BOOST_TEST(peggy.records.at(1).section("actions")->entries.at(0).cell("by-when")->text == "2026-07-01");
    BOOST_TEST(peggy.records.at(2).section("more-control")->text == "Choosing my own staff");

    BOOST_TEST(result.data.staff.at(0).records.at(0).tool == "development-plan");
    BOOST_TEST(result.data.staff.at(0).records.at(0).sections.empty());
    BOOST_TEST(result.data.team->records.at(0).section("purpose")->text == "Good lives");

    const auto& assessment = result.data.assessments.at(0);
    BOOST_TEST(assessment.date.iso() == "2026-10-01");
    BOOST_TEST(assessment.workbook == "progress-for-providers-homecare");
    BOOST_TEST_REQUIRE(assessment.scores.size() == 2u);
    BOOST_TEST(assessment.scores[0].level.value_or(0) == 4);
    BOOST_TEST(assessment.scores[0].note == "Most profiles current");
    BOOST_TEST(assessment.scores[1].topic == "2.10");
    BOOST_TEST(!assessment.scores[1].level.has_value());
}

BOOST_AUTO_TEST_CASE(keeps_text_exactly_as_written) {
    const auto result = read(record_file("one-page-profile",
                                         "      <section id=\"appreciation\">\n"
                                         "        <item>  spaced  </item>\n"
                                         "        <item>line one\n  line two\n</item>\n"
                                         "        <item>   </item>\n"
                                         "        <item></item>\n"
                                         "        <item>a &amp; b &lt;c&gt; \"d\" 'e'</item>\n"
                                         "        <item><![CDATA[<raw> & ]]>more</item>\n"
                                         "        <item>tab\there&#13;cr</item>\n"
                                         "      </section>\n"));
    BOOST_TEST_REQUIRE(result.ok(), listed(result.problems));
    const auto& items = result.data.people.at(0).records.at(0).section("appreciation")->entries;
    BOOST_TEST_REQUIRE(items.size() == 7u);
    BOOST_TEST(items[0].text == "  spaced  ");
    BOOST_TEST(items[1].text == "line one\n  line two\n");
    BOOST_TEST(items[2].text == "   ");
    BOOST_TEST(items[3].text == "");
    BOOST_TEST(items[4].text == "a & b <c> \"d\" 'e'");
    BOOST_TEST(items[5].text == "<raw> & more");
    BOOST_TEST(items[6].text == "tab\there\rcr");
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_and_windows_line_ends_are_fine) {
    std::string xml =
        "\xEF\xBB\xBF" + record_file("four-plus-one",
                                     "      <section id=\"tried\"><item>one\ntwo</item></section>\n"
                                     "      <section id=\"nope\"/>\n");
    for (std::size_t at = xml.find('\n'); at != std::string::npos; at = xml.find('\n', at + 2))
        xml.insert(at, 1, '\r');
    const auto result = read(xml);
    BOOST_TEST_REQUIRE(result.problems.size() == 1u, listed(result.problems));
    CHECK_PROBLEM(result, 8, "unknown section 'nope'");
    BOOST_TEST(result.data.people.at(0).records.at(0).section("tried")->entries.at(0).text == "one\ntwo");
}

BOOST_AUTO_TEST_CASE(odd_unicode_is_read_unchanged) {
    const auto result = read(pcr::test::odd_unicode_file());
    BOOST_TEST_REQUIRE(result.ok(), listed(result.problems));
    const auto& zoe = result.data.people.at(0);
    BOOST_TEST(zoe.subject.name == "Zoë Ó Súilleabháin");
    BOOST_TEST(zoe.records.at(0).section("appreciation")->entries.at(0).text == "Sings in Welsh with Siân 🎶");
    BOOST_TEST(zoe.records.at(0).section("appreciation")->entries.at(1).text ==
               "<script>alert(\"hi\")</script> & friends");
    BOOST_TEST(result.data.people.at(1).subject.id == "P-نسرین");
    BOOST_TEST(result.data.staff.at(0).subject.name == "Łukasz Wójcik");
}

BOOST_AUTO_TEST_CASE(an_empty_file_is_refused) {
    for (const std::string empty : {"", "  \n\n "}) {
        const auto result = read(empty);
        BOOST_TEST_REQUIRE(result.problems.size() == 1u);
        BOOST_TEST(result.problems[0].line == 0);
        BOOST_TEST(result.problems[0].message.find("empty") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(xml_that_is_not_well_formed_names_its_line) {
    const auto result =
        read(person_file("    <record tool=\"one-page-profile\">\n"
                         "      <section id=\"appreciation\">\n"
                         "        <item>unclosed\n"
                         "      </section>\n"
                         "    </record>\n"));
    BOOST_TEST_REQUIRE(result.problems.size() == 1u, listed(result.problems));
    BOOST_TEST(result.problems[0].line == 8);
    BOOST_TEST(result.problems[0].message.find("not well-formed XML") != std::string::npos);
    BOOST_TEST(result.data.people.empty());

    const auto cut =
        read("<?xml version=\"1.0\"?>\n<pcrecords format=\"1\">\n  <person id=\"P-1\">\n    <na");
    BOOST_TEST_REQUIRE(cut.problems.size() == 1u);
    BOOST_TEST(cut.problems[0].line == 4);
}

BOOST_AUTO_TEST_CASE(the_root_must_be_pcrecords_of_format_1) {
    const auto other = read("<?xml version=\"1.0\"?>\n<records format=\"1\"/>\n");
    CHECK_PROBLEM(other, 2, "<records", "not <pcrecords>");

    const auto no_format = read("<pcrecords>\n</pcrecords>\n");
    CHECK_PROBLEM(no_format, 1, "no format");

    const auto newer = read("<?xml version=\"1.0\"?>\n<pcrecords format=\"2\">\n  <future/>\n</pcrecords>\n");
    BOOST_TEST_REQUIRE(newer.problems.size() == 1u, listed(newer.problems));
    CHECK_PROBLEM(newer, 2, "<pcrecords format=\"2\">", "format 2 is newer than this program reads (1)");

    const auto word = read("<pcrecords format=\"one\"/>");
    CHECK_PROBLEM(word, 1, "format 'one' is not one this program reads (1)");

    const auto no_root = read("<?xml version=\"1.0\"?>\n<!-- nothing here -->\n");
    BOOST_TEST_REQUIRE(no_root.problems.size() == 1u, listed(no_root.problems));
    BOOST_TEST(no_root.problems[0].message.find("no <pcrecords>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_elements_and_attributes_are_named) {
    const auto result =
        read(interchange_file("  <people/>\n"
                              "  <person id=\"P-1\" status=\"active\" colour=\"red\">\n"
                              "    <name>Ann</name>\n"
                              "    <nickname>Annie</nickname>\n"
                              "  </person>\n"
                              "  stray words\n"));
    CHECK_PROBLEM(result, 3, "<people>", "unknown element");
    CHECK_PROBLEM(result, 4, "unknown attribute 'colour'", "id, status");
    CHECK_PROBLEM(result, 6, "<nickname>", "unknown element");
    CHECK_PROBLEM(result, 8, "<pcrecords format=\"1\">", "unexpected text 'stray words'");
    BOOST_TEST(result.problems.size() == 4u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(people_and_staff_need_an_id_and_a_name) {
    const auto result =
        read(interchange_file("  <person status=\"active\"><name>No Id</name></person>\n"
                              "  <person id=\"P-2\" status=\"active\"></person>\n"
                              "  <person id=\"P-3\" status=\"active\"><name>  </name></person>\n"
                              "  <staff id=\"\" status=\"active\"><name>Sam</name></staff>\n"
                              "  <staff id=\"S-2\"><name>Ok</name><name>Twice</name></staff>\n"));
    CHECK_PROBLEM(result, 3, "no id", "P-0001");
    CHECK_PROBLEM(result, 4, "<person id=\"P-2\">", "no <name>");
    CHECK_PROBLEM(result, 5, "<name>", "the name is empty");
    CHECK_PROBLEM(result, 6, "<staff id=\"\">", "no id", "S-0001");
    CHECK_PROBLEM(result, 7, "<name>", "given twice");
    BOOST_TEST(result.problems.size() == 5u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(status_and_date_of_birth_are_checked) {
    const auto result =
        read(interchange_file("  <person id=\"P-1\" status=\"away\">\n"
                              "    <name>Ann</name>\n"
                              "    <born>09/03/1941</born>\n"
                              "  </person>\n"
                              "  <person id=\"P-2\" status=\"active\">\n"
                              "    <name>Bo</name>\n"
                              "    <born>1941-02-29</born>\n"
                              "  </person>\n"));
    CHECK_PROBLEM(result, 3, "status 'away' is not active or archived");
    CHECK_PROBLEM(result, 5, "<born>", "'09/03/1941' is not a date as YYYY-MM-DD");
    CHECK_PROBLEM(result, 9, "'1941-02-29' is not a date");
    BOOST_TEST(result.problems.size() == 3u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(duplicate_ids_name_both_lines) {
    const auto result =
        read(interchange_file("  <person id=\"P-1\" status=\"active\"><name>Ann</name></person>\n"
                              "  <person id=\"P-2\" status=\"active\"><name>Bo</name></person>\n"
                              "  <person id=\"P-1\" status=\"active\"><name>Cy</name></person>\n"
                              "  <staff id=\"P-2\" status=\"active\"><name>Di</name></staff>\n"
                              "  <staff id=\"S-1\" status=\"active\"><name>Ed</name></staff>\n"
                              "  <staff id=\"S-1\" status=\"active\"><name>Flo</name></staff>\n"));
    CHECK_PROBLEM(result, 5, "person id 'P-1' is used twice, on line 3 and line 5");
    CHECK_PROBLEM(result, 8, "staff member id 'S-1' is used twice, on line 7 and line 8");
    // A person and a staff member may share an id: they are kept apart.
    BOOST_TEST(result.problems.size() == 2u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(one_team_at_most) {
    const auto result = read(interchange_file("  <team/>\n  <team>\n  </team>\n"));
    BOOST_TEST_REQUIRE(result.problems.size() == 1u, listed(result.problems));
    CHECK_PROBLEM(result, 4, "a second <team>", "line 3");
}

BOOST_AUTO_TEST_CASE(teams_and_assignments_are_read_and_outside_references_listed) {
    const auto result = read(interchange_file(
        "  <person id=\"P-1\" status=\"active\" teams=\" T-2  T-1 T-2\" key-worker=\"S-1\">\n"
        "    <name>Ann</name>\n  </person>\n"
        "  <person id=\"P-2\" status=\"active\" teams=\"\" key-worker=\"S-9\"><name>Bo</name></person>\n"
        "  <staff id=\"S-1\" status=\"active\" teams=\"T-1\"><name>Sam</name></staff>\n"
        "  <team id=\"T-1\" name=\"North\"/>\n"
        "  <team/>\n"));
    BOOST_TEST_REQUIRE(result.ok(), listed(result.problems));
    const auto& ann = result.data.people.at(0);
    BOOST_TEST(*ann.teams == (std::vector<std::string>{"T-1", "T-2"}), boost::test_tools::per_element());
    BOOST_TEST(*ann.key_worker == "S-1");
    BOOST_TEST(result.data.people.at(1).teams->empty());
    BOOST_TEST(!result.data.staff.at(0).key_worker.has_value());
    BOOST_REQUIRE(result.data.teams.size() == 1u);
    BOOST_TEST(result.data.teams[0].subject.name == "North");
    BOOST_TEST(result.data.team.has_value());
    // T-2 and S-9 are not in the file: the database they go into must have them.
    BOOST_REQUIRE(result.references_outside.size() == 2u);
    BOOST_TEST(result.references_outside[0].id == "T-2");
    BOOST_TEST(result.references_outside[0].line == 3);
    BOOST_TEST(result.references_outside[1].id == "S-9");
    BOOST_TEST((result.references_outside[1].kind == SubjectKind::Staff));
    BOOST_TEST(result.references_outside[1].line == 6);
}

BOOST_AUTO_TEST_CASE(teams_need_a_name_and_ids_of_their_own) {
    const auto result = read(interchange_file(
        "  <team id=\"T-1\"/>\n"
        "  <team id=\"T-2\" name=\"A\"/>\n"
        "  <team id=\"T-2\" name=\"B\"/>\n"
        "  <team id=\"T 3\" name=\"C\"/>\n"
        "  <staff id=\"S-1\" status=\"active\" key-worker=\"S-2\"><name>Sam</name></staff>\n"));
    CHECK_PROBLEM(result, 3, "<team id=\"T-1\">", "no name");
    CHECK_PROBLEM(result, 5, "team id 'T-2' is used twice, on line 4 and line 5");
    CHECK_PROBLEM(result, 6, "empty or has spaces");
    CHECK_PROBLEM(result, 7, "unknown attribute 'key-worker'");
    BOOST_TEST(result.problems.size() == 4u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(unknown_tools_are_named_with_the_known_ones) {
    const auto result = read(record_file("one-page-profle", ""));
    BOOST_TEST_REQUIRE(result.problems.size() == 1u, listed(result.problems));
    CHECK_PROBLEM(result, 5, "<record tool=\"one-page-profle\">", "unknown tool 'one-page-profle'",
                  "one-page-profile", "relationship-circle", "life-story");
    BOOST_TEST(result.problems[0].message.find("team-purpose") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(tools_must_suit_the_subject) {
    const auto result =
        read(interchange_file("  <person id=\"P-1\" status=\"active\">\n"
                              "    <name>Ann</name>\n"
                              "    <record tool=\"team-purpose\"/>\n"
                              "    <record tool=\"development-plan\"/>\n"
                              "  </person>\n"
                              "  <team>\n"
                              "    <record tool=\"one-page-profile\"/>\n"
                              "  </team>\n"));
    CHECK_PROBLEM(result, 5, "'team-purpose' is not kept for a person");
    CHECK_PROBLEM(result, 6, "'development-plan' is not kept for a person");
    CHECK_PROBLEM(result, 9, "'one-page-profile' is not kept for a team", "team-charter");
    BOOST_TEST(result.problems.size() == 3u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(one_record_per_tool_per_subject) {
    const auto result =
        read(person_file("    <record tool=\"outcomes\"/>\n"
                         "    <record tool=\"life-story\"/>\n"
                         "    <record tool=\"outcomes\" reviewed=\"2026-01-01\"/>\n"));
    BOOST_TEST_REQUIRE(result.problems.size() == 1u, listed(result.problems));
    CHECK_PROBLEM(result, 7, "a second 'outcomes' record", "line 5");
}

BOOST_AUTO_TEST_CASE(sections_must_belong_to_the_tool) {
    const auto result = read(record_file("good-days-bad-days",
                                         "      <section id=\"good-day\"><item>Sun</item></section>\n"
                                         "      <section id=\"ok-day\"><item>Rain</item></section>\n"
                                         "      <section id=\"good-day\"/>\n"
                                         "      <section><item>x</item></section>\n"));
    CHECK_PROBLEM(result, 7, "unknown section 'ok-day' of tool 'good-days-bad-days'", "good-day, bad-day");
    CHECK_PROBLEM(result, 8, "section 'good-day' is given twice", "line 6");
    CHECK_PROBLEM(result, 9, "<section>", "no id", "good-day, bad-day");
    BOOST_TEST(result.problems.size() == 3u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(items_rows_and_text_go_in_sections_of_their_kind) {
    const auto result = read(person_file(R"(    <record tool="relationship-circle">
      <section id="people">
        <item>Alan</item>
      </section>
    </record>
    <record tool="good-days-bad-days">
      <section id="good-day">
        <row><cell column="what">Sun</cell></row>
        loose text
      </section>
    </record>
    <record tool="decision-making-agreement">
      <section id="more-control"><item>Money</item></section>
    </record>
    <record tool="team-charter"/>
)"));
    CHECK_PROBLEM(result, 7, "<item>", "section 'people' of 'relationship-circle' is a table", "<row>");
    CHECK_PROBLEM(result, 12, "<row>", "section 'good-day' of 'good-days-bad-days' is a list", "<item>");
    CHECK_PROBLEM(result, 13, "<section id=\"good-day\">", "unexpected text 'loose text'");
    CHECK_PROBLEM(result, 17, "<item>", "free text", "<text>");
    CHECK_PROBLEM(result, 19, "'team-charter' is not kept for a person");
    BOOST_TEST(result.problems.size() == 5u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(cells_must_name_known_columns_once) {
    const auto result = read(record_file("relationship-circle", R"(      <section id="people">
        <row><cell column="name">Alan</cell><cell column="role">Son</cell></row>
        <row><cell column="name">Bea</cell><cell column="name">Bee</cell></row>
        <row><cell>Cy</cell><cell column="circle">1</cell></row>
        <row><cell column="name"><b>Di</b></cell></row>
      </section>
)"));
    CHECK_PROBLEM(result, 7, "<cell column=\"role\">", "unknown column 'role'",
                  "name, relationship, circle, group");
    CHECK_PROBLEM(result, 8, "column 'name' appears twice");
    CHECK_PROBLEM(result, 9, "<cell>", "no column");
    CHECK_PROBLEM(result, 10, "<b>", "unexpected element");
    BOOST_TEST(result.problems.size() == 4u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(choices_must_be_ones_the_template_allows) {
    const auto result = read(interchange_file(R"(  <person id="P-1" status="active">
    <name>Ann</name>
    <record tool="relationship-circle">
      <section id="people">
        <row><cell column="name">Alan</cell><cell column="circle">7</cell><cell column="group">family</cell></row>
        <row><cell column="name">Bea</cell><cell column="circle">2</cell><cell column="group">neighbours</cell></row>
        <row><cell column="name">Cy</cell><cell column="circle"></cell><cell column="group">friends</cell></row>
      </section>
    </record>
    <record tool="working-not-working">
      <section id="rows">
        <row><cell column="perspective">manager</cell></row>
      </section>
    </record>
  </person>
  <team>
    <record tool="working-not-working">
      <section id="rows"><row><cell column="perspective">staff</cell></row></section>
    </record>
  </team>
)"));
    CHECK_PROBLEM(result, 7, "<cell column=\"circle\">", "'7' is not allowed in column 'circle'",
                  "1, 2, 3, 4");
    CHECK_PROBLEM(result, 8, "'neighbours' is not allowed in column 'group'",
                  "family, friends, paid-support, community");
    CHECK_PROBLEM(result, 14, "'manager' is not allowed in column 'perspective'", "person, family, staff");
    BOOST_TEST(result.problems.size() == 3u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(attendees_need_a_known_role) {
    const auto result = read(record_file("person-centred-review", R"(      <section id="meetings">
        <row date="2026-05-02">
          <cell column="attendees">
            <attendee role="person">Peggy</attendee>
            <attendee role="friend">Iris</attendee>
            <attendee>Nobody</attendee>
            Alan
          </cell>
          <cell column="working"><attendee role="person">Peggy</attendee></cell>
        </row>
      </section>
)"));
    CHECK_PROBLEM(result, 10, "<attendee role=\"friend\">", "role 'friend' is not allowed",
                  "person, family, staff, other");
    CHECK_PROBLEM(result, 11, "<attendee>", "no role");
    CHECK_PROBLEM(result, 12, "<cell column=\"attendees\">", "put each name in <attendee role=");
    CHECK_PROBLEM(result, 14, "<attendee role=\"person\">", "unexpected element");
    BOOST_TEST(result.problems.size() == 4u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(dates_are_checked_where_they_are_given) {
    const auto result = read(interchange_file(R"(  <person id="P-1" status="active">
    <name>Ann</name>
    <record tool="learning-log" reviewed="2026-02-30">
      <section id="entries">
        <row><cell column="what-they-did">Swim</cell></row>
        <row date="2026-13-01"><cell column="what-they-did">Swim</cell></row>
        <row date="2026"><cell column="what-they-did">Swim</cell></row>
        <row date="2026-01-05"><cell column="what-they-did">Swim</cell></row>
      </section>
    </record>
    <record tool="life-story">
      <section id="events">
        <row date="1958"><cell column="event">School</cell></row>
        <row date="58"><cell column="event">School</cell></row>
      </section>
    </record>
    <record tool="outcomes">
      <section id="outcomes">
        <row date="2026-01-01"><cell column="outcome">Walk</cell><cell column="by-when">soon</cell></row>
      </section>
    </record>
  </person>
)"));
    CHECK_PROBLEM(result, 5, "<record tool=\"learning-log\">",
                  "reviewed date '2026-02-30' is not a date as YYYY-MM-DD");
    CHECK_PROBLEM(result, 7, "<row>", "no date", "section 'entries' of 'learning-log'");
    CHECK_PROBLEM(result, 8, "<row date=\"2026-13-01\">", "is not a date as YYYY-MM-DD");
    CHECK_PROBLEM(result, 9, "date '2026' is not a date as YYYY-MM-DD");
    CHECK_PROBLEM(result, 16, "date '58' is not a date as YYYY-MM-DD or a year as YYYY");
    CHECK_PROBLEM(result, 21, "<row date=\"2026-01-01\">", "not dated; remove the date");
    CHECK_PROBLEM(result, 21, "<cell column=\"by-when\">", "'soon' in column 'by-when' is not a date");
    BOOST_TEST(result.problems.size() == 7u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(a_field_over_the_limit_names_the_limit) {
    const std::string huge(20u << 20, 'x');
    const auto result =
        read(record_file("one-page-profile", "      <section id=\"appreciation\">\n        <item>" + huge +
                                                 "</item>\n      </section>\n"));
    BOOST_TEST_REQUIRE(result.problems.size() == 1u, listed(result.problems));
    // Kept only to just past the limit, so the size is not counted: the limit is named.
    CHECK_PROBLEM(result, 7, "<item>", "over the limit of 1048576 bytes");

    const std::string at_limit(kMaxFieldBytes, 'y');
    const auto ok = read(record_file(
        "four-plus-one", "      <section id=\"tried\"><item>" + at_limit + "</item></section>\n"));
    BOOST_TEST_REQUIRE(ok.ok(), listed(ok.problems));
    BOOST_TEST(ok.data.people[0].records[0].section("tried")->entries[0].text.size() == kMaxFieldBytes);
}

BOOST_AUTO_TEST_CASE(text_must_be_utf8_without_control_characters) {
    std::string latin1 = person_file("    <preferred-name>Zo\xEB</preferred-name>\n");
    const auto bad_bytes = read(latin1);
    BOOST_TEST_REQUIRE(bad_bytes.problems.size() == 1u, listed(bad_bytes.problems));
    CHECK_PROBLEM(bad_bytes, 5, "not valid UTF-8");

    const auto reference = read(person_file("    <preferred-name>bell&#7;</preferred-name>\n"));
    CHECK_PROBLEM(reference, 5, "<preferred-name>", "control character U+0007");

    const auto raw =
        read(record_file("four-plus-one", "      <section id=\"tried\"><item>a\x01z</item></section>\n"));
    CHECK_PROBLEM(raw, 6, "<item>", "control character U+0001");

    const auto surrogate = read(person_file("    <preferred-name>&#xD800;</preferred-name>\n"));
    CHECK_PROBLEM(surrogate, 5, "not valid UTF-8");

    std::string nul = person_file("    <preferred-name>x</preferred-name>\n");
    nul.insert(nul.find("x</pref"), 1, '\0');
    const auto with_nul = read(nul);
    CHECK_PROBLEM(with_nul, 5, "NUL byte");

    const auto utf16 = read(std::string("\xFF\xFE<\0p\0", 6));
    BOOST_TEST_REQUIRE(utf16.problems.size() == 1u);
    BOOST_TEST(utf16.problems[0].message.find("UTF-16") != std::string::npos);
}

// A reference to U+0000 used to cut a value short where it stood ("Ann&#0;Smith" kept as "Ann").
BOOST_AUTO_TEST_CASE(a_reference_to_nul_is_refused_in_text_and_attributes) {
    const auto in_text =
        read(interchange_file("  <person id=\"P-1\" status=\"active\">\n"
                              "    <name>Ann&#0;Smith</name>\n  </person>\n"));
    CHECK_PROBLEM(in_text, 4, "<name>", "control character U+0000");
    const auto in_attribute =
        read(interchange_file("  <person id=\"P-&#x0;1\" status=\"active\">\n"
                              "    <name>Ann</name>\n  </person>\n"));
    CHECK_PROBLEM(in_attribute, 3, "<person>", "attribute id", "control character U+0000");
}

// Ids name files in bulk exports and sit in one-line messages and lists.
BOOST_AUTO_TEST_CASE(unsafe_ids_and_direction_overrides_are_refused_with_their_line) {
    const auto person = [](const std::string& id, const std::string& name) {
        return read(interchange_file("  <person id=\"" + id + "\" status=\"active\">\n    <name>" + name +
                                     "</name>\n  </person>\n"));
    };
    CHECK_PROBLEM(person("../../etc/x", "Ann"), 3, "starts with a dot");
    CHECK_PROBLEM(person("P/1", "Ann"), 3, "has a slash in it");
    CHECK_PROBLEM(person("P-1&#10;x", "Ann"), 3, "<person id=\"P-1?x\">", "control character");
    CHECK_PROBLEM(person("P-9 0001", "Ann"), 3, "has a space in it");
    // XML turns a newline typed inside an attribute into a space.
    CHECK_PROBLEM(person("P-9\n0001", "Ann"), 3, "has a space in it");
    CHECK_PROBLEM(person(std::string(10000, 'a'), "Ann"), 3, "10000 bytes long, over the limit of 64");
    CHECK_PROBLEM(person("P-1", "Ann &#x202E;htimS"), 4, "<name>", "text direction override");
    CHECK_PROBLEM(person("P-1", "Ann &#x2066;Smith&#x2069;"), 4, "text direction override");
    const auto team = read(interchange_file("  <team id=\"T\\1\" name=\"North\"/>\n"));
    CHECK_PROBLEM(team, 3, "has a slash in it");
    // Ids as providers write them, and names in any script, are fine.
    BOOST_TEST(person("P-0001_a.b", "Zoë محمد").problems.empty(),
               listed(person("P-0001_a.b", "Zoë").problems));
}

// A birth date in 2090 was kept, and a review date in 2099 kept the record current for decades.
BOOST_AUTO_TEST_CASE(birth_and_review_dates_after_today_are_refused) {
    CHECK_PROBLEM(read(person_file("    <born>2090-01-01</born>\n")), 5, "<born>",
                  "2090-01-01 is after today");
    const auto review =
        read(person_file("    <record tool=\"one-page-profile\" reviewed=\"2099-01-01\">\n"
                         "    </record>\n"));
    CHECK_PROBLEM(review, 5, "<record", "reviewed date 2099-01-01 is after today");
    // Today and earlier days are fine.
    const std::string today = Date::today().iso();
    BOOST_TEST(read(person_file("    <born>1950-01-01</born>\n    <record tool=\"one-page-profile\" "
                                "reviewed=\"" +
                                today + "\">\n    </record>\n"))
                   .problems.empty());
}

BOOST_AUTO_TEST_CASE(assessments_are_checked) {
    const auto result =
        read(interchange_file(R"(  <assessment date="2026-10-32" workbook="progress-for-providers-homecare">
    <score topic="1.3" level="4"/>
  </assessment>
  <assessment date="2026-10-01">
    <score topic="1.3" level="6"/>
    <score topic="13" level="2"/>
    <score topic="1.x" level="2"/>
    <score topic="2.1" level="0"/>
    <score topic="2.2" level="four"/>
    <score topic="2.3" level="3"><note>a</note><note>b</note></score>
    <score topic="2.3"/>
    <score level="3"/>
  </assessment>
)"));
    CHECK_PROBLEM(result, 3, "<assessment date=\"2026-10-32\"", "not a date as YYYY-MM-DD");
    CHECK_PROBLEM(result, 6, "no workbook");
    CHECK_PROBLEM(result, 7, "<score topic=\"1.3\">", "level '6' is not a whole number from 1 to 5");
    CHECK_PROBLEM(result, 8, "topic '13' is not a workbook topic number like 1.3");
    CHECK_PROBLEM(result, 9, "topic '1.x'");
    CHECK_PROBLEM(result, 10, "level '0'");
    CHECK_PROBLEM(result, 11, "level 'four'");
    CHECK_PROBLEM(result, 12, "<note>", "a second <note>");
    CHECK_PROBLEM(result, 13, "topic 2.3 is scored twice", "line 12");
    CHECK_PROBLEM(result, 14, "no topic");
    BOOST_TEST(result.problems.size() == 10u, listed(result.problems));

    const auto twice =
        read(interchange_file("  <assessment date=\"2026-10-01\" workbook=\"w\"/>\n"
                              "  <assessment date=\"2026-10-01\" workbook=\"w\"/>\n"
                              "  <assessment date=\"2026-10-01\" workbook=\"other\"/>\n"));
    BOOST_TEST_REQUIRE(twice.problems.size() == 1u, listed(twice.problems));
    CHECK_PROBLEM(twice, 4, "a second assessment", "line 3");
}

BOOST_AUTO_TEST_CASE(listing_stops_at_the_cap) {
    std::string rows;
    for (int i = 0; i < 200; ++i) rows += "        <row><cell column=\"circle\">9</cell></row>\n";
    const auto result = read(
        record_file("relationship-circle", "      <section id=\"people\">\n" + rows + "      </section>\n"));
    BOOST_TEST(result.problems.size() == kMaxInterchangeProblems);
    BOOST_TEST(result.problems.front().line == 7);
    BOOST_TEST(result.problems.back().line == 7 + static_cast<int>(kMaxInterchangeProblems) - 1);
}

BOOST_AUTO_TEST_CASE(a_doctype_is_refused_where_it_starts_so_no_entity_is_expanded_or_file_read) {
    const std::string person =
        "<pcrecords format=\"1\">\n  <person id=\"P-1\" status=\"active\">\n"
        "    <name>&who;</name>\n  </person>\n</pcrecords>\n";
    for (const std::string doctype :
         {"<!DOCTYPE pcrecords [\n  <!ENTITY who \"Ann\">\n]>\n",
          "<!DOCTYPE pcrecords [\n  <!ENTITY who SYSTEM \"file:///etc/hostname\">\n]>\n",
          "<!DOCTYPE pcrecords SYSTEM \"file:///etc/hostname\">\n"}) {
        const auto result = read("<?xml version=\"1.0\"?>\n" + doctype + person);
        BOOST_TEST_REQUIRE(result.problems.size() == 1u, listed(result.problems));
        CHECK_PROBLEM(result, 2, "<!DOCTYPE pcrecords>", "a document type declaration");
        BOOST_TEST(result.data.people.empty());
    }
    const auto html = read("<!DOCTYPE html>\n<html><body>Ann</body></html>\n");
    CHECK_PROBLEM(html, 1, "<!DOCTYPE html>", "for <html>: this is not a pcrecords interchange file");
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_xml_says_so_with_its_start) {
    const auto csv = read("\n\ntopic,level\n1.1,3\n");
    BOOST_TEST_REQUIRE(csv.problems.size() == 1u, listed(csv.problems));
    CHECK_PROBLEM(csv, 3, "this is not an XML file: it starts with 'topic,level'");
    const auto pdf = read("%PDF-1.5\n%\xE2\xE3\xCF\xD3\n");
    BOOST_TEST_REQUIRE(pdf.problems.size() == 1u, listed(pdf.problems));
    CHECK_PROBLEM(pdf, 1, "it starts with '%PDF-1.5'");
    BOOST_TEST(read("\xEF\xBB\xBF<pcrecords format=\"1\"/>\n").ok());
}

BOOST_AUTO_TEST_CASE(a_text_or_markup_of_any_length_is_refused_without_keeping_it) {
    // The text stops being kept just past the limit: refused at its line with the limit, reading ended.
    const auto text = read(
        person_file("    <record tool=\"one-page-profile\">\n      <section id=\"appreciation\">\n"
                    "        <item>" +
                    std::string(3 * kMaxFieldBytes, 'a') + "</item>\n      </section>\n    </record>\n"));
    BOOST_TEST_REQUIRE(text.problems.size() == 1u, listed(text.problems));
    CHECK_PROBLEM(text, 7, "<item>", "over the limit of 1048576 bytes");
    // A comment that never ends would be held whole by expat: refused once it runs on past 16 MB.
    const auto comment = read("<pcrecords format=\"1\">\n<!-- " + std::string(20u << 20, 'c'));
    BOOST_TEST_REQUIRE(comment.problems.size() == 1u, listed(comment.problems));
    CHECK_PROBLEM(comment, 2, "runs on for over 16777216 bytes");
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_one_problem) {
    const auto result = read_interchange("/nonexistent/pcrecords/none.xml", shipped_templates());
    BOOST_TEST_REQUIRE(result.problems.size() == 1u);
    BOOST_TEST(result.problems[0].line == 0);
    BOOST_TEST(result.problems[0].to_string() == "the file does not exist; check its name and folder");
}

BOOST_AUTO_TEST_CASE(problems_print_line_element_and_message) {
    const InterchangeProblem p{12, "<cell column=\"wrong\">", "unknown column 'wrong'"};
    BOOST_TEST(p.to_string() == "line 12: <cell column=\"wrong\">: unknown column 'wrong'");
    const InterchangeProblem whole{3, "", "not well-formed XML"};
    BOOST_TEST(whole.to_string() == "line 3: not well-formed XML");
}

BOOST_AUTO_TEST_SUITE_END()
