// Tests of the role-checking store through a real database: what a role may not do is refused with one line
// naming the role needed, leaves the database as it was, and is recorded in the audit trail as refused.
#include "model/access/role_checked_store.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "model/accounts/account_admin.h"
#include "model/accounts/password_hash.h"
#include "model/accounts/sign_in.h"
#include "model/core/clock_time.h"
#include "model/core/errors.h"
#include "model/exchange/interchange_writer.h"
#include "model/export/bulk_export.h"
#include "model/export/exporter.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::FreshStore;
using pcr::test::sample_caseload;
using pcr::test::shipped_templates;

namespace {

const std::string kPassword = "a long enough password";

// The sample caseload in two teams with accounts: ann the administrator, sam a support worker. Whoever signs
// in is staff member S-0001, of both teams, so sees everyone: what the role allows is what is tested here.
struct Caseload : FreshStore {
    Caseload() {
        store->import(pcr::test::sample_teams_caseload());
        Account ann;
        ann.user_name = "ann";
        ann.role = Role::Administrator;
        AccountAdmin(*store, store->principal()).add(ann, kPassword);
        Account sam;
        sam.user_name = "sam";
        sam.role = Role::SupportWorker;
        AccountAdmin(*store, Principal("ann", Role::Administrator)).add(sam, kPassword);
    }

    std::unique_ptr<Store> as(const std::string& name, Role role) {
        return open_test_store(file, Principal(name, role, std::string("S-0001")));
    }

    // Everything the database holds that a refused change could touch, as one text.
    std::string contents() const {
        const auto open = open_test_store(file);
        std::string text = write_interchange_text(open->export_all(), shipped_templates(), "-");
        for (const auto& account : open->accounts())
            text += account.user_name + to_string(account.role) + (account.disabled ? "d" : "") +
                    std::to_string(account.failed_attempts) + account.password_hash + "\n";
        text += std::to_string(open->assessments().size());
        text += std::to_string(open->history(SubjectKind::Person, "P-0001").size());
        text += std::to_string(open->sign_offs(SubjectKind::Person).size());
        return text;
    }

