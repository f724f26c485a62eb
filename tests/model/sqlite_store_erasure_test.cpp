// Tests of erasing a person from the SQLite store: nothing of them left in the database's files, the other
// people untouched, one audit entry, and a trail that still checks.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iterator>
#include <memory>

#include "common/other_program.h"
#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/domain/audit_entry.h"
#include "model/sqlite/sqlite_store.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::person;
using pcr::test::TempFolder;

namespace {

// Words that only the erased person's details, records and photo hold.
const std::vector<std::string> kTraces = {"Quillon",    "Vextabury", "Quilly",
                                          "Xylophrase", "XYLOPHOTO", "Zarquent"};

struct Erasable : pcr::test::FreshStore {
    Erasable() {
        store->save_subject(person("P-1", "Margaret Jones", "Peggy"));
        store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_profile());
        store->save_subject(staff_member());
        // A name corrected later, so the first one is only in the history.
        store->save_subject(person("P-ZQ", "Zarquent Vextabury", "Quilly", pcr::test::day("1950-03-04")));
        store->save_subject(person("P-ZQ", "Quillon Vextabury", "Quilly", pcr::test::day("1950-03-04")));
        Record profile;
        profile.tool = "one-page-profile";
        profile.section_for_update("appreciation")
            .entries.push_back(Entry{0, {}, "Xylophrase the first", {}});
        int version = store->save_record(SubjectKind::Person, "P-ZQ", profile);
        // Replaced, so the first text is only in the old version.
        profile.version = version;
        profile.section_for_update("appreciation").entries.front().text = "Xylophrase the second";
        profile.section_for_update("important-to-me").entries.push_back(Entry{0, {}, "Gardening", {}});
        store->save_record(SubjectKind::Person, "P-ZQ", profile);
        store->save_record(SubjectKind::Person, "P-ZQ", pcr::test::sample_review());
        std::vector<unsigned char> photo = {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
        for (char c : std::string("XYLOPHOTO")) photo.push_back(static_cast<unsigned char>(c));
        store->set_photo(SubjectKind::Person, "P-ZQ", photo, "image/png");
        store->set_key_worker("P-ZQ", "S-1");
        store->sign_off(SubjectKind::Person, "P-ZQ", "one-page-profile", "Xylophrase checked");
        store->record_event(AuditEvent{AuditAction::Export, SubjectKind::Person, "P-ZQ", "profile pdf"});
        auto archived = *store->subject(SubjectKind::Person, "P-ZQ");
        archived.status = Status::Archived;
        store->save_subject(archived);
    }

