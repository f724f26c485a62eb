// Tests of the audit entries of exports: the detail words, and one entry per profile a bulk export wrote.
#include "model/export/export_audit.h"

#include <boost/test/unit_test.hpp>

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

BOOST_AUTO_TEST_SUITE_END()
