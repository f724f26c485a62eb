// Tests that every export onto a full disk fails with a message saying so and keeps the earlier file as it
// was: the PDFs (written through cairo), HTML, the interchange file and the bulk export.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "model/core/errors.h"
#include "model/exchange/interchange_writer.h"
#include "model/export/bulk_export.h"
#include "model/export/exporter.h"
#include "support/file_size_limit.h"
#include "support/interchange_files.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::everything;
using pcr::test::file_text;
using pcr::test::FileSizeLimit;
using pcr::test::FreshStore;
using pcr::test::sample_caseload;
using pcr::test::shipped_templates;
namespace fs = std::filesystem;

namespace {

constexpr rlim_t kRoom = 2000;  // bytes: less than any export of the sample writes

struct Caseload : FreshStore {
    // A save after the import, which wrote through a rollback journal (the database was empty), so the
    // write-ahead log and its shared memory are in use again as they are for any database at work.
    Caseload() {
        store->import(sample_caseload());
        store->save_subject(pcr::test::person("P-0009", "Nia Later"));
    }
    fs::path out(const std::string& name) const { return folder.path() / name; }
};

// The files in `folder` other than the database's.
std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("records.db", 0) != 0) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

// Runs `write` with the disk "full" and returns what it threw.
template <class Write>
std::string refusal_on_a_full_disk(Write write) {
    FileSizeLimit full(kRoom);
    try {
        write();
    } catch (const pcr::UserError& e) {
        return e.what();
    }
    return "written";
}

// Runs `write` on a disk with room for `room` bytes a file and returns what it said (empty if it succeeded):
// database writes fail as StorageError, exports as UserError.
template <class Write>
std::string database_refusal(rlim_t room, Write write) {
    FileSizeLimit full(room);
    try {
        write();
    } catch (const pcr::Error& e) {
        return e.what();
    }
    return {};
}

