// Tests of assessments in the interchange file: evidence, actions and plans written, read back and imported
// exactly, and each bad element named by line.
#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "model/domain/workbook_registry.h"
#include "model/exchange/importer.h"
#include "model/exchange/interchange_reader.h"
#include "model/exchange/interchange_writer.h"
#include "support/assessment_samples.h"
#include "support/interchange_files.h"

using namespace pcr::model;
using pcr::test::full_assessment;
using pcr::test::has_problem;
using pcr::test::interchange_file;
using pcr::test::listed;
using pcr::test::shipped_templates;

namespace {

const std::string kStamp = "2026-11-26T14:00:00Z";

std::string write(const Interchange& data) {
    return write_interchange_text(data, shipped_templates(), kStamp);
}

InterchangeReadResult read(const std::string& xml, const WorkbookRegistry* workbooks = nullptr) {
    return read_interchange_text(xml, shipped_templates(), workbooks);
}

const WorkbookRegistry& shipped_workbooks() {
    static const WorkbookRegistry registry =
        WorkbookRegistry::load(std::filesystem::path(PCR_SOURCE_DATA) / "workbooks", shipped_templates());
    return registry;
}

// An assessment around `body`: <assessment> is line 3, the body starts on line 4.
std::string assessment_file(const std::string& body) {
    return interchange_file(
        "  <assessment date=\"2026-10-01\" workbook=\"progress-for-providers-homecare\">\n" + body +
        "  </assessment>\n");
}

#define CHECK_PROBLEM(result, line, ...) \
    BOOST_TEST(has_problem((result).problems, line, {__VA_ARGS__}), listed((result).problems))

const char* kFullAssessment = R"(<?xml version="1.0" encoding="UTF-8"?>
<pcrecords format="1" exported="2026-11-26T14:00:00Z">
  <assessment date="2026-10-01" workbook="progress-for-providers-homecare" participation="with-team">
    <score topic="1.1" level="3"><evidence measure="one-page-profile/appreciation" count="12" total="30" coverage="40" suggested="3"/><note>Getting there — Zoë's team</note></score>
    <score topic="1.3" level="5"><evidence measure="one-page-profile" count="3" total="30" coverage="10" suggested="3"/></score>
    <score topic="2.1" level="2"><note>Leaflet "in progress" &amp; &lt;draft&gt;</note></score>
    <score topic="2.2"><evidence measure="person-centred-review/family" count="0" total="0" coverage="0" suggested="1"/></score>
    <action topic="1.3" target="4" who="Ayesha Khan" by-when="2026-12-01">Review every profile, then
check them at supervision</action>
    <action topic="1.1" target="4" who="Łukasz" by-when="2026-09-01" done="2026-09-20">Ask families for appreciations</action>
    <action topic="2.1"></action>
    <plan topic="1.3" priority="top" who="Ayesha Khan" by-when="2027-01-31">
      <why>Profiles are out of date</why>
      <first-steps>List who needs one</first-steps>
      <who-else-knows>Team leaders</who-else-knows>
      <how-to-get-help>Team meeting</how-to-get-help>
      <support-inside>Time in rotas</support-inside>
      <support-outside>Training from HSA</support-outside>
      <success>Every profile current; people say staff know them</success>
      <will-have-changed>New staff read a profile before a first visit</will-have-changed>
      <will-see>Profiles on the fridge, dated this year</will-see>
      <will-feel>Confident that staff know Zoë</will-feel>
      <will-hear>"She knew I like my tea weak"</will-hear>
    </plan>
    <plan topic="2.1" priority="next"/>
  </assessment>
</pcrecords>
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_exchange_test)

BOOST_AUTO_TEST_CASE(evidence_actions_and_plans_are_written_in_the_documented_layout) {
    Interchange data;
    data.assessments.push_back(full_assessment());
    BOOST_TEST(write(data) == kFullAssessment);
}

BOOST_AUTO_TEST_CASE(reading_gives_back_every_part) {
    const auto result = read(kFullAssessment);
    BOOST_TEST_REQUIRE(result.ok(), listed(result.problems));
    BOOST_TEST_REQUIRE(result.data.assessments.size() == 1u);
    BOOST_TEST((result.data.assessments[0] == full_assessment()));
    BOOST_TEST(write(result.data) == kFullAssessment);
}

BOOST_AUTO_TEST_CASE(a_file_of_format_1_without_the_new_parts_still_reads) {
    const auto result =
        read(assessment_file("    <score topic=\"1.3\" level=\"4\"><note>Most</note></score>\n"));
    BOOST_TEST_REQUIRE(result.ok(), listed(result.problems));
    const auto& a = result.data.assessments.at(0);
    BOOST_TEST(!a.scores.at(0).evidence.has_value());
    BOOST_TEST(a.actions.empty());
    BOOST_TEST(a.plans.empty());
}

