// Tests of signing in: the right password, lockout after five wrong ones, unlock, expiry, disabling.
#include "model/accounts/sign_in.h"

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <fstream>
#include <iterator>

#include "model/accounts/account_admin.h"
#include "model/core/clock_time.h"
#include "model/core/errors.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::FreshStore;

namespace {

const TimePoint kNoon = *parse_utc_stamp("2026-12-05T12:00:00Z");
const std::string kAnnPassword = "ann's first password";
const std::string kBobPassword = "bob likes blue mugs";

// A protected database: ann the administrator and bob, a support worker whose account ends on `bob_expires`.
struct Protected : FreshStore {
    explicit Protected(std::optional<Date> bob_expires = std::nullopt) {
        Account ann;
        ann.user_name = "ann";
        ann.full_name = "Ann Admin";
        ann.role = Role::Administrator;
        AccountAdmin(*store, store->principal()).add(ann, kAnnPassword);
        Account bob;
        bob.user_name = "bob";
        bob.full_name = "Bob Support";
        bob.role = Role::SupportWorker;
        bob.staff_id = "S-1";
        bob.expires = bob_expires;
        const Principal admin("ann", Role::Administrator);
        AccountAdmin(*store, admin).add(bob, kBobPassword);
    }

    std::string refusal(const std::string& name, const std::string& password, TimePoint now) {
        try {
            SignIn::authenticate(*store, name, password, now);
        } catch (const SignInError& e) {
            return e.what();
        }
        return "(signed in)";
    }
};

const std::string kWrong =
    "The user name or password is wrong; check them and try again. After 5 wrong passwords in a row an "
    "account "
    "is locked for 15 minutes.";

}  // namespace

BOOST_AUTO_TEST_SUITE(sign_in_test)

BOOST_AUTO_TEST_CASE(the_right_password_gives_the_accounts_principal_and_changes_are_recorded_under_it) {
    Protected db;
    const Principal bob = SignIn::authenticate(*db.store, "BOB", kBobPassword, kNoon);
    BOOST_TEST(bob.name() == "bob");
    BOOST_TEST(bob.account().value_or("") == "bob");
    BOOST_TEST((bob.role() == Role::SupportWorker));
    BOOST_TEST((db.store->account("bob")->last_sign_in == kNoon));

    BOOST_TEST(bob.staff_id().value_or("") == "S-1");

    // Bob sees the people of his own team, and a person he adds joins it.
    db.store->save_subject(pcr::test::team_named("T-1", "North"));
    db.store->save_subject(pcr::test::staff_member("S-1", "Bob Support"));
    db.store->set_teams(SubjectKind::Staff, "S-1", {"T-1"});
    auto as_bob = open_test_store(db.file, bob);
    as_bob->save_subject(pcr::test::person("P-1", "Zoë Smith"));
    BOOST_TEST(as_bob->history(SubjectKind::Person, "P-1").at(0).who == "bob");
    BOOST_TEST(as_bob->teams_of(SubjectKind::Person, "P-1") == std::vector<std::string>{"T-1"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_unknown_name_and_a_wrong_password_get_the_same_message) {
    Protected db;
    BOOST_TEST(db.refusal("nobody", kBobPassword, kNoon) == kWrong);
    BOOST_TEST(db.refusal("bob", "not bob's password", kNoon) == kWrong);
    BOOST_TEST(db.refusal("bob", "", kNoon) == kWrong);
}

BOOST_AUTO_TEST_CASE(five_wrong_passwords_in_a_row_lock_the_account_for_fifteen_minutes) {
    Protected db;
    for (int i = 0; i < 4; ++i) BOOST_TEST(db.refusal("bob", "guess " + std::to_string(i), kNoon) == kWrong);
    BOOST_TEST(db.store->account("bob")->failed_attempts == 4);
    const std::string locked = db.refusal("bob", "guess 4", kNoon);
    const std::string until = local_time_words(kNoon + std::chrono::minutes(15));
    BOOST_TEST(locked == "The account bob is locked after too many wrong passwords until " + until +
                             "; try again then, or ask an administrator to unlock it.");
    // Locked: even the right password is refused, and says until when.
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon + std::chrono::minutes(14)) == locked);
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon + std::chrono::minutes(15)) == "(signed in)");
    BOOST_TEST(db.store->account("bob")->failed_attempts == 0);
    BOOST_TEST(!db.store->account("bob")->locked_until.has_value());
}

