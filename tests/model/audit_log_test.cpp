// Tests of the SQLite audit trail: append-only, hash-chained, and tampering found where it happened.
#include "model/sqlite/audit_log.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::count_rows;
using pcr::test::FreshStore;
using pcr::test::person;

namespace {

// A store with ten entries in its trail: five people added, then a profile saved for each.
struct TenEntries : FreshStore {
    TenEntries() {
        for (int i = 1; i <= 5; ++i)
            store->save_subject(person("P-" + std::to_string(i), "Person " + std::to_string(i)));
        for (int i = 1; i <= 5; ++i)
            store->save_record(SubjectKind::Person, "P-" + std::to_string(i), pcr::test::sample_profile());
    }
    // What another SQLite program can do: drop the triggers and write straight into the file.
    void tamper(const std::string& sql) {
        SQLite::Database db(file, SQLite::OPEN_READWRITE);
        db.exec("DROP TRIGGER IF EXISTS audit_log_no_update");
        db.exec("DROP TRIGGER IF EXISTS audit_log_no_delete");
        db.exec(sql);
    }
    std::vector<std::string> problems() { return open_test_store(file)->check().problems; }
};

std::string refusal(const std::filesystem::path& file, const std::string& sql) {
    SQLite::Database db(file, SQLite::OPEN_READWRITE);
    try {
        db.exec(sql);
    } catch (const SQLite::Exception& e) {
        return e.what();
    }
    return "(not refused)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(audit_log_test)

BOOST_AUTO_TEST_CASE(every_save_writes_its_entry_in_the_same_transaction) {
    FreshStore fresh;
    fresh.store->save_subject(person("P-1", "Ann"));
    BOOST_TEST(count_rows(fresh.file, "SELECT count(*) FROM audit_log") == 1);
    auto profile = pcr::test::sample_profile();
    BOOST_TEST(fresh.store->save_record(SubjectKind::Person, "P-1", profile) == 1);
    BOOST_TEST(count_rows(fresh.file, "SELECT count(*) FROM audit_log") == 2);
    // A save with nothing changed is no change, so no entry.
    profile.version = 1;
    BOOST_TEST(fresh.store->save_record(SubjectKind::Person, "P-1", profile) == 1);
    BOOST_TEST(count_rows(fresh.file, "SELECT count(*) FROM audit_log") == 2);
    // A refused save (someone else's version) leaves neither a change nor an entry.
    profile.version = 0;
    profile.sections.front().entries.pop_back();
    BOOST_CHECK_THROW(fresh.store->save_record(SubjectKind::Person, "P-1", profile), pcr::StorageError);
    BOOST_TEST(count_rows(fresh.file, "SELECT count(*) FROM audit_log") == 2);
    BOOST_TEST(count_rows(fresh.file, "SELECT count(*) FROM change_log") == 2);
    // Each change has exactly one entry, under the same who and when.
    BOOST_TEST(count_rows(fresh.file,
                          "SELECT count(*) FROM change_log c JOIN audit_log a ON a.change_no = c.change_no "
                          "WHERE a.user_name = c.changed_by AND a.logged_at = c.changed_at "
                          "AND a.user_name = 'tester'") == 2);
}

BOOST_AUTO_TEST_CASE(an_import_logs_each_change_in_one_chain) {
    FreshStore fresh;
    fresh.store->import(pcr::test::sample_caseload());
    const auto entries = fresh.store->audit({});
    BOOST_TEST(entries.size() ==
               static_cast<std::size_t>(count_rows(fresh.file, "SELECT count(*) FROM change_log")));
    std::string prev = kAuditGenesis;
    for (const auto& entry : entries) {
        BOOST_TEST(entry.hash == audit_hash(entry, prev));
        prev = entry.hash;
    }
    BOOST_TEST(fresh.store->check().ok());
}

BOOST_AUTO_TEST_CASE(a_failed_import_leaves_no_entries_for_what_it_undid) {
    FreshStore fresh;
    Interchange data = pcr::test::sample_caseload();
    // The second copy fails the import after the first person and their records were written.
    data.people.push_back(data.people.front());
    BOOST_CHECK_THROW(fresh.store->import(data), pcr::StorageError);
    BOOST_TEST(count_rows(fresh.file, "SELECT count(*) FROM change_log") == 0);
    BOOST_TEST(count_rows(fresh.file, "SELECT count(*) FROM audit_log") == 0);
    fresh.store->save_subject(person("P-9", "Ann"));
    BOOST_TEST(fresh.store->audit({}).front().number == 1);
}

BOOST_AUTO_TEST_CASE(entries_cannot_be_updated_or_deleted) {
    TenEntries t;
    BOOST_TEST(refusal(t.file, "UPDATE audit_log SET user_name = 'mallory' WHERE audit_no = 3")
                   .find("the audit trail cannot be changed") != std::string::npos);
    BOOST_TEST(refusal(t.file, "DELETE FROM audit_log WHERE audit_no = 3")
                   .find("entries cannot be removed from the audit trail") != std::string::npos);
    BOOST_TEST(count_rows(t.file, "SELECT count(*) FROM audit_log WHERE user_name = 'tester'") == 10);
    BOOST_TEST(t.problems().empty());
}

BOOST_AUTO_TEST_CASE(a_changed_entry_is_found_at_its_number) {
    TenEntries t;
    t.tamper("UPDATE audit_log SET user_name = 'mallory' WHERE audit_no = 7");
    const auto problems = t.problems();
    BOOST_REQUIRE(!problems.empty());
    BOOST_TEST(
        problems.front() ==
        "The audit trail was altered at entry 7: its content does not match its hash (it was changed, or "
        "inserted).");
}

BOOST_AUTO_TEST_CASE(a_changed_subject_or_detail_is_found_too) {
    TenEntries t;
    t.tamper("UPDATE audit_log SET subject_id = 'P-5' WHERE audit_no = 4");
    BOOST_TEST(t.problems().front().starts_with("The audit trail was altered at entry 4:"));
}

BOOST_AUTO_TEST_CASE(a_removed_entry_is_found_at_its_number) {
    TenEntries t;
    t.tamper("DELETE FROM audit_log WHERE audit_no = 5");
    const auto problems = t.problems();
    BOOST_REQUIRE(!problems.empty());
    BOOST_TEST(problems.front() ==
               "The audit trail was altered at entry 5: the entry is missing (it was removed).");
    // The change it recorded now has no entry.
    BOOST_TEST(problems.size() == 2u);
}

BOOST_AUTO_TEST_CASE(removed_and_renumbered_entries_are_found_where_the_chain_breaks) {
    TenEntries t;
    t.tamper("DELETE FROM audit_log WHERE audit_no = 5");
    t.tamper("UPDATE audit_log SET audit_no = audit_no - 1 WHERE audit_no > 5");
    BOOST_TEST(t.problems().front() ==
               "The audit trail was altered at entry 5: it does not follow entry 4 (an entry was removed or "
               "inserted before it).");
}

BOOST_AUTO_TEST_CASE(an_inserted_entry_is_found_at_its_number) {
    TenEntries t;
    // Made room for at 4 and given the chain's previous hash, but its own hash cannot be right.
    t.tamper("UPDATE audit_log SET audit_no = audit_no + 100 WHERE audit_no >= 4");
    t.tamper("UPDATE audit_log SET audit_no = audit_no - 99 WHERE audit_no >= 104");
    t.tamper(
        "INSERT INTO audit_log (audit_no, logged_at, user_name, action, detail, prev_hash, hash) "
        "SELECT 4, '2026-01-01T00:00:00Z', 'mallory', 'export', 'pdf', hash, hash FROM audit_log WHERE "
        "audit_no = 3");
    BOOST_TEST(
        t.problems().front() ==
        "The audit trail was altered at entry 4: its content does not match its hash (it was changed, or "
        "inserted).");
}

BOOST_AUTO_TEST_CASE(an_entry_added_at_the_end_is_found) {
    TenEntries t;
    t.tamper(
        "INSERT INTO audit_log (audit_no, logged_at, user_name, action, detail, prev_hash, hash) "
        "SELECT 11, '2026-01-01T00:00:00Z', 'mallory', 'sign-in', '', hash, 'beef' FROM audit_log WHERE "
        "audit_no = 10");
    BOOST_TEST(t.problems().front().starts_with("The audit trail was altered at entry 11:"));
}

BOOST_AUTO_TEST_CASE(who_made_a_change_cannot_be_rewritten_in_the_history) {
    TenEntries t;
    {
        SQLite::Database db(t.file, SQLite::OPEN_READWRITE);
        db.exec("UPDATE change_log SET changed_by = 'someone-else' WHERE change_no = 6");
    }
    const auto problems = t.problems();
    BOOST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems.front() ==
               "Change 6 in the history does not say the same who or when as entry 6 of the audit trail: the "
               "history was altered.");
}

BOOST_AUTO_TEST_CASE(an_intact_trail_passes_and_its_hashes_chain) {
    TenEntries t;
    BOOST_TEST(t.problems().empty());
    SQLite::Database db(t.file, SQLite::OPEN_READONLY);
    BOOST_TEST(db.execAndGet("SELECT prev_hash FROM audit_log WHERE audit_no = 1").getString() ==
               kAuditGenesis);
    BOOST_TEST(
        db.execAndGet("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.audit_no = a.audit_no + 1 "
                      "WHERE b.prev_hash = a.hash")
            .getInt() == 9);
}

BOOST_AUTO_TEST_SUITE_END()
