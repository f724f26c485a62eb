// Tests of the audit entries of exports: the detail words, one entry per profile a bulk export wrote, and no
// exported file left without its entry.
#include "model/export/export_audit.h"

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "support/store_samples.h"

using namespace pcr::model;

namespace {

Subject person(const std::string& id) {
    Subject subject;
    subject.id = id;
    subject.name = "Person " + id;
    return subject;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(export_audit_test)

BOOST_AUTO_TEST_CASE(details_name_the_document_and_the_format) {
    BOOST_TEST(export_detail("profile", ExportFormat::Pdf) == "profile pdf");
    BOOST_TEST(export_detail("record", ExportFormat::Xml) == "record xml");
    const Subject mo = person("P-MO");
    const AuditEvent event = export_event(&mo, "record", ExportFormat::Html);
    BOOST_TEST(to_string(event.action) == "export");
    BOOST_TEST((event.kind == SubjectKind::Person));
    BOOST_TEST(event.subject == "P-MO");
    BOOST_TEST(event.detail == "record html");
    const AuditEvent report = export_event(nullptr, "report", ExportFormat::Csv);
    BOOST_TEST(!report.kind.has_value());
    BOOST_TEST(report.subject.empty());
}

BOOST_AUTO_TEST_CASE(a_bulk_export_records_those_written_and_not_those_skipped_or_left_after_a_stop) {
    const std::vector<Subject> subjects = {person("P-1"), person("P-2"), person("P-3"), person("P-4")};
    BulkExportResult result;
    result.skipped = {subjects[1]};
    result.written = {"P-1.pdf", "P-3.pdf"};  // stopped before P-4
    result.cancelled = true;
    const auto events = bulk_export_events(subjects, result, ExportFormat::Pdf);
    BOOST_REQUIRE(events.size() == 2u);
    BOOST_TEST(events[0].subject == "P-1");
    BOOST_TEST(events[1].subject == "P-3");
    BOOST_TEST(events[1].detail == "profile pdf");
}

BOOST_AUTO_TEST_CASE(an_export_the_trail_takes_is_kept_and_recorded) {
    pcr::test::FreshStore fresh;
    fresh.store->save_subject(pcr::test::person("P-1", "Ann Lee"));
    const auto file = fresh.file.parent_path() / "P-1.pdf";
    std::ofstream(file) << "%PDF";
    wait_until_exports_can_be_recorded(*fresh.store);
    const Subject ann = *fresh.store->subject(SubjectKind::Person, "P-1");
    BOOST_TEST(record_export(*fresh.store, {export_event(&ann, "profile", ExportFormat::Pdf)}, {file}));
    BOOST_TEST(std::filesystem::exists(file));
    const auto trail = fresh.store->audit({});
    BOOST_TEST_REQUIRE(!trail.empty());
    BOOST_TEST(trail.back().detail == "profile pdf");
}

BOOST_AUTO_TEST_CASE(an_export_the_trail_cannot_take_is_refused_first_or_its_files_removed) {
    pcr::test::FreshStore fresh;
    fresh.store->save_subject(pcr::test::person("P-1", "Ann Lee"));
    const Subject ann = *fresh.store->subject(SubjectKind::Person, "P-1");
    const auto before = fresh.store->audit({}).size();
    const auto first = fresh.file.parent_path() / "P-1.pdf";
    const auto second = fresh.file.parent_path() / "P-1.html";
    std::ofstream(first) << "%PDF";
    std::ofstream(second) << "<html>";

    // Another program writing, for longer than a save waits.
    const auto other = pcr::test::other_connection(fresh.file);
    other->begin_write();
    BOOST_CHECK_THROW(wait_until_exports_can_be_recorded(*fresh.store), pcr::StorageError);
    try {
        record_export(*fresh.store, {export_event(&ann, "profile", ExportFormat::Pdf)}, {first, second});
        BOOST_FAIL("recorded while another program held the database");
    } catch (const pcr::StorageError& e) {
        const std::string words = e.what();
        BOOST_TEST(words.find("The export's files were removed, so that no copy of the records is left that "
                              "the audit trail does not show.") != std::string::npos,
                   words);
    }
    other->rollback();
    BOOST_TEST(!std::filesystem::exists(first));
    BOOST_TEST(!std::filesystem::exists(second));
    BOOST_TEST(fresh.store->audit({}).size() == before);
}

BOOST_AUTO_TEST_SUITE_END()