BOOST_AUTO_TEST_CASE(a_right_password_resets_the_count_of_wrong_ones) {
    Protected db;
    for (int i = 0; i < 4; ++i) db.refusal("bob", "guess", kNoon);
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon) == "(signed in)");
    for (int i = 0; i < 4; ++i) BOOST_TEST(db.refusal("bob", "guess", kNoon) == kWrong);
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon) == "(signed in)");
}

BOOST_AUTO_TEST_CASE(an_administrator_unlocks_a_locked_account) {
    Protected db;
    for (int i = 0; i < 5; ++i) db.refusal("bob", "guess", kNoon);
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon).find("is locked") != std::string::npos);
    const Principal bob("bob", Role::SupportWorker);
    BOOST_CHECK_THROW(AccountAdmin(*db.store, bob).unlock("bob"), pcr::NotAllowedError);
    AccountAdmin(*db.store, SignIn::authenticate(*db.store, "ann", kAnnPassword, kNoon)).unlock("bob");
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon) == "(signed in)");
}

BOOST_AUTO_TEST_CASE(an_expired_account_cannot_sign_in_and_says_since_when) {
    Protected db(Date(2026, 12, 4));
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon) ==
               "The account bob expired at the end of 4 Dec 2026; ask an administrator to extend it.");
    // A wrong password still says only that it is wrong.
    BOOST_TEST(db.refusal("bob", "guess", kNoon) == kWrong);
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon - std::chrono::hours(24)) == "(signed in)");
}

BOOST_AUTO_TEST_CASE(the_last_day_of_an_account_is_still_a_day_it_may_sign_in) {
    Protected db(Date(2026, 12, 5));
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon) == "(signed in)");
}

BOOST_AUTO_TEST_CASE(a_disabled_account_cannot_sign_in) {
    Protected db;
    AccountAdmin(*db.store, Principal("ann", Role::Administrator)).disable("bob");
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon) ==
               "The account bob is disabled; ask an administrator if you need to use pcrecords again.");
    BOOST_TEST(
        (account_status(*db.store->account("bob"), kNoon, Date(2026, 12, 5)) == AccountStatus::Disabled));
}

BOOST_AUTO_TEST_CASE(the_first_account_must_be_an_administrator) {
    FreshStore db;
    Account bob;
    bob.user_name = "bob";
    bob.role = Role::Manager;
    BOOST_CHECK_THROW(AccountAdmin(*db.store, db.store->principal()).add(bob, kBobPassword), pcr::UserError);
    BOOST_TEST(!db.store->has_accounts());
    bob.role = Role::Administrator;
    AccountAdmin(*db.store, db.store->principal()).add(bob, kBobPassword);
    BOOST_TEST(db.store->has_accounts());
}

BOOST_AUTO_TEST_CASE(only_an_administrator_manages_accounts_once_there_are_any) {
    Protected db;
    Account carol;
    carol.user_name = "carol";
    carol.role = Role::Manager;
    const auto refusal = [&](const Principal& acting) {
        try {
            AccountAdmin(*db.store, acting).add(carol, "carol's password");
        } catch (const pcr::NotAllowedError& e) {
            return std::string(e.what());
        }
        return std::string("(added)");
    };
    BOOST_TEST(refusal(Principal("tester")) ==
               "This database has accounts: sign in as an administrator to manage them.");
    BOOST_TEST(refusal(Principal("bob", Role::SupportWorker)) ==
               "Managing accounts needs the role administrator; bob is a support worker.");
    BOOST_TEST(refusal(Principal("mo", Role::Manager)) ==
               "Managing accounts needs the role administrator; mo is a manager.");
    BOOST_CHECK_THROW(AccountAdmin(*db.store, Principal("bob", Role::SupportWorker)).list(),
                      pcr::NotAllowedError);
    BOOST_TEST(refusal(Principal("ann", Role::Administrator)) == "(added)");
    BOOST_TEST(db.store->account_count() == 3u);
}

