// Tests of writing interchange files: exact layout and order, escaping, round trips and saving to disk.
#include "model/exchange/interchange_writer.h"

#include <boost/test/unit_test.hpp>

#include "model/core/errors.h"
#include "model/exchange/interchange_reader.h"
#include "support/interchange_files.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::listed;
using pcr::test::shipped_templates;

namespace {

const std::string kStamp = "2026-11-26T14:00:00Z";

std::string write(const Interchange& data) {
    return write_interchange_text(data, shipped_templates(), kStamp);
}

Entry item(std::string text) {
    return Entry{0, {}, std::move(text), {}};
}

Subject person(std::string id, std::string name) {
    Subject s;
    s.kind = SubjectKind::Person;
    s.id = std::move(id);
    s.name = std::move(name);
    return s;
}

// Peggy's records given out of template order, with empty sections and cells the file leaves out.
Interchange sample() {
    Interchange data;
    SubjectRecords peggy{person("P-0001", "Margaret Jones"), {}};
    peggy.subject.preferred_name = "Peggy";
    peggy.subject.born = day("1941-03-09");

    Record review{"person-centred-review", std::nullopt, {}, 0};
    Entry meeting;
    meeting.date = "2026-05-02";
    meeting.cells.push_back(Cell{"working", "Walks", {}});
    meeting.cells.push_back(Cell{"attendees", "", {{"person", "Peggy"}, {"family", "Alan Jones"}}});
    meeting.cells.push_back(Cell{"not-working", "", {}});
    review.section_for_update("meetings").entries.push_back(meeting);
    review.section_for_update("actions").entries.push_back(pcr::test::row(
        {{"done", ""}, {"who", "Alan"}, {"by-when", "2026-07-01"}, {"action", "Book a taxi"}}));
    peggy.records.push_back(review);

    Record profile{"one-page-profile", day("2026-06-01"), {}, 0};
    profile.section_for_update("how-to-support").entries.push_back(item("Speak slowly"));
    profile.section_for_update("important-to-me");
    profile.section_for_update("appreciation").entries.push_back(item("Quick to make people laugh"));
    peggy.records.push_back(profile);

    Record agreement{"decision-making-agreement", day("2026-01-10"), {}, 0};
    agreement.section_for_update("decisions");
    agreement.section_for_update("more-control").text = "More say over money";
    peggy.records.push_back(agreement);
    data.people.push_back(peggy);

    SubjectRecords sam{person("S-0001", "Sam Lee"), {}};
    sam.subject.kind = SubjectKind::Staff;
    sam.subject.status = Status::Archived;
    data.staff.push_back(sam);

    SubjectRecords team;
    team.subject.kind = SubjectKind::Team;
    team.subject.id = "team";
    Record purpose{"team-purpose", day("2026-02-01"), {}, 0};
    purpose.section_for_update("purpose").text = "Good lives";
    team.records.push_back(purpose);
    team.records.push_back(Record{"four-plus-one", std::nullopt, {}, 0});
    data.team = team;

    WorkbookAssessment assessment{day("2026-10-01"), "progress-for-providers-homecare", {}, {}, {}};
    assessment.scores.push_back(TopicScore{"1.3", 4, "Most profiles current", std::nullopt});
    assessment.scores.push_back(TopicScore{"2.1", std::nullopt, "", std::nullopt});
    data.assessments.push_back(assessment);
    return data;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(interchange_writer_test)

BOOST_AUTO_TEST_CASE(writes_the_documented_layout_in_template_order) {
    const std::string expected = R"(<?xml version="1.0" encoding="UTF-8"?>
<pcrecords format="1" exported="2026-11-26T14:00:00Z">
  <person id="P-0001" status="active">
    <name>Margaret Jones</name>
    <preferred-name>Peggy</preferred-name>
    <born>1941-03-09</born>
    <record tool="one-page-profile" reviewed="2026-06-01">
      <section id="appreciation">
        <item>Quick to make people laugh</item>
      </section>
      <section id="how-to-support">
        <item>Speak slowly</item>
      </section>
    </record>
    <record tool="decision-making-agreement" reviewed="2026-01-10">
      <section id="more-control"><text>More say over money</text></section>
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
  </person>
  <staff id="S-0001" status="archived">
    <name>Sam Lee</name>
  </staff>
  <team>
    <record tool="four-plus-one"/>
    <record tool="team-purpose" reviewed="2026-02-01">
      <section id="purpose"><text>Good lives</text></section>
    </record>
  </team>
  <assessment date="2026-10-01" workbook="progress-for-providers-homecare">
    <score topic="1.3" level="4"><note>Most profiles current</note></score>
    <score topic="2.1"/>
  </assessment>
</pcrecords>
)";
    BOOST_TEST(write(sample()) == expected);
}

BOOST_AUTO_TEST_CASE(records_follow_the_registry_whatever_order_they_come_in) {
    SubjectRecords ann{person("P-1", "Ann"), {}};
    const auto tools = shipped_templates().tools_for(SubjectKind::Person);
    for (auto it = tools.rbegin(); it != tools.rend(); ++it)
        ann.records.push_back(Record{(*it)->id, {}, {}, 0});
    Interchange data;
    data.people.push_back(ann);
    const std::string text = write(data);

    std::size_t at = 0;
    for (const auto* tool : tools) {
        const auto found = text.find("<record tool=\"" + tool->id + "\"/>", at);
        BOOST_TEST_REQUIRE(found != std::string::npos, tool->id << " missing or out of order");
        at = found;
    }
}

BOOST_AUTO_TEST_CASE(what_is_not_set_is_not_written) {
    Interchange data;
    SubjectRecords ann{person("P-1", "Ann"), {}};
    Record log{"learning-log", std::nullopt, {}, 0};
    Entry swim;
    swim.date = "2026-01-05";
    log.section_for_update("entries").entries.push_back(swim);
    ann.records.push_back(log);
    data.people.push_back(ann);
    const std::string text = write(data);
    BOOST_TEST(text.find("preferred-name") == std::string::npos);
    BOOST_TEST(text.find("born") == std::string::npos);
    BOOST_TEST(text.find("reviewed") == std::string::npos);
    BOOST_TEST(text.find("<staff") == std::string::npos);
    BOOST_TEST(text.find("<team") == std::string::npos);
    BOOST_TEST(text.find("        <row date=\"2026-01-05\"></row>\n") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(markup_quotes_and_spacing_survive) {
    Interchange data;
    SubjectRecords odd{person("P-\"1\"&<2>", "Tom & \"Jerry\" <T>"), {}};
    odd.subject.preferred_name = " Tommy ";
    Record profile{"one-page-profile", std::nullopt, {}, 0};
    auto& items = profile.section_for_update("appreciation").entries;
    items.push_back(item("  spaced  "));
    items.push_back(item("line one\n  line two\n"));
    items.push_back(item("windows\r\nline"));
    items.push_back(item("   "));
    items.push_back(item("]]> <!-- not a comment --> &amp;"));
    items.push_back(item("tab\there"));
    odd.records.push_back(profile);
    data.people.push_back(odd);

    const std::string text = write(data);
    BOOST_TEST(text.find("<person id=\"P-&quot;1&quot;&amp;&lt;2&gt;\" status=\"active\">") !=
               std::string::npos);
    BOOST_TEST(text.find("<name>Tom &amp; \"Jerry\" &lt;T&gt;</name>") != std::string::npos);
    BOOST_TEST(text.find("<item>  spaced  </item>") != std::string::npos);
    BOOST_TEST(text.find("<item>line one\n  line two\n</item>") != std::string::npos);
    BOOST_TEST(text.find("<item>windows&#13;\nline</item>") != std::string::npos);
    BOOST_TEST(text.find("<item>]]&gt; &lt;!-- not a comment --&gt; &amp;amp;</item>") != std::string::npos);

    const auto back = read_interchange_text(text, shipped_templates());
    BOOST_TEST_REQUIRE(back.ok(), listed(back.problems));
    BOOST_TEST((back.data == data));
    BOOST_TEST(back.data.people[0].subject.preferred_name == " Tommy ");
    BOOST_TEST(back.data.people[0].records[0].sections[0].entries[2].text == "windows\r\nline");
}

BOOST_AUTO_TEST_CASE(write_then_read_gives_the_same_data_and_text) {
    const auto first = read_interchange_text(pcr::test::odd_unicode_file(), shipped_templates());
    BOOST_TEST_REQUIRE(first.ok(), listed(first.problems));
    const std::string text = write(first.data);
    BOOST_TEST(text.find("<name>Zoë Ó Súilleabháin</name>") != std::string::npos);
    BOOST_TEST(text.find("<attendee role=\"staff\">نسرین</attendee>") != std::string::npos);
    BOOST_TEST(text.find("<item>Sings in Welsh with Siân 🎶</item>") != std::string::npos);
    BOOST_TEST(text.find("<item>&lt;script&gt;alert(\"hi\")&lt;/script&gt; &amp; friends</item>") !=
               std::string::npos);

    const auto second = read_interchange_text(text, shipped_templates());
    BOOST_TEST_REQUIRE(second.ok(), listed(second.problems));
    BOOST_TEST((second.data == first.data));
    BOOST_TEST(write(second.data) == text);

    const auto sample_back = read_interchange_text(write(sample()), shipped_templates());
    BOOST_TEST_REQUIRE(sample_back.ok(), listed(sample_back.problems));
    BOOST_TEST(write(sample_back.data) == write(sample()));
}

BOOST_AUTO_TEST_CASE(records_the_templates_do_not_know_are_kept_at_the_end) {
    Interchange data;
    SubjectRecords ann{person("P-1", "Ann"), {}};
    Record old{"retired-tool", std::nullopt, {}, 0};
    old.section_for_update("notes").entries.push_back(item("kept"));
    ann.records.push_back(old);
    Record profile{"one-page-profile", std::nullopt, {}, 0};
    profile.section_for_update("old-section").entries.push_back(item("also kept"));
    profile.section_for_update("appreciation").entries.push_back(item("first"));
    ann.records.push_back(profile);
    data.people.push_back(ann);

    const std::string text = write(data);
    const auto known = text.find("<record tool=\"one-page-profile\">");
    const auto unknown = text.find("<record tool=\"retired-tool\">");
    BOOST_TEST_REQUIRE(known != std::string::npos);
    BOOST_TEST(unknown > known);
    BOOST_TEST(text.find("<item>kept</item>") != std::string::npos);
    BOOST_TEST(text.find("<section id=\"old-section\">") > text.find("<section id=\"appreciation\">"));
}

BOOST_AUTO_TEST_CASE(saving_replaces_the_file_whole_and_leaves_nothing_else) {
    pcr::test::TempFolder folder;
    const auto file = folder.path() / "export.xml";
    pcr::test::write_text(file, std::string(100000, 'z'));

    write_interchange(sample(), shipped_templates(), file, kStamp);
    BOOST_TEST(pcr::test::file_text(file) == write(sample()));
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(folder.path())) ++entries;
    BOOST_TEST(entries == 1);
}

BOOST_AUTO_TEST_CASE(saving_into_a_missing_folder_says_where) {
    pcr::test::TempFolder folder;
    const auto file = folder.path() / "no-such-folder" / "export.xml";
    BOOST_CHECK_EXCEPTION(write_interchange(sample(), shipped_templates(), file, kStamp), pcr::UserError,
                          [&](const pcr::UserError& e) {
                              return std::string(e.what()).find(file.string()) != std::string::npos;
                          });
    BOOST_TEST(!std::filesystem::exists(file.parent_path()));
}

BOOST_AUTO_TEST_CASE(the_stamp_is_utc_to_the_second) {
    const std::string stamp = utc_stamp_now();
    BOOST_TEST_REQUIRE(stamp.size() == 20u);
    BOOST_TEST(Date::parse(stamp.substr(0, 10)).has_value());
    BOOST_TEST(stamp[10] == 'T');
    BOOST_TEST(stamp[13] == ':');
    BOOST_TEST(stamp[16] == ':');
    BOOST_TEST(stamp[19] == 'Z');
}

BOOST_AUTO_TEST_SUITE_END()
