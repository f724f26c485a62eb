// Tests that care data is written readable by its owner only whatever the umask: the helpers, a new database
// and its -wal/-shm, a backup, every export format, and finding and mending a database others can read.
#include "model/core/private_file.h"

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "common/file_modes.h"
#include "model/backends/store_files.h"
#include "model/core/errors.h"
#include "model/domain/workbook_registry.h"
#include "model/exchange/interchange_writer.h"
#include "model/export/bulk_export.h"
#include "model/export/exporter.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::FreshStore;
using pcr::test::mode_of;
using pcr::test::sample_caseload;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;
using pcr::test::UsualUmask;
namespace fs = std::filesystem;

namespace {

void write_text(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

// The sample caseload (Zoë is P-0001, with an assessment of 2026-10-01 in the homecare workbook), written
// under the usual umask.
struct Caseload : FreshStore {
    UsualUmask umask;
    // A save after the import, which wrote through a rollback journal (the database was empty), so the
    // write-ahead log and its shared memory are in use again as they are for any database at work.
    Caseload() {
        store->import(sample_caseload());
        store->save_subject(pcr::test::person("P-0009", "Nia Later"));
    }
    fs::path out(const std::string& name) const { return folder.path() / name; }
};

const Workbook& homecare() {
    static const WorkbookRegistry registry =
        WorkbookRegistry::load(fs::path(PCR_SOURCE_DATA) / "workbooks", shipped_templates());
    return registry.get(kDefaultWorkbook);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(private_file_test)

BOOST_AUTO_TEST_CASE(a_private_file_is_created_for_its_owner_only_and_never_over_another) {
    UsualUmask umask;
    TempFolder folder;
    const fs::path file = folder.path() / "new.txt";
    BOOST_TEST(!create_private_file(file));
    BOOST_TEST(mode_of(file) == 0600u);
    BOOST_TEST(fs::file_size(file) == 0u);
    BOOST_TEST(!others_can_read(file));

    write_text(file, "kept");
    BOOST_TEST((create_private_file(file) == std::errc::file_exists));
    BOOST_TEST(fs::file_size(file) == 4u);
    BOOST_TEST(
        (create_private_file(folder.path() / "no-folder" / "x.txt") == std::errc::no_such_file_or_directory));
}

BOOST_AUTO_TEST_CASE(make_private_takes_group_and_others_off_and_keeps_the_owners_permissions) {
    UsualUmask umask;
    TempFolder folder;
    const fs::path file = folder.path() / "shared.txt";
    write_text(file, "x");
    BOOST_TEST(mode_of(file) == 0644u);
    BOOST_TEST(others_can_read(file));

    fs::permissions(file, fs::perms::owner_read | fs::perms::group_read);
    BOOST_TEST(others_can_read(file));
    make_private(file);
    BOOST_TEST(mode_of(file) == 0400u);
    BOOST_TEST(!others_can_read(file));

    BOOST_TEST(!others_can_read(folder.path() / "missing.txt"));
    BOOST_CHECK_THROW(make_private(folder.path() / "missing.txt"), pcr::UserError);
}

BOOST_AUTO_TEST_CASE(a_new_database_and_its_wal_and_shm_are_private_after_writes,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    UsualUmask umask;
    TempFolder folder;
    const fs::path file = folder.path() / "new.pcrdb";
    auto store = open_test_store(file, OpenMode::CreateIfMissing);
    store->import(sample_caseload());
    // A save after the import (which wrote through a rollback journal, the database being empty).
    store->save_subject(pcr::test::person("P-0009", "Nia Later"));
    // Open, so SQLite's write-ahead log and shared memory are still beside the database.
    fs::path wal = file, shm = file;
    wal += "-wal";
    shm += "-shm";
    BOOST_TEST_REQUIRE(fs::exists(wal));
    BOOST_TEST_REQUIRE(fs::exists(shm));
    BOOST_TEST(mode_of(file) == 0600u);
    BOOST_TEST(mode_of(wal) == 0600u);
    BOOST_TEST(mode_of(shm) == 0600u);
    BOOST_TEST(store_files_others_can_read(file).empty());
}

BOOST_AUTO_TEST_CASE(a_backup_is_private) {
    Caseload c;
    c.store->backup(c.out("copy.pcrdb"));
    BOOST_TEST(mode_of(c.out("copy.pcrdb")) == 0600u);
    // A backup is a file whichever engine keeps the store.
    BOOST_TEST(open_store(StoreLocation(c.out("copy.pcrdb")), Principal("tester"))
                   ->subject(SubjectKind::Person, "P-0001")
                   .has_value());
}

BOOST_AUTO_TEST_CASE(every_export_format_is_private) {
    Caseload c;
    export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", c.out("profile.pdf"));
    export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", c.out("profile.html"));
    export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", pcr::test::day("2026-10-02"),
                  c.out("record.pdf"));
    export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", pcr::test::day("2026-10-02"),
                  c.out("record.xml"));
    export_report(*c.store, shipped_templates(), homecare(), std::nullopt, c.out("report.pdf"));
    export_report(*c.store, shipped_templates(), homecare(), std::nullopt, c.out("scores.csv"));
    write_interchange(c.store->export_all(), shipped_templates(), c.out("everything.xml"),
                      "2026-12-01T10:00:00Z");
    for (const char* name : {"profile.pdf", "profile.html", "record.pdf", "record.xml", "report.pdf",
                             "scores.csv", "everything.xml"}) {
        BOOST_TEST_INFO(name);
        BOOST_TEST(mode_of(c.out(name)) == 0600u);
    }
}

BOOST_AUTO_TEST_CASE(a_bulk_export_writes_private_pages) {
    Caseload c;
    fs::create_directory(c.out("profiles"));
    NoProgress quiet;
    export_profiles(*c.store, shipped_templates(), {*c.store->subject(SubjectKind::Person, "P-0001")},
                    c.out("profiles"), ExportFormat::Html, quiet, EmptyProfiles::Include);
    int pages = 0;
    for (const auto& entry : fs::directory_iterator(c.out("profiles"))) {
        BOOST_TEST_INFO(entry.path().string());
        BOOST_TEST(mode_of(entry.path()) == 0600u);
        ++pages;
    }
    BOOST_TEST(pages > 0);
}

BOOST_AUTO_TEST_CASE(an_export_over_a_readable_leftover_temporary_is_still_private) {
    Caseload c;
    // What a crash in the middle of an earlier export leaves, readable by everyone.
    write_text(c.out(".profile.html.part"), "half a page");
    BOOST_TEST(mode_of(c.out(".profile.html.part")) == 0644u);
    export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", c.out("profile.html"));
    BOOST_TEST(mode_of(c.out("profile.html")) == 0600u);
    BOOST_TEST(!fs::exists(c.out(".profile.html.part")));
}

BOOST_AUTO_TEST_CASE(a_database_others_can_read_is_found_and_made_private,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    Caseload c;
    fs::path wal = c.file;
    wal += "-wal";
    BOOST_TEST_REQUIRE(fs::exists(wal));
    // As an older pcrecords, or a copy made with cp, leaves it.
    fs::permissions(c.file, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    fs::permissions(wal, fs::perms::others_read, fs::perm_options::add);
    BOOST_TEST(store_files_others_can_read(c.file) == (std::vector<fs::path>{c.file, wal}));

    make_store_private(c.file);
    BOOST_TEST(store_files_others_can_read(c.file).empty());
    BOOST_TEST(mode_of(c.file) == 0600u);
    BOOST_TEST(mode_of(wal) == 0600u);
    BOOST_TEST(store_files_others_can_read(StoreLocation::parse("postgresql://host/records")).empty());
}

BOOST_AUTO_TEST_SUITE_END()