BOOST_AUTO_TEST_CASE(anyone_signed_in_may_change_their_own_password_only) {
    Protected db;
    const Principal bob("bob", Role::SupportWorker);
    AccountAdmin(*db.store, bob).set_password("bob", "a new password for bob");
    BOOST_TEST(db.refusal("bob", kBobPassword, kNoon) == kWrong);
    BOOST_TEST(db.refusal("bob", "a new password for bob", kNoon) == "(signed in)");
    BOOST_CHECK_THROW(AccountAdmin(*db.store, bob).set_password("ann", "bob takes over"),
                      pcr::NotAllowedError);
}

BOOST_AUTO_TEST_CASE(wrong_passwords_from_two_programs_at_once_all_count) {
    Protected db;
    auto second = open_test_store(db.file, Principal("tester"));
    for (int i = 0; i < 2; ++i) {
        db.refusal("bob", "guess", kNoon);
        BOOST_CHECK_THROW(SignIn::authenticate(*second, "bob", "guess", kNoon), SignInError);
    }
    BOOST_TEST(db.store->account("bob")->failed_attempts == 4);
    BOOST_TEST(db.refusal("bob", "guess", kNoon).find("is locked") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sign_ins_refusals_and_account_changes_are_in_the_audit_trail) {
    Protected db;
    SignIn::authenticate(*db.store, "bob", kBobPassword, kNoon);
    for (int i = 0; i < 5; ++i) db.refusal("bob", "guess", kNoon);
    db.refusal("bob", kBobPassword, kNoon);
    db.refusal("nobody", "guess", kNoon);
    const Principal ann("ann", Role::Administrator);
    AccountAdmin(*db.store, ann).unlock("bob");
    AccountAdmin(*db.store, ann).disable("bob");
    db.refusal("bob", kBobPassword, kNoon);

    std::vector<std::string> lines;
    for (const auto& entry : db.store->audit({}))
        lines.push_back(entry.user + " " + std::string(to_string(entry.action)) + " " + entry.detail);
    const std::string locked_until = utc_stamp(kNoon + std::chrono::minutes(15));
    const std::vector<std::string> expected = {
        "tester account-change add ann (administrator)",
        "tester account-change add bob (support-worker)",
        "bob sign-in ",
        "bob sign-in-failed wrong password 1/5",
        "bob sign-in-failed wrong password 2/5",
        "bob sign-in-failed wrong password 3/5",
        "bob sign-in-failed wrong password 4/5",
        "bob sign-in-failed wrong password 5/5; locked until " + locked_until,
        "bob sign-in-failed locked",
        "tester sign-in-failed unknown user name",
        "tester account-change change bob: unlocked",
        "tester account-change change bob: disabled",
        "bob sign-in-failed disabled"};
    BOOST_TEST(lines == expected, boost::test_tools::per_element());
    // Nothing typed as a password reaches the trail.
    for (const auto& line : lines) BOOST_TEST(line.find("guess") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_status_bar_says_whether_the_database_is_open_or_who_is_signed_in) {
    BOOST_TEST(SignIn::describe(Principal("alex")) == "Open database: no sign-in");
    BOOST_TEST(SignIn::describe(Principal("ann", Role::Administrator)) == "Signed in as ann (administrator)");
    BOOST_TEST(SignIn::describe(Principal("bob", Role::SupportWorker)) ==
               "Signed in as bob (support worker)");
}

// Reads the file's bytes: a server keeps its own files.
BOOST_AUTO_TEST_CASE(no_password_is_ever_in_the_database_file,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    Protected db;
    SignIn::authenticate(*db.store, "bob", kBobPassword, kNoon);
    db.refusal("bob", "a wrong guess at bob's", kNoon);
    std::string bytes;
    for (const char* suffix : {"", "-wal"}) {
        auto file = db.file;
        file += suffix;
        std::ifstream in(file, std::ios::binary);
        bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    BOOST_TEST(bytes.find("$argon2id$") != std::string::npos);  // the hashes are there to be found
    BOOST_TEST(bytes.find(kBobPassword) == std::string::npos);
    BOOST_TEST(bytes.find(kAnnPassword) == std::string::npos);
    BOOST_TEST(bytes.find("a wrong guess") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