// Many people with long names: more than the room left.
Interchange many_people() {
    Interchange data;
    for (int i = 0; i < 400; ++i)
        data.people.push_back({pcr::test::person("P-BIG-" + std::to_string(i),
                                                 "Person " + std::to_string(i) + std::string(400, 'x')),
                               {}});
    return data;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(full_disk_test)

BOOST_AUTO_TEST_CASE(a_profile_pdf_onto_a_full_disk_fails_and_keeps_the_earlier_copy) {
    Caseload c;
    const fs::path file = c.out("zoe.pdf");
    export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", file);
    const std::string earlier = file_text(file);
    BOOST_REQUIRE(earlier.size() > kRoom);

    const std::string message = refusal_on_a_full_disk(
        [&] { export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", file); });
    BOOST_TEST(message.find("zoe.pdf") != std::string::npos, message);
    BOOST_TEST(message.find("nothing was changed") != std::string::npos, message);
    BOOST_TEST(file_text(file) == earlier);
    BOOST_TEST(names_in(c.folder.path()) == std::vector<std::string>{"zoe.pdf"});
}

BOOST_AUTO_TEST_CASE(record_pdf_html_and_xml_onto_a_full_disk_fail_and_keep_the_earlier_copies) {
    Caseload c;
    for (const std::string name : {"zoe.pdf", "zoe.html", "zoe.xml"}) {
        const fs::path file = c.out(name);
        export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", day("2026-10-01"), file);
        const std::string earlier = file_text(file);
        BOOST_REQUIRE(earlier.size() > kRoom);
        const std::string message = refusal_on_a_full_disk([&] {
            export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", day("2026-10-01"),
                          file);
        });
        BOOST_TEST(message.find("nothing was changed") != std::string::npos, name << ": " << message);
        BOOST_TEST(file_text(file) == earlier, name);
    }
    BOOST_TEST((names_in(c.folder.path()) == std::vector<std::string>{"zoe.html", "zoe.pdf", "zoe.xml"}));
}

BOOST_AUTO_TEST_CASE(an_interchange_file_onto_a_full_disk_fails_and_keeps_the_earlier_copy) {
    Caseload c;
    const fs::path file = c.out("all.xml");
    write_interchange(c.store->export_all(), shipped_templates(), file, "2026-11-26T14:00:00Z");
    const std::string earlier = file_text(file);
    const Interchange data = c.store->export_all();
    const std::string message = refusal_on_a_full_disk(
        [&] { write_interchange(data, shipped_templates(), file, "2026-11-27T14:00:00Z"); });
    BOOST_TEST(message.find("nothing was changed") != std::string::npos, message);
    BOOST_TEST(file_text(file) == earlier);
    BOOST_TEST(names_in(c.folder.path()) == std::vector<std::string>{"all.xml"});
}

BOOST_AUTO_TEST_CASE(a_bulk_export_onto_a_full_disk_stops_at_the_first_file_that_does_not_fit) {
    Caseload c;
    const fs::path folder = c.out("profiles");
    fs::create_directory(folder);
    const auto people = c.store->subjects(SubjectKind::Person, SubjectQuery{{}, true});
    NoProgress quiet;
    const std::string message = refusal_on_a_full_disk([&] {
        export_profiles(*c.store, shipped_templates(), people, folder, ExportFormat::Pdf, quiet,
                        EmptyProfiles::Include);
    });
    BOOST_TEST(message.find("nothing was changed") != std::string::npos, message);
    // No empty PDF that looks written, and no temporary left behind.
    BOOST_TEST(names_in(folder).empty());
}

// A server writes onto its own disk, which a limit on this process's files does not fill.
BOOST_AUTO_TEST_CASE(an_import_onto_a_full_disk_fails_and_leaves_the_database_as_it_was,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    Caseload c;
    const std::string before = everything(*c.store);
    const Interchange data = many_people();
    const std::string message = database_refusal(64 * 1024, [&] { c.store->import(data); });
    BOOST_TEST(message.find("the disk is full: nothing was changed") != std::string::npos, message);
    BOOST_TEST(message.find(c.file.string()) != std::string::npos, message);
    BOOST_TEST(everything(*c.store) == before);
    // With room again, the same import goes through.
    c.store->import(data);
    BOOST_TEST(c.store->subject(SubjectKind::Person, "P-BIG-399").has_value());
}

BOOST_AUTO_TEST_CASE(a_save_onto_a_full_disk_fails_and_leaves_the_record_as_it_was,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    Caseload c;
    const std::string before = everything(*c.store);
    // A year of learning-log entries saved at once: more than the room left.
    Record log = pcr::test::sample_log(3000);
    for (const Record& kept : c.store->records(SubjectKind::Person, "P-0001"))
        if (kept.tool == log.tool) log.version = kept.version;
    const std::string message =
        database_refusal(64 * 1024, [&] { c.store->save_record(SubjectKind::Person, "P-0001", log); });
    BOOST_TEST(message.find("the disk is full: nothing was changed") != std::string::npos, message);
    BOOST_TEST(everything(*c.store) == before);
}

BOOST_AUTO_TEST_CASE(a_backup_onto_a_full_disk_fails_and_leaves_no_file) {
    Caseload c;
    const fs::path copy = c.out("copy.db");
    const std::string message = database_refusal(kRoom, [&] { c.store->backup(copy); });
    BOOST_TEST(!message.empty());
    BOOST_TEST(message.find("full") != std::string::npos, message);
    BOOST_TEST(!fs::exists(copy));
}

// Reading needs no room: a completely full disk only refuses the write-ahead log's index, and the file is
// then read as from a read-only medium.
BOOST_AUTO_TEST_CASE(a_database_on_a_full_disk_can_still_be_read) {
    Caseload c;
    const std::size_t people = c.store->count(SubjectKind::Person, true);
    c.store.reset();
    std::string problem;
    std::size_t read = 0;
    {
        FileSizeLimit full(0);
        try {
            read = open_test_store(c.file, OpenMode::Reading)->count(SubjectKind::Person, true);
        } catch (const pcr::Error& e) {
            problem = e.what();
        }
    }
    BOOST_TEST(problem.empty(), problem);
    BOOST_TEST(read == people);
    BOOST_TEST(people > 0u);
}

BOOST_AUTO_TEST_SUITE_END()