    // The refused entries of the audit trail: who, and the action's name.
    std::vector<std::string> refusals() const {
        std::vector<std::string> found;
        for (const auto& entry : open_test_store(file)->audit({}))
            if (entry.action == AuditAction::Refused) found.push_back(entry.user + " " + entry.detail);
        return found;
    }
};

// The message of the NotAllowedError `act` throws, or "(allowed)".
template <typename Act>
std::string refusal(Act act) {
    try {
        act();
    } catch (const pcr::NotAllowedError& e) {
        return e.what();
    }
    return "(allowed)";
}

Subject renamed(Subject subject, const std::string& name) {
    subject.name = name;
    return subject;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(role_checked_store_test)

BOOST_AUTO_TEST_CASE(a_store_opened_for_a_role_checks_it_and_an_open_one_does_not) {
    Caseload db;
    BOOST_TEST(dynamic_cast<RoleCheckedStore*>(db.as("sam", Role::SupportWorker).get()) != nullptr);
    BOOST_TEST(dynamic_cast<RoleCheckedStore*>(open_test_store(db.file).get()) == nullptr);
}

BOOST_AUTO_TEST_CASE(a_support_worker_is_refused_what_the_role_may_not_do_and_nothing_changes) {
    Caseload db;
    const std::string before = db.contents();
    auto sam = db.as("sam", Role::SupportWorker);
    const Subject zoe = *sam->subject(SubjectKind::Person, "P-0001");
    Subject archived = zoe;
    archived.status = Status::Archived;
    WorkbookAssessment assessment = sample_caseload().assessments.front();
    assessment.scores.front().level = 5;
    Account raised = *sam->account("sam");
    raised.role = Role::Administrator;

    BOOST_TEST(refusal([&] { sam->save_assessment(assessment); }) ==
               "Recording assessments and action plans needs the role manager or above; sam is a support "
               "worker.");
    BOOST_TEST(refusal([&] { sam->remove_assessment(day("2026-10-01"), assessment.workbook); }) !=
               "(allowed)");
    BOOST_TEST(refusal([&] { sam->import(sample_caseload()); }) ==
               "Importing needs the role manager or above; sam is a support worker.");
    BOOST_TEST(refusal([&] { sam->export_all(); }) != "(allowed)");
    BOOST_TEST(refusal([&] { sam->export_subject(SubjectKind::Person, "P-0001"); }) != "(allowed)");
    BOOST_TEST(refusal([&] { sam->sign_off(SubjectKind::Person, "P-0001", "person-centred-review", ""); }) ==
               "Signing off records needs the role senior or above; sam is a support worker.");
    BOOST_TEST(refusal([&] { sam->save_subject(archived); }) ==
               "Archiving and restoring people needs the role manager or above; sam is a support worker.");
    BOOST_TEST(refusal([&] {
                   sam->save_subject(renamed(*sam->subject(SubjectKind::Staff, "S-0001"), "Lukasz Nowak"));
               }) != "(allowed)");
    BOOST_TEST(refusal([&] {
                   sam->save_record(SubjectKind::Staff, "S-0001",
                                    *sam->record(SubjectKind::Staff, "S-0001", "one-page-profile"));
               }) != "(allowed)");
    BOOST_TEST(refusal([&] { sam->clear_photo(SubjectKind::Staff, "S-0001"); }) != "(allowed)");
    BOOST_TEST(refusal([&] { sam->audit({}); }) ==
               "Viewing the audit trail needs the role manager or above; sam is a support worker.");
    BOOST_TEST(refusal([&] { sam->backup(db.folder.path() / "copy.db"); }) != "(allowed)");
    BOOST_TEST(refusal([&] { sam->update_account(raised); }) ==
               "Managing accounts needs the role administrator; sam is a support worker.");
    Account extra;
    extra.user_name = "eve";
    extra.password_hash = PasswordHash::make(kPassword);
    BOOST_TEST(refusal([&] { sam->add_account(extra); }) != "(allowed)");

    BOOST_TEST(db.contents() == before);
    BOOST_TEST(!std::filesystem::exists(db.folder.path() / "copy.db"));
    const std::vector<std::string> logged = db.refusals();
    BOOST_TEST(logged.size() == 14u);
    BOOST_TEST(logged.front() == "sam assess");
    BOOST_TEST(std::count(logged.begin(), logged.end(), "sam import") == 1);
    BOOST_TEST(std::count(logged.begin(), logged.end(), "sam archive") == 1);
    BOOST_TEST(std::count(logged.begin(), logged.end(), "sam view-audit") == 1);
}

BOOST_AUTO_TEST_CASE(a_support_worker_edits_peoples_records_and_details) {
    Caseload db;
    auto sam = db.as("sam", Role::SupportWorker);
    Record profile = *sam->record(SubjectKind::Person, "P-0001", "one-page-profile");
    profile.section_for_update("how-to-support").entries.push_back(Entry{0, {}, "Ask first", {}});
    sam->save_record(SubjectKind::Person, "P-0001", profile);
    sam->save_subject(renamed(*sam->subject(SubjectKind::Person, "P-0001"), "Zoë Smyth"));
    const auto open = open_test_store(db.file);
    BOOST_TEST(open->subject(SubjectKind::Person, "P-0001")->name == "Zoë Smyth");
    BOOST_TEST(open->history(SubjectKind::Person, "P-0001").back().who == "sam");
    BOOST_TEST(db.refusals().empty());
}

BOOST_AUTO_TEST_CASE(a_senior_signs_off_and_exports_one_record_but_not_everyone) {
    Caseload db;
    auto senior = db.as("sue", Role::Senior);
    BOOST_TEST(refusal([&] {
                   senior->sign_off(SubjectKind::Person, "P-0001", "person-centred-review", "");
               }) == "(allowed)");
    BOOST_TEST(senior->export_subject(SubjectKind::Person, "P-0001").people.size() == 1u);
    BOOST_TEST(refusal([&] { senior->export_all(); }) ==
               "Exporting everyone at once needs the role manager or above; sue is a senior.");
    BOOST_TEST(open_test_store(db.file)->sign_offs(SubjectKind::Person).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_manager_assesses_imports_archives_and_reads_the_audit_trail_but_not_accounts) {
    Caseload db;
    auto mo = db.as("mo", Role::Manager);
    WorkbookAssessment assessment = sample_caseload().assessments.front();
    assessment.scores.front().level = 4;
    mo->save_assessment(assessment);
    mo->import(sample_caseload());
    Subject zoe = *mo->subject(SubjectKind::Person, "P-0001");
    zoe.status = Status::Archived;
    mo->save_subject(zoe);
    BOOST_TEST(!mo->audit({}).empty());
    BOOST_TEST(refusal([&] { mo->backup(db.folder.path() / "copy.db"); }) ==
               "Making backups needs the role administrator; mo is a manager.");
    const auto open = open_test_store(db.file);
    BOOST_TEST((open->subject(SubjectKind::Person, "P-0001")->status == Status::Archived));
}

BOOST_AUTO_TEST_CASE(anyone_keeps_their_own_sign_in_bookkeeping_and_password_but_nothing_else_of_it) {
    Caseload db;
    auto sam = db.as("sam", Role::SupportWorker);
    // Signing in again through the signed-in store (as a lock screen would) records its outcome.
    const TimePoint now = *parse_utc_stamp("2026-12-05T12:00:00Z");
    BOOST_CHECK_THROW(SignIn::authenticate(*sam, "sam", "wrong password", now), SignInError);
    BOOST_TEST(open_test_store(db.file)->account("sam")->failed_attempts == 1);
    BOOST_TEST(SignIn::authenticate(*sam, "SAM", kPassword, now).name() == "sam");
    BOOST_TEST(open_test_store(db.file)->account("sam")->failed_attempts == 0);
    AccountAdmin(*sam, sam->principal()).set_password("sam", "another long password");
    BOOST_TEST(PasswordHash::verifies(open_test_store(db.file)->account("sam")->password_hash,
                                      "another long password"));
    Account disabled = *sam->account("sam");
    disabled.disabled = true;
    BOOST_TEST(refusal([&] { sam->update_account(disabled); }) != "(allowed)");
    Account ann = *sam->account("ann");
    ann.failed_attempts = 4;
    BOOST_TEST(refusal([&] { sam->update_account(ann); }) != "(allowed)");
}

BOOST_AUTO_TEST_CASE(exports_outside_the_store_check_the_role_and_write_nothing_when_refused) {
    Caseload db;
    auto sam = db.as("sam", Role::SupportWorker);
    const auto out = db.folder.path();
    export_profile(*sam, shipped_templates(), SubjectKind::Person, "P-0001", out / "profile.html");
    BOOST_TEST(std::filesystem::exists(out / "profile.html"));
    BOOST_TEST(refusal([&] {
                   export_record(*sam, shipped_templates(), SubjectKind::Person, "P-0001", day("2026-11-01"),
                                 out / "record.html");
               }) == "Exporting a whole record needs the role senior or above; sam is a support worker.");
    BOOST_TEST(!std::filesystem::exists(out / "record.html"));
    NoProgress quiet;
    BOOST_TEST(refusal([&] {
                   export_profiles(*sam, shipped_templates(), sam->subjects(SubjectKind::Person), out,
                                   ExportFormat::Html, quiet);
               }) != "(allowed)");
    const auto logged = db.refusals();
    BOOST_TEST(logged.size() == 2u);
    BOOST_TEST(logged.front() == "sam export-whole-record");
}

BOOST_AUTO_TEST_SUITE_END()
