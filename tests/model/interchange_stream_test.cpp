// Tests of the streamed interchange: a large file imported in one pass, a fault far into it rolling back
// everything, and export through InterchangeFileWriter giving the same bytes as the text writer.
#include <boost/test/unit_test.hpp>
#include <tuple>

#include "common/test_store.h"
#include "model/exchange/importer.h"
#include "model/exchange/interchange_reader.h"
#include "model/exchange/interchange_writer.h"
#include "support/interchange_files.h"
#include "support/other_connection.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::interchange_file;
using pcr::test::shipped_templates;

namespace {

constexpr const char* kStamp = "2026-12-01T10:00:00Z";

// `people` people with a four-plus-one record of `items` items each, as the writer lays them out: the
// person with index i starts on line 3 + i * (7 + items).
std::string generated_file(int people, int items) {
    std::string body;
    for (int i = 0; i < people; ++i) {
        const std::string id = "P-" + std::to_string(100000 + i);
        body += "  <person id=\"" + id + "\" status=\"active\">\n    <name>Person " + id + "</name>\n";
        body += "    <record tool=\"four-plus-one\">\n      <section id=\"tried\">\n";
        for (int k = 0; k < items; ++k)
            body += "        <item>tried " + std::to_string(k) + " &amp; kept</item>\n";
        body += "      </section>\n    </record>\n  </person>\n";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pcrecords format=\"1\" exported=\"" +
           std::string(kStamp) + "\">\n" + body + "</pcrecords>\n";
}

std::string whole_export(const Store& store, const std::filesystem::path& file) {
    InterchangeFileWriter writer(shipped_templates(), file, kStamp);
    store.export_each(writer);
    writer.finish();
    return pcr::test::file_text(file);
}

// Counts what it is given, keeping only the ids.
struct Ids final : InterchangeSink {
    std::vector<std::string> subjects;
    int assessments = 0;
    void subject(const SubjectRecords& s) override { subjects.push_back(s.subject.id); }
    void assessment(const WorkbookAssessment&) override { ++assessments; }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(interchange_stream_test)

BOOST_AUTO_TEST_CASE(a_large_generated_file_imports_and_exports_to_the_same_bytes) {
    pcr::test::TempFolder folder;
    const std::string text = generated_file(2000, 30);
    const auto file = folder.path() / "large.xml";
    pcr::test::write_text(file, text);
    auto store = open_test_store(folder.path() / "large.db", OpenMode::CreateIfMissing);
    const ImportCounts counts = import_interchange(*store, shipped_templates(), file);
    BOOST_TEST(counts.people == 2000);
    BOOST_TEST(counts.records == 2000);
    BOOST_TEST(store->count(SubjectKind::Person, true) == 2000u);

    const std::string streamed = whole_export(*store, folder.path() / "out.xml");
    BOOST_TEST((streamed == text));
    // The streamed writer and the text writer agree byte for byte.
    BOOST_TEST((write_interchange_text(store->export_all(), shipped_templates(), kStamp) == streamed));
    BOOST_TEST(!std::filesystem::exists(folder.path() / "out.xml.tmp"));
}

BOOST_AUTO_TEST_CASE(a_fault_far_into_a_file_rolls_back_everything_and_names_its_line) {
    pcr::test::TempFolder folder;
    auto store = open_test_store(folder.path() / "kept.db", OpenMode::CreateIfMissing);
    import_interchange(*store, shipped_templates(), pcr::test::caseload_file());
    const auto before = whole_export(*store, folder.path() / "before.xml");

    const int items = 5, per_person = 7 + items;
    const std::string good = generated_file(1500, items);
    const int fault_line = 3 + 1200 * per_person + 1;  // the <name> of the 1201st person
    // Not well-formed: the subjects before it were written in the transaction already.
    std::string cut = good;
    const auto name_at = cut.find("<name>Person P-101200</name>");
    BOOST_TEST_REQUIRE(name_at != std::string::npos);
    cut.replace(name_at, std::string("<name>Person P-101200</name>").size(),
                "<name>Person P-101200</person>");
    // Well-formed, but the 1201st person's status is not one there is.
    std::string invalid = good;
    invalid.replace(invalid.find("\"P-101200\" status=\"active\""), 26, "\"P-101200\" status=\"asleep\"");

    for (const auto& [what, xml, line, words] :
         {std::tuple{"not well-formed", cut, fault_line, "not well-formed XML"},
          std::tuple{"invalid", invalid, fault_line - 1, "status 'asleep' is not active or archived"}}) {
        BOOST_TEST_CONTEXT(what) {
            const auto file = folder.path() / "bad.xml";
            pcr::test::write_text(file, xml);
            std::vector<InterchangeProblem> problems;
            try {
                import_interchange(*store, shipped_templates(), file);
            } catch (const ImportError& e) {
                problems = e.problems();
            }
            BOOST_TEST_REQUIRE(problems.size() == 1u, pcr::test::listed(problems));
            BOOST_TEST(pcr::test::has_problem(problems, line, {words}), pcr::test::listed(problems));
            BOOST_TEST(store->count(SubjectKind::Person, true) == 5u);
            BOOST_TEST(!store->subject(SubjectKind::Person, "P-100000").has_value());
            BOOST_TEST((whole_export(*store, folder.path() / "after.xml") == before));
        }
    }
}

// The database refusing a subject far into the file, met on the writing thread while the reader is further
// on, ends the import with the database's failure and leaves the store as it was.
BOOST_AUTO_TEST_CASE(a_database_failure_far_into_a_file_is_thrown_on_and_rolls_back_everything) {
    pcr::test::TempFolder folder;
    const auto db = folder.path() / "kept.db";
    auto store = open_test_store(db, OpenMode::CreateIfMissing);
    import_interchange(*store, shipped_templates(), pcr::test::caseload_file());
    const auto before = whole_export(*store, folder.path() / "before.xml");
    pcr::test::refuse_inserts(db, "subject", "refused for the test", "new.ext_id = 'P-101200'");
    const auto file = folder.path() / "large.xml";
    pcr::test::write_text(file, generated_file(1500, 5));
    std::string message;
    try {
        import_interchange(*store, shipped_templates(), file);
    } catch (const pcr::StorageError& e) {
        message = e.what();
    }
    BOOST_TEST(message.find("refused for the test") != std::string::npos, message);
    BOOST_TEST(store->count(SubjectKind::Person, true) == 5u);
    BOOST_TEST(!store->subject(SubjectKind::Person, "P-100000").has_value());
    BOOST_TEST((whole_export(*store, folder.path() / "after.xml") == before));
}

BOOST_AUTO_TEST_CASE(subjects_are_handed_on_until_the_first_problem) {
    pcr::test::TempFolder folder;
    const auto file = folder.path() / "three.xml";
    pcr::test::write_text(
        file, interchange_file("  <person id=\"P-1\"><name>One</name></person>\n"
                               "  <person id=\"P-2\" status=\"asleep\"><name>Two</name></person>\n"
                               "  <person id=\"P-3\"><name>Three</name></person>\n"));
    Ids ids;
    const auto result = stream_interchange(file, shipped_templates(), ids);
    BOOST_TEST_REQUIRE(result.problems.size() == 1u, pcr::test::listed(result.problems));
    BOOST_TEST(result.problems[0].line == 4);
    BOOST_TEST((ids.subjects == std::vector<std::string>{"P-1"}));
    // Read whole, the same file gives every usable subject, as it always has.
    BOOST_TEST(read_interchange(file, shipped_templates()).data.people.size() == 3u);
}

BOOST_AUTO_TEST_CASE(teams_and_key_workers_may_come_later_in_the_file) {
    pcr::test::TempFolder folder;
    const auto file = folder.path() / "later.xml";
    pcr::test::write_text(
        file,
        interchange_file("  <person id=\"P-1\" teams=\"T-9\" key-worker=\"S-9\"><name>One</name></person>\n"
                         "  <staff id=\"S-9\" teams=\"T-9\"><name>Sam</name></staff>\n"
                         "  <team id=\"T-9\" name=\"Ninth\"/>\n"));
    auto store = open_test_store(folder.path() / "later.db", OpenMode::CreateIfMissing);
    const auto counts = import_interchange(*store, shipped_templates(), file);
    BOOST_TEST(counts.people == 1);
    BOOST_TEST(counts.staff == 1);
    BOOST_TEST((store->teams_of(SubjectKind::Person, "P-1") == std::vector<std::string>{"T-9"}));
    BOOST_TEST(store->key_worker("P-1").value_or("") == "S-9");
}

BOOST_AUTO_TEST_CASE(what_the_sink_throws_stops_the_reading_and_is_thrown_on) {
    pcr::test::TempFolder folder;
    const auto file = folder.path() / "two.xml";
    pcr::test::write_text(file, interchange_file("  <person id=\"P-1\"><name>One</name></person>\n"
                                                 "  <person id=\"P-2\"><name>Two</name></person>\n"));
    struct Refusing final : InterchangeSink {
        int seen = 0;
        void subject(const SubjectRecords&) override {
            ++seen;
            throw pcr::StorageError("the disk is full");
        }
        void assessment(const WorkbookAssessment&) override {}
    } refusing;
    BOOST_CHECK_THROW(stream_interchange(file, shipped_templates(), refusing), pcr::StorageError);
    BOOST_TEST(refusing.seen == 1);
}

BOOST_AUTO_TEST_SUITE_END()