BOOST_AUTO_TEST_CASE(export_import_export_is_exact_apart_from_the_stamp) {
    pcr::test::TempFolder folder;
    auto first = open_test_store(folder.path() / "first.db", OpenMode::CreateIfMissing);
    Interchange data;
    WorkbookAssessment earlier;
    earlier.date = pcr::test::day("2026-04-01");
    earlier.workbook = "progress-for-providers-homecare";
    earlier.scores = {{"1.1", 2, "", std::nullopt}};
    data.assessments = {earlier, full_assessment()};
    first->import(data);

    const auto file = folder.path() / "once.xml";
    write_interchange(first->export_all(), shipped_templates(), file, "2026-12-01T10:00:00Z");
    auto second = open_test_store(folder.path() / "second.db", OpenMode::CreateIfMissing);
    const auto counts = import_interchange(*second, shipped_templates(), file, &shipped_workbooks());
    BOOST_TEST(counts.assessments == 2);
    const std::string once = pcr::test::file_text(file);
    const std::string twice =
        write_interchange_text(second->export_all(), shipped_templates(), "2026-12-01T10:00:00Z");
    BOOST_TEST(twice == once);
    BOOST_TEST(
        once.find("<plan topic=\"1.3\" priority=\"top\" who=\"Ayesha Khan\" by-when=\"2027-01-31\">") !=
        std::string::npos);
    // Who took part, the plans' ranks and the prompts for success go by addition, left out when not set.
    BOOST_TEST(once.find("<assessment date=\"2026-10-01\" workbook=\"progress-for-providers-homecare\" "
                         "participation=\"with-team\">") != std::string::npos);
    BOOST_TEST(once.find("<assessment date=\"2026-04-01\" workbook=\"progress-for-providers-homecare\">") !=
               std::string::npos);
    BOOST_TEST(once.find("<plan topic=\"2.1\" priority=\"next\"/>") != std::string::npos);
    const bool hear =
        once.find("<will-hear>&quot;She knew I like my tea weak&quot;</will-hear>") != std::string::npos ||
        once.find("<will-hear>\"She knew I like my tea weak\"</will-hear>") != std::string::npos;
    BOOST_TEST(hear, once);
}

BOOST_AUTO_TEST_CASE(an_unknown_participation_or_priority_is_named_by_line) {
    std::string xml = assessment_file("    <plan topic=\"1.3\" priority=\"first\"/>\n");
    xml.replace(xml.find("homecare\">"), 10, "homecare\" participation=\"everyone\">");
    const auto result = read(xml);
    CHECK_PROBLEM(result, 3, "participation 'everyone' is not one of alone, with-manager, with-team");
    CHECK_PROBLEM(result, 4, "priority 'first' is not top or next");
}