    static Subject staff_member() { return pcr::test::staff_member("S-1", "Ayesha Khan"); }
};

std::string bytes_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Every trace found in the database file and the files SQLite keeps beside it.
std::vector<std::string> traces_in_files(const std::filesystem::path& db) {
    std::vector<std::string> found;
    for (const auto& file : sqlite_files(db)) {
        const std::string bytes = bytes_of(file);
        for (const auto& trace : kTraces)
            if (bytes.find(trace) != std::string::npos)
                found.push_back(file.filename().string() + ": " + trace);
    }
    return found;
}

// "table: row text" for every row of every table where `text` appears in any column.
std::vector<std::string> rows_holding(const std::filesystem::path& db, const std::string& text) {
    SQLite::Database sql(db, SQLite::OPEN_READONLY);
    std::vector<std::string> tables;
    SQLite::Statement names(sql, "SELECT name FROM sqlite_master WHERE type = 'table'");
    while (names.executeStep()) tables.push_back(names.getColumn(0).getString());
    std::vector<std::string> found;
    for (const auto& table : tables) {
        SQLite::Statement rows(sql, "SELECT * FROM \"" + table + "\"");
        while (rows.executeStep()) {
            std::string line;
            for (int i = 0; i < rows.getColumnCount(); ++i) line += rows.getColumn(i).getString() + "|";
            if (line.find(text) != std::string::npos) found.push_back(table + ": " + line);
        }
    }
    return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sqlite_store_erasure_test)

BOOST_AUTO_TEST_CASE(before_erasure_the_traces_are_in_the_file) {
    // So the test below can fail: every trace is somewhere in the files until the person is erased.
    Erasable f;
    f.store.reset();
    std::string all;
    for (const auto& file : sqlite_files(f.file)) all += bytes_of(file);
    for (const auto& trace : kTraces) BOOST_TEST(all.find(trace) != std::string::npos, trace);
}

BOOST_AUTO_TEST_CASE(erasure_leaves_nothing_of_the_person_in_the_files) {
    Erasable f;
    const Erasure done = f.store->erase_person("P-ZQ", "retention period over");
    BOOST_TEST(done.journal_emptied);
    BOOST_TEST(done.anonymised > 5);
    // Read while the store is still open: the erasure itself, not closing the file, emptied the journal.
    BOOST_TEST(traces_in_files(f.file) == std::vector<std::string>{}, boost::test_tools::per_element());
    // The id is kept in the one entry that records the erasure, and nowhere else.
    const auto rows = rows_holding(f.file, "P-ZQ");
    BOOST_REQUIRE_EQUAL(rows.size(), 1u);
    BOOST_TEST(rows.front().rfind("audit_log: ", 0) == 0u);
    f.store.reset();
    BOOST_TEST(traces_in_files(f.file) == std::vector<std::string>{}, boost::test_tools::per_element());
}

// Another program's open connection would keep the erased pages in the file until it closed, so the erasure
// is refused before anything changes; once it has closed, the erasure goes through.
BOOST_AUTO_TEST_CASE(erasure_is_refused_while_another_program_has_the_file_open) {
    Erasable f;
    // Closed while the other process starts (common/other_program.h).
    f.store.reset();
    auto other = std::make_unique<pcr::test::OtherProgram>(f.file);
    f.store = open_test_store(f.file);
    std::string message;
    try {
        f.store->erase_person("P-ZQ", "retention period over");
    } catch (const pcr::StorageError& e) {
        message = e.what();
    }
    other.reset();
    BOOST_TEST(message == "Cannot erase person P-ZQ: another program has " + f.file.string() +
                              " open, and person P-ZQ would stay readable in the file until it closes it. "
                              "Close the other programs (the app, the command line) and erase again. "
                              "Nothing was changed.");
    BOOST_TEST(f.store->subject(SubjectKind::Person, "P-ZQ").has_value());
    BOOST_TEST(rows_holding(f.file, "Quillon").size() > 0u);
    const Erasure done = f.store->erase_person("P-ZQ", "retention period over");
    BOOST_TEST(done.journal_emptied);
    BOOST_TEST(traces_in_files(f.file) == std::vector<std::string>{}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(erasure_removes_the_person_and_keeps_everyone_else) {
    Erasable f;
    const auto before = f.store->records(SubjectKind::Person, "P-1");
    f.store->erase_person("P-ZQ", "asked to be forgotten");
    BOOST_TEST(!f.store->subject(SubjectKind::Person, "P-ZQ"));
    BOOST_TEST(f.store->subjects(SubjectKind::Person, SubjectQuery{"", true}).size() == 1u);
    BOOST_TEST(f.store->records(SubjectKind::Person, "P-1") == before);
    BOOST_TEST(f.store->subject(SubjectKind::Staff, "S-1").has_value());
    BOOST_TEST(f.store->archived_people().empty());
    const IntegrityReport report = f.store->check();
    BOOST_TEST(report.problems == std::vector<std::string>{}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(one_audit_entry_says_who_erased_whom_when_and_why) {
    Erasable f;
    const Erasure done = f.store->erase_person("P-ZQ", "retention period over");
    const auto entries = f.store->audit(AuditFilter{SubjectKind::Person, "P-ZQ", {}, std::nullopt});
    BOOST_REQUIRE_EQUAL(entries.size(), 1u);
    BOOST_TEST(entries.front().number == done.audit_entry);
    BOOST_TEST((entries.front().action == AuditAction::Erase));
    BOOST_TEST(entries.front().user == "tester");
    BOOST_TEST(entries.front().detail == audit_erasure_detail(done.anonymised, "retention period over"));
    // The earlier entries are still there, in order, without whose they were.
    std::int64_t anonymous = 0;
    for (const auto& entry : f.store->audit(AuditFilter{}))
        if (audit_anonymous_by(entry.detail) == done.audit_entry) {
            ++anonymous;
            BOOST_TEST(entry.subject.empty());
            BOOST_TEST(entry.change == 0);
        }
    BOOST_TEST(anonymous == done.anonymised);
}

BOOST_AUTO_TEST_CASE(an_entry_altered_to_look_anonymous_is_found_by_the_check) {
    Erasable f;
    const Erasure done = f.store->erase_person("P-ZQ", "retention period over");
    f.store.reset();
    {
        SQLite::Database sql(f.file, SQLite::OPEN_READWRITE);
        sql.exec("DROP TRIGGER audit_log_no_update");
        // An entry about someone else, made to look as though the erasure had made it anonymous.
        SQLite::Statement alter(
            sql,
            "UPDATE audit_log SET subject_id = '', change_no = NULL, detail = ? WHERE audit_no = "
            "(SELECT min(audit_no) FROM audit_log WHERE subject_id = 'P-1')");
        alter.bind(1, audit_anonymous_detail(done.audit_entry));
        BOOST_REQUIRE_EQUAL(alter.exec(), 1);
    }
    auto again = open_test_store(f.file);
    const auto problems = again->check().problems;
    BOOST_REQUIRE(!problems.empty());
    BOOST_TEST(std::any_of(problems.begin(), problems.end(),
                           [](const std::string& p) { return p.find("anonymous") != std::string::npos; }));
}

BOOST_AUTO_TEST_CASE(erasing_needs_a_reason_and_an_existing_person) {
    Erasable f;
    BOOST_CHECK_THROW(f.store->erase_person("P-ZQ", "  "), pcr::UserError);
    BOOST_CHECK_THROW(f.store->erase_person("P-404", "gone"), pcr::NotFoundError);
    BOOST_TEST(f.store->subject(SubjectKind::Person, "P-ZQ").has_value());
}

BOOST_AUTO_TEST_CASE(keeping_an_archived_person_is_recorded_and_dated) {
    Erasable f;
    f.store->keep_person("P-ZQ", "a complaint is still open");
    const auto archived = f.store->archived_people();
    BOOST_REQUIRE_EQUAL(archived.size(), 1u);
    BOOST_TEST(archived.front().person.id == "P-ZQ");
    BOOST_REQUIRE(archived.front().kept_on);
    const auto entries = f.store->audit(AuditFilter{SubjectKind::Person, "P-ZQ", {}, std::nullopt});
    BOOST_TEST((entries.back().action == AuditAction::RetentionKept));
    BOOST_TEST(entries.back().detail == "a complaint is still open");
    BOOST_CHECK_THROW(f.store->keep_person("P-1", "still here"), pcr::UserError);
    BOOST_CHECK_THROW(f.store->keep_person("P-ZQ", ""), pcr::UserError);
}

BOOST_AUTO_TEST_CASE(only_a_manager_may_erase) {
    Erasable f;
    f.store.reset();
    auto senior = open_test_store(f.file, Principal("sam", Role::Senior));
    BOOST_CHECK_THROW(senior->erase_person("P-ZQ", "gone"), pcr::NotAllowedError);
    BOOST_CHECK_THROW(senior->keep_person("P-ZQ", "kept"), pcr::NotAllowedError);
    BOOST_CHECK_THROW(senior->archived_people(), pcr::NotAllowedError);
    auto manager = open_test_store(f.file, Principal("mia", Role::Manager));
    manager->erase_person("P-ZQ", "retention period over");
    BOOST_TEST(!manager->subject(SubjectKind::Person, "P-ZQ"));
}

BOOST_AUTO_TEST_SUITE_END()