BOOST_AUTO_TEST_CASE(bad_evidence_is_named_by_line) {
    const auto result = read(assessment_file(
        "    <score topic=\"1.1\"><evidence count=\"1\" total=\"2\" coverage=\"50\"/></score>\n"
        "    <score topic=\"1.2\"><evidence measure=\"m\" count=\"-1\" total=\"2\" "
        "coverage=\"50\"/></score>\n"
        "    <score topic=\"1.3\"><evidence measure=\"m\" count=\"3\" total=\"2\" coverage=\"50\"/></score>\n"
        "    <score topic=\"1.4\"><evidence measure=\"m\" count=\"1\" total=\"2\" coverage=\"150\" "
        "suggested=\"2\"/>"
        "</score>\n"
        "    <score topic=\"1.5\"><evidence measure=\"m\" count=\"1\" total=\"2\" coverage=\"50\" "
        "suggested=\"9\"/>"
        "<evidence measure=\"m\" count=\"1\" total=\"2\" coverage=\"50\"/></score>\n"
        "    <score topic=\"1.6\"><evidence measure=\"m\" total=\"2\" coverage=\"50\" "
        "colour=\"red\"/></score>\n"));
    CHECK_PROBLEM(result, 4, "<evidence>", "no measure");
    CHECK_PROBLEM(result, 5, "count '-1' is not a whole number from 0 to 999999999");
    CHECK_PROBLEM(result, 6, "count 3 is more than the total 2");
    CHECK_PROBLEM(result, 7, "coverage '150' is not a whole number from 0 to 100");
    CHECK_PROBLEM(result, 8, "suggested '9' is not a whole number from 1 to 5");
    CHECK_PROBLEM(result, 8, "a second <evidence>");
    CHECK_PROBLEM(result, 9, "no count; give a whole number from 0 to 999999999");
    CHECK_PROBLEM(result, 9, "unknown attribute 'colour'");
    BOOST_TEST(result.problems.size() == 8u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(bad_actions_and_plans_are_named_by_line) {
    const auto result = read(assessment_file(
        "    <action topic=\"1\">x</action>\n"
        "    <action topic=\"1.1\" target=\"6\" by-when=\"2026-02-30\" done=\"yesterday\">x</action>\n"
        "    <action topic=\"1.2\">a<b/></action>\n"
        "    <plan who=\"Sam\"/>\n"
        "    <plan topic=\"1.3\" by-when=\"soon\"><why>a</why><why>b</why></plan>\n"
        "    <plan topic=\"1.4\"><budget>10</budget></plan>\n"
        "    <plan topic=\"1.4\"/>\n"
        "    <goal topic=\"1.5\"/>\n"));
    CHECK_PROBLEM(result, 4, "<action topic=\"1\">", "topic '1' is not a workbook topic number like 1.3");
    CHECK_PROBLEM(result, 5, "target '6' is not a whole number from 1 to 5");
    CHECK_PROBLEM(result, 5, "by-when '2026-02-30' is not a date as YYYY-MM-DD");
    CHECK_PROBLEM(result, 5, "done 'yesterday' is not a date as YYYY-MM-DD");
    CHECK_PROBLEM(result, 6, "<b>", "unexpected element inside <action>");
    CHECK_PROBLEM(result, 7, "<plan>", "no topic");
    CHECK_PROBLEM(result, 8, "by-when 'soon' is not a date");
    CHECK_PROBLEM(result, 8, "<why>", "a second <why>; merge them");
    CHECK_PROBLEM(result, 9, "<budget>", "unknown element; <plan> holds <why>");
    CHECK_PROBLEM(result, 10, "a second plan for topic 1.4", "line 9");
    CHECK_PROBLEM(result, 11, "<goal topic=\"1.5\">",
                  "<assessment> holds <score>, <action> and <plan> elements");
    BOOST_TEST(result.problems.size() == 11u, listed(result.problems));
}

BOOST_AUTO_TEST_CASE(with_the_workbooks_topics_and_the_workbook_must_exist) {
    const auto result = read(
        interchange_file("  <assessment date=\"2026-10-01\" workbook=\"progress-for-providers-homecare\">\n"
                         "    <score topic=\"1.10\" level=\"3\"/>\n"
                         "    <score topic=\"2.10\" level=\"3\"/>\n"
                         "    <action topic=\"4.1\">x</action>\n"
                         "    <plan topic=\"3.15\"/>\n"
                         "  </assessment>\n"
                         "  <assessment date=\"2026-10-01\" workbook=\"no-such-workbook\">\n"
                         "    <score topic=\"9.9\" level=\"3\"/>\n"
                         "  </assessment>\n"),
        &shipped_workbooks());
    CHECK_PROBLEM(result, 5, "topic 2.10 is not in workbook 'progress-for-providers-homecare'",
                  "1.1-1.10, 2.1-2.3, 3.1-3.14");
    CHECK_PROBLEM(result, 6, "<action topic=\"4.1\">", "topic 4.1 is not in workbook");
    CHECK_PROBLEM(result, 7, "<plan topic=\"3.15\">", "topic 3.15 is not in workbook");
    CHECK_PROBLEM(result, 9,
                  "unknown workbook 'no-such-workbook'; this program knows progress-for-providers-homecare");
    BOOST_TEST(result.problems.size() == 4u, listed(result.problems));
    BOOST_TEST(read(kFullAssessment, &shipped_workbooks()).ok());
}

BOOST_AUTO_TEST_CASE(a_bad_action_stops_the_whole_import) {
    pcr::test::TempFolder folder;
    auto store = open_test_store(folder.path() / "db.pcrdb", OpenMode::CreateIfMissing);
    store->save_assessment(full_assessment());
    const auto file = folder.path() / "bad.xml";
    pcr::test::write_text(
        file, interchange_file("  <person id=\"P-1\" status=\"active\"><name>Ann</name></person>\n"
                               "  <assessment date=\"2027-04-01\" workbook=\"w\">\n"
                               "    <score topic=\"1.1\" level=\"4\"/>\n"
                               "    <action topic=\"1.1\" by-when=\"2027-13-01\">x</action>\n"
                               "  </assessment>\n"));
    BOOST_CHECK_EXCEPTION(
        import_interchange(*store, shipped_templates(), file), ImportError,
        [](const ImportError& e) { return e.problems().size() == 1u && e.problems()[0].line == 6; });
    BOOST_TEST(store->count(SubjectKind::Person, true) == 0u);
    BOOST_TEST_REQUIRE(store->assessments().size() == 1u);
    BOOST_TEST((store->assessments()[0] == full_assessment()));
}

BOOST_AUTO_TEST_SUITE_END()
