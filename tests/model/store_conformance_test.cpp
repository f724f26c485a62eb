// What every store backend must do, opened through open_store: run on each backend the program has.
#include <boost/test/unit_test.hpp>
#include <functional>
#include <string>
#include <vector>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/rules/change_words.h"
#include "support/assessment_samples.h"
#include "support/other_connection.h"
#include "support/store_samples.h"

namespace {

using namespace pcr::model;
using pcr::test::day;
using pcr::test::person;
using pcr::test::staff_member;
using pcr::test::team_named;
using pcr::test::TempFolder;

// A backend under test: a fresh location for it, in a folder the test removes.
struct Backend {
    std::string name;
    std::function<StoreLocation(const TempFolder&)> fresh_location;
};

// An SQLite file, or on a server run (common/test_server.h) the server database standing for one: every case
// below runs on each engine the program has.
const std::vector<Backend>& backends() {
    static const std::vector<Backend> all{
        {pcr::test::testing_on_server() ? "postgresql" : "sqlite",
         [](const TempFolder& folder) {
             return pcr::test::test_location(folder.path() / "conformance.pcrdb");
         }},
    };
    return all;
}

struct Opened {
    explicit Opened(const Backend& backend, const std::string& who = "tester")
        : location(backend.fresh_location(folder)),
          store(open_store(location, Principal(who), OpenMode::CreateIfMissing)) {}
    // The same store as a second program would open it.
    std::unique_ptr<Store> again(const std::string& who = "other") const {
        return open_store(location, Principal(who), OpenMode::Existing);
    }
    TempFolder folder;
    StoreLocation location;
    std::unique_ptr<Store> store;
};

// Runs `check` once for each backend, naming the backend when a check fails.
void on_every_backend(const std::function<void(Opened&)>& check) {
    for (const auto& backend : backends()) {
        BOOST_TEST_CONTEXT("backend " << backend.name) {
            Opened opened(backend);
            check(opened);
        }
    }
}

std::string thrown_message(const std::function<void()>& action) {
    try {
        action();
    } catch (const pcr::Error& e) {
        return e.what();
    }
    return "(nothing thrown)";
}

std::vector<unsigned char> tiny_png() {
    return {0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
            0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
            0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78,
            0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00,
            0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
}

// An account as a store keeps it; the hash stands in for one made by the accounts library.
Account account_of(const std::string& name, Role role) {
    Account account;
    account.user_name = name;
    account.full_name = name + " Example";
    account.role = role;
    account.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";
    return account;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(store_conformance_test)

BOOST_AUTO_TEST_CASE(a_missing_store_is_refused_unless_it_may_be_created) {
    for (const auto& backend : backends()) {
        BOOST_TEST_CONTEXT("backend " << backend.name) {
            TempFolder folder;
            const StoreLocation location = backend.fresh_location(folder);
            BOOST_CHECK_THROW(open_store(location, Principal("tester"), OpenMode::Existing),
                              pcr::StorageError);
            BOOST_TEST(open_store(location, Principal("tester"), OpenMode::CreateIfMissing)
                           ->count(SubjectKind::Person) == 0u);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_server_that_cannot_be_reached_is_named_with_what_to_check) {
    // Nothing listens on port 1, so the connection is refused at once; the password stays out of the message.
    const StoreLocation server = StoreLocation::parse("postgresql://care:secret@127.0.0.1:1/care");
    BOOST_TEST(server.is_server());
    const std::string message = thrown_message([&] { open_store(server, Principal("tester")); });
    BOOST_TEST(message.find("Could not connect to the database in postgresql://care@127.0.0.1:1/care: the "
                            "server could not be reached or refused the connection (") == 0u,
               message);
    BOOST_TEST(message.find("Check the address, the server account and the database's name, and that the "
                            "server is running.") != std::string::npos);
    BOOST_TEST(message.find("secret") == std::string::npos);
    // Nor a password given as a parameter; the other parameters stay.
    const std::string by_parameter = thrown_message([&] {
        open_store(StoreLocation::parse("postgresql://care@127.0.0.1:1/care?password=secret&sslmode=disable"),
                   Principal("tester"));
    });
    BOOST_TEST(
        by_parameter.find("in postgresql://care@127.0.0.1:1/care?sslmode=disable: ") != std::string::npos,
        by_parameter);
    BOOST_TEST(by_parameter.find("secret") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(subjects_are_added_updated_found_and_counted) {
    on_every_backend([](Opened& o) {
        o.store->save_subject(person("P-2", "Zoë Smith", "Zo"));
        o.store->save_subject(person("P-1", "Alan Jones"));
        o.store->save_subject(person("P-3", "Old Friend", {}, std::nullopt, Status::Archived));
        o.store->save_subject(person("P-1", "Alan Jonas", {}, day("1950-01-02")));

        BOOST_TEST(o.store->count(SubjectKind::Person) == 2u);
        BOOST_TEST(o.store->count(SubjectKind::Person, true) == 3u);
        BOOST_TEST(o.store->count(SubjectKind::Staff) == 0u);
        const auto found = o.store->subject(SubjectKind::Person, "P-1");
        BOOST_REQUIRE(found.has_value());
        BOOST_TEST(found->name == "Alan Jonas");
        BOOST_TEST(found->born->iso() == "1950-01-02");
        BOOST_TEST(!o.store->subject(SubjectKind::Staff, "P-1").has_value());

        std::vector<std::string> ids;
        for (const auto& s : o.store->subjects(SubjectKind::Person)) ids.push_back(s.id);
        BOOST_TEST(ids == (std::vector<std::string>{"P-1", "P-2"}), boost::test_tools::per_element());
        // Search ignores case and accents, and reaches the preferred name.
        const auto zoe = o.store->subjects(SubjectKind::Person, SubjectQuery{"zoe", false});
        BOOST_REQUIRE(zoe.size() == 1u);
        BOOST_TEST(zoe[0].id == "P-2");
        BOOST_TEST(o.store->subjects(SubjectKind::Person, SubjectQuery{"friend", false}).empty());
        BOOST_TEST(o.store->subjects(SubjectKind::Person, SubjectQuery{"friend", true}).size() == 1u);
    });
}

BOOST_AUTO_TEST_CASE(subjects_that_break_the_domain_rules_are_refused_before_anything_is_written) {
    on_every_backend([](Opened& o) {
        BOOST_TEST(thrown_message([&] { o.store->save_subject(person(" ", "Nobody")); }) ==
                   "A person needs an id; give one such as P-0001.");
        Subject team;
        team.kind = SubjectKind::Team;
        team.id = "crew";
        BOOST_TEST(thrown_message([&] { o.store->save_subject(team); }) ==
                   "Team crew needs a name; give the service or place it stands for.");
        team.id = "the crew";
        team.name = "Crew";
        BOOST_TEST(thrown_message([&] { o.store->save_subject(team); }) ==
                   "The team id \"the crew\" has a space in it; give one without, such as T-1.");
        BOOST_TEST(o.store->count(SubjectKind::Team, true) == 0u);
        BOOST_CHECK_THROW(o.store->save_subject(person("P-1", std::string("Bad \xff text"))), pcr::UserError);
        BOOST_TEST(
            thrown_message([&] { o.store->save_subject(person("../x", "Ann")); }) ==
            "The id \"../x\" starts with a dot; give an id of letters, digits and hyphens, such as P-0001.");
        // Person and staff ids are refused with a space just as team ids are (an XML attribute's newline
        // arrives as one).
        BOOST_TEST(thrown_message([&] { o.store->save_subject(person("P-9 0001", "Ann")); }) ==
                   "The id \"P-9 0001\" has a space in it; give an id of letters, digits and hyphens, such "
                   "as P-0001.");
        BOOST_TEST(thrown_message([&] {
                       o.store->save_subject(person("P-1", "Ann \u202Ehtims"));
                   }).find("text direction override") != std::string::npos);
        BOOST_TEST(o.store->count(SubjectKind::Person, true) == 0u);
    });
}

BOOST_AUTO_TEST_CASE(records_are_versioned_and_earlier_versions_can_be_read) {
    on_every_backend([](Opened& o) {
        o.store->save_subject(person("P-1", "Ann"));
        Record profile = pcr::test::sample_profile();
        BOOST_TEST(o.store->save_record(SubjectKind::Person, "P-1", profile) == 1);
        Record stored = *o.store->record(SubjectKind::Person, "P-1", "one-page-profile");
        BOOST_TEST(stored.version == 1);
        // Saving what is already there makes no new version.
        BOOST_TEST(o.store->save_record(SubjectKind::Person, "P-1", stored) == 1);
        stored.section_for_update("appreciation").entries.push_back(Entry{0, {}, "Kind to everyone", {}});
        BOOST_TEST(o.store->save_record(SubjectKind::Person, "P-1", stored) == 2);

        const auto first = o.store->record_at(SubjectKind::Person, "P-1", "one-page-profile", 1);
        BOOST_REQUIRE(first.has_value());
        BOOST_TEST(first->section("appreciation")->entries.size() == 3u);
        BOOST_TEST(o.store->record(SubjectKind::Person, "P-1", "one-page-profile")
                       ->section("appreciation")
                       ->entries.size() == 4u);
        BOOST_TEST(o.store->records(SubjectKind::Person, "P-1").size() == 1u);
        BOOST_TEST(!o.store->record_at(SubjectKind::Person, "P-1", "one-page-profile", 9).has_value());
    });
}

BOOST_AUTO_TEST_CASE(a_record_changed_by_someone_else_is_never_overwritten) {
    on_every_backend([](Opened& o) {
        o.store->save_subject(person("P-1", "Ann"));
        o.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_profile());
        auto other = o.again("carol");
        Record mine = *o.store->record(SubjectKind::Person, "P-1", "one-page-profile");
        Record theirs = *other->record(SubjectKind::Person, "P-1", "one-page-profile");
        theirs.section_for_update("appreciation").entries.push_back(Entry{0, {}, "Carol's", {}});
        other->save_record(SubjectKind::Person, "P-1", theirs);
        mine.section_for_update("appreciation").entries.push_back(Entry{0, {}, "Mine", {}});
        BOOST_CHECK_THROW(o.store->save_record(SubjectKind::Person, "P-1", mine), pcr::StorageError);
        BOOST_TEST(o.store->record(SubjectKind::Person, "P-1", "one-page-profile")->version == 2);
    });
}

BOOST_AUTO_TEST_CASE(a_person_changed_by_someone_else_is_never_overwritten) {
    on_every_backend([](Opened& o) {
        o.store->save_subject(person("P-1", "Ann Smith"));
        auto other = o.again("carol");
        Subject mine = *o.store->subject(SubjectKind::Person, "P-1");
        BOOST_TEST(mine.version == 1);
        Subject theirs = *other->subject(SubjectKind::Person, "P-1");
        theirs.name = "Ann Jones";
        other->save_subject(theirs);

        // Archiving what this program read would put the old name back.
        mine.status = Status::Archived;
        const std::string refused = thrown_message([&] { o.store->save_subject(mine); });
        BOOST_TEST(
            refused.find("The details of person P-1 were changed by someone else since you opened them "
                         "(by carol at ") != std::string::npos,
            refused);
        BOOST_CHECK_THROW(o.store->save_subject(mine), pcr::StorageError);
        const Subject stored = *o.store->subject(SubjectKind::Person, "P-1");
        BOOST_TEST(stored.name == "Ann Jones");
        BOOST_TEST((stored.status == Status::Active));
        BOOST_TEST(stored.version == 2);

        // Read again, the same change goes through; a subject not read from a store (version 0) is saved
        // as given, as an import or a command that names it does.
        Subject fresh = stored;
        fresh.status = Status::Archived;
        o.store->save_subject(fresh);
        BOOST_TEST(o.store->subject(SubjectKind::Person, "P-1")->version == 3);
        o.store->save_subject(person("P-1", "Ann Jones"));
        BOOST_TEST((o.store->subject(SubjectKind::Person, "P-1")->status == Status::Active));
    });
}

BOOST_AUTO_TEST_CASE(a_store_says_when_another_program_changed_it) {
    const auto news = [](Store& store) { return store.changed_elsewhere(); };
    on_every_backend([&](Opened& o) {
        o.store->save_subject(person("P-1", "Ann"));
        // Its own changes are not news to it.
        BOOST_TEST(!news(*o.store));
        auto other = o.again("carol");
        BOOST_TEST(!news(*o.store));
        other->save_subject(person("P-2", "Bea"));
        BOOST_TEST(news(*o.store));
        // Told once per change.
        BOOST_TEST(!news(*o.store));
        Subject ann = *other->subject(SubjectKind::Person, "P-1");
        ann.name = "Ann Jones";
        other->save_subject(ann);
        o.store->save_subject(person("P-3", "Cy"));
        BOOST_TEST(news(*o.store));
        BOOST_TEST(news(*other));  // P-3 was news to the other
        BOOST_TEST(!news(*other));
    });
}

BOOST_AUTO_TEST_CASE(a_record_of_nobody_is_refused) {
    on_every_backend([](Opened& o) {
        BOOST_CHECK_THROW(o.store->save_record(SubjectKind::Person, "P-404", pcr::test::sample_profile()),
                          pcr::NotFoundError);
    });
}

BOOST_AUTO_TEST_CASE(history_says_who_acted_and_what_changed_as_data) {
    on_every_backend([](Opened& o) {
        o.store->save_subject(person("P-1", "Ann"));
        o.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_log(2));
        auto other = o.again("bob");
        Record log = *other->record(SubjectKind::Person, "P-1", "learning-log");
        log.section_for_update("entries").entries.pop_back();
        other->save_record(SubjectKind::Person, "P-1", log);
        other->save_subject(person("P-1", "Ann", {}, std::nullopt, Status::Archived));

        const auto changes = o.store->history(SubjectKind::Person, "P-1");
        BOOST_REQUIRE(changes.size() == 4u);
        BOOST_TEST(changes[0].who == "tester");
        BOOST_TEST((changes[0].parts == std::vector<ChangePart>{{ChangeWhat::Added, 0, {}, std::nullopt}}));
        BOOST_TEST(changes[1].tool == "learning-log");
        BOOST_TEST(changes[1].version == 1);
        BOOST_TEST(changes[2].who == "bob");
        BOOST_TEST(
            (changes[2].parts == std::vector<ChangePart>{{ChangeWhat::EntriesRemoved, 1, {}, std::nullopt}}));
        BOOST_TEST(change_words(changes[2].parts) == "1 entry removed");
        BOOST_TEST(changes[3].tool.empty());
        BOOST_TEST(change_words(changes[3].parts) == "archived");
        for (const auto& change : changes) {
            BOOST_TEST(change.subject == "P-1");
            BOOST_TEST((change.kind == SubjectKind::Person));
        }
    });
}

BOOST_AUTO_TEST_CASE(visits_read_every_record_once_in_subject_then_tool_order) {
    on_every_backend([](Opened& o) {
        o.store->import(pcr::test::sample_caseload());
        std::vector<std::string> seen;
        o.store->for_each_record(SubjectKind::Person, false, [&](const Subject& s, const Record& r) {
            seen.push_back(s.id + "/" + r.tool);
        });
        BOOST_TEST(
            seen == (std::vector<std::string>{"P-0001/decision-making-agreement", "P-0001/learning-log",
                                              "P-0001/one-page-profile", "P-0001/person-centred-review"}),
            boost::test_tools::per_element());
    });
}

BOOST_AUTO_TEST_CASE(photos_are_kept_replaced_and_removed_with_history) {
    on_every_backend([](Opened& o) {
        o.store->save_subject(person("P-1", "Ann"));
        BOOST_CHECK_THROW(o.store->set_photo(SubjectKind::Person, "P-1", {1, 2, 3}, "image/png"),
                          pcr::UserError);
        o.store->set_photo(SubjectKind::Person, "P-1", tiny_png(), "image/png");
        const auto photo = o.store->photo(SubjectKind::Person, "P-1");
        BOOST_REQUIRE(photo.has_value());
        BOOST_TEST(photo->bytes == tiny_png(), boost::test_tools::per_element());
        o.store->clear_photo(SubjectKind::Person, "P-1");
        BOOST_TEST(!o.store->photo(SubjectKind::Person, "P-1").has_value());
        const auto changes = o.store->history(SubjectKind::Person, "P-1");
        BOOST_REQUIRE(changes.size() == 3u);
        BOOST_TEST(change_words(changes[1].parts) == "photo changed");
        BOOST_TEST(change_words(changes[2].parts) == "photo removed");
    });
}

BOOST_AUTO_TEST_CASE(assessments_are_added_replaced_by_date_and_removed) {
    on_every_backend([](Opened& o) {
        const WorkbookAssessment full = pcr::test::full_assessment();
        o.store->save_assessment(full);
        BOOST_REQUIRE(o.store->assessments().size() == 1u);
        BOOST_TEST((o.store->assessments()[0] == full));
        WorkbookAssessment changed = full;
        changed.scores[0].level = 4;
        o.store->save_assessment(changed);
        BOOST_REQUIRE(o.store->assessments().size() == 1u);
        BOOST_TEST(*o.store->assessments()[0].scores[0].level == 4);
        BOOST_TEST(o.store->remove_assessment(full.date, full.workbook));
        BOOST_TEST(!o.store->remove_assessment(full.date, full.workbook));
        BOOST_TEST(o.store->assessments().empty());
    });
}

BOOST_AUTO_TEST_CASE(assessments_that_break_the_domain_rules_are_refused) {
    on_every_backend([](Opened& o) {
        WorkbookAssessment bad = pcr::test::full_assessment();
        bad.scores[0].level = 6;
        BOOST_TEST(thrown_message([&] { o.store->save_assessment(bad); }) ==
                   "Topic 1.1 of the assessment of 1 Oct 2026 has level 6; levels go from 1 to 5.");
        BOOST_TEST(o.store->assessments().empty());
    });
}

BOOST_AUTO_TEST_CASE(saves_while_writes_are_held_are_kept_together_only_when_committed) {
    on_every_backend([](Opened& o) {
        const WorkbookAssessment full = pcr::test::full_assessment();
        {
            const auto hold = o.store->hold_writes();
            o.store->save_assessment(full);
            BOOST_TEST(o.store->assessments().size() == 1u);
            // A save refused inside the hold takes back only itself.
            WorkbookAssessment bad = full;
            bad.scores[0].level = 6;
            BOOST_CHECK_THROW(o.store->save_assessment(bad), pcr::Error);
            // Dropped uncommitted: nothing is kept.
        }
        BOOST_TEST(o.store->assessments().empty());
        {
            const auto hold = o.store->hold_writes();
            o.store->save_assessment(full);
            hold->commit();
        }
        BOOST_TEST(o.again()->assessments().size() == 1u);
    });
}

BOOST_AUTO_TEST_CASE(an_import_is_all_or_nothing) {
    on_every_backend([](Opened& o) {
        Interchange data = pcr::test::sample_caseload();
        data.assessments[0].scores[0].level = 9;
        BOOST_CHECK_THROW(o.store->import(data), pcr::UserError);
        BOOST_TEST(o.store->count(SubjectKind::Person, true) == 0u);
        BOOST_TEST(o.store->assessments().empty());

        const ImportCounts counts = o.store->import(pcr::test::sample_caseload());
        BOOST_TEST(counts.people == 2);
        BOOST_TEST(counts.staff == 1);
        BOOST_TEST(counts.assessments == 1);
    });
}

BOOST_AUTO_TEST_CASE(what_is_imported_is_exported_the_same) {
    on_every_backend([](Opened& o) {
        const Interchange data = pcr::test::sample_caseload();
        o.store->import(data);
        BOOST_TEST((o.store->export_all() == data));
        const Interchange one = o.store->export_subject(SubjectKind::Person, "P-0002");
        BOOST_REQUIRE(one.people.size() == 1u);
        BOOST_TEST((one.people[0] == data.people[1]));
        BOOST_CHECK_THROW(o.store->export_subject(SubjectKind::Person, "P-404"), pcr::NotFoundError);
    });
}

BOOST_AUTO_TEST_CASE(a_store_checks_itself_and_backs_up_to_a_copy_that_opens) {
    on_every_backend([](Opened& o) {
        o.store->import(pcr::test::sample_caseload());
        BOOST_TEST(o.store->check().ok());
        const auto copy = o.folder.path() / "copy.pcrdb";
        o.store->backup(copy);
        // A backup is a file whichever engine keeps the store.
        BOOST_TEST(
            (open_store(StoreLocation(copy), Principal("tester"))->export_all() == o.store->export_all()));
    });
}

BOOST_AUTO_TEST_CASE(assessment_saves_are_versions_in_the_workbooks_history) {
    on_every_backend([](Opened& o) {
        const WorkbookAssessment full = pcr::test::full_assessment();
        BOOST_TEST(o.store->save_assessment(full) == 1);
        BOOST_TEST(o.store->save_assessment(full) == 1);  // nothing differs: no new version
        WorkbookAssessment changed = full;
        changed.scores[0].level = 4;
        changed.scores[1].note = "Better";
        changed.actions.pop_back();
        changed.plans[1].why = "Asked for";
        changed.plans[0].priority = PlanPriority::Next;  // a rank is part of the plan
        changed.participation = Participation::Alone;
        BOOST_TEST(o.again("bob")->save_assessment(changed) == 2);
        BOOST_TEST(o.store->remove_assessment(full.date, full.workbook));

        const auto changes = o.store->assessment_history(full.workbook);
        BOOST_REQUIRE(changes.size() == 3u);
        BOOST_TEST(changes[0].who == "tester");
        BOOST_TEST(changes[0].version == 1);
        BOOST_TEST((changes[0].date == full.date));
        BOOST_TEST(change_words(changes[0].parts) ==
                   "started with 4 topics; 3 actions added; 2 plans added; who took part: With the team, to "
                   "agree team and individual goals");
        BOOST_TEST(changes[1].who == "bob");
        BOOST_TEST(changes[1].version == 2);
        BOOST_TEST(change_words(changes[1].parts) ==
                   "1 level changed; 1 note changed; 1 action removed; 2 plans changed; who took part: "
                   "Alone, for individual self-reflection");
        BOOST_TEST(changes[2].version == 0);
        BOOST_TEST(change_words(changes[2].parts) == "deleted");
        BOOST_TEST(o.store->assessment_history("another-workbook").empty());
    });
}

BOOST_AUTO_TEST_CASE(accounts_are_added_found_listed_and_updated) {
    on_every_backend([](Opened& o) {
        BOOST_TEST(!o.store->has_accounts());
        BOOST_TEST(o.store->account_count() == 0u);
        Account admin = account_of("Ann", Role::Administrator);
        admin.staff_id = "S-0001";
        admin.expires = day("2027-01-31");
        o.store->add_account(admin);
        o.store->add_account(account_of("bob", Role::SupportWorker));

        BOOST_TEST(o.store->has_accounts());
        BOOST_TEST(o.again()->has_accounts());
        BOOST_TEST(o.store->account_count() == 2u);
        const auto all = o.store->accounts();
        BOOST_REQUIRE(all.size() == 2u);
        BOOST_TEST(all[0].user_name == "Ann");
        BOOST_TEST(all[1].user_name == "bob");
        const auto found = o.store->account("ann");  // names match without regard to case
        BOOST_REQUIRE(found.has_value());
        BOOST_TEST(found->user_name == "Ann");
        BOOST_TEST(found->full_name == "Ann Example");
        BOOST_TEST((found->role == Role::Administrator));
        BOOST_TEST(found->staff_id.value_or("") == "S-0001");
        BOOST_TEST((found->expires == day("2027-01-31")));
        BOOST_TEST(!found->disabled);
        BOOST_TEST(!found->locked_until.has_value());
        BOOST_TEST(!o.store->account("carol").has_value());

        Account bob = *o.store->account("bob");
        bob.failed_attempts = 3;
        bob.locked_until = parse_utc_stamp("2026-12-05T14:15:00Z");
        bob.last_sign_in = parse_utc_stamp("2026-12-05T14:00:00Z");
        bob.disabled = true;
        o.store->update_account(bob);
        const Account again = *o.again()->account("BOB");
        BOOST_TEST(again.failed_attempts == 3);
        BOOST_TEST(again.disabled);
        BOOST_TEST((again.locked_until == parse_utc_stamp("2026-12-05T14:15:00Z")));
        BOOST_TEST((again.last_sign_in == parse_utc_stamp("2026-12-05T14:00:00Z")));
        BOOST_CHECK_THROW(o.store->update_account(account_of("carol", Role::Manager)), pcr::NotFoundError);
    });
}

BOOST_AUTO_TEST_CASE(accounts_that_break_the_rules_are_refused_before_anything_is_written) {
    on_every_backend([](Opened& o) {
        BOOST_TEST(
            thrown_message([&] { o.store->add_account(account_of("bob", Role::Manager)); }) ==
            "The first account must be an administrator, so someone can manage the others; add bob with "
            "the role administrator, or add an administrator first.");
        BOOST_TEST(!o.store->has_accounts());
        Account plain = account_of("ann", Role::Administrator);
        plain.password_hash = "correct horse battery staple";  // a password is never stored
        BOOST_CHECK_THROW(o.store->add_account(plain), pcr::UserError);
        BOOST_CHECK_THROW(o.store->add_account(account_of("ann smith", Role::Administrator)), pcr::UserError);
        Account not_staff = account_of("ann", Role::Administrator);
        not_staff.staff_id = "P-0001";
        BOOST_CHECK_THROW(o.store->add_account(not_staff), pcr::UserError);
        BOOST_TEST(!o.store->has_accounts());

        o.store->add_account(account_of("ann", Role::Administrator));
        BOOST_TEST(thrown_message([&] { o.store->add_account(account_of("ANN", Role::Manager)); }) ==
                   "There is already an account ANN; choose another user name.");
        Account last = *o.store->account("ann");
        last.disabled = true;
        BOOST_CHECK_THROW(o.store->update_account(last), pcr::UserError);
        last.disabled = false;
        last.role = Role::Manager;
        BOOST_CHECK_THROW(o.store->update_account(last), pcr::UserError);
        BOOST_TEST((o.store->account("ann")->role == Role::Administrator));
        BOOST_TEST(!o.store->account("ann")->disabled);
    });
}

BOOST_AUTO_TEST_CASE(every_change_is_in_the_audit_trail_under_who_made_it) {
    on_every_backend([](Opened& o) {
        o.store->save_subject(person("P-1", "Ann"));
        o.again("bob")->save_record(SubjectKind::Person, "P-1", pcr::test::sample_profile());
        o.store->save_assessment(pcr::test::full_assessment());

        const auto all = o.store->audit({});
        BOOST_REQUIRE(all.size() == 3u);
        BOOST_TEST(all[0].number == 1);
        BOOST_TEST(all[0].user == "tester");
        BOOST_TEST((all[0].action == AuditAction::Change));
        BOOST_TEST((all[0].kind == SubjectKind::Person));
        BOOST_TEST(all[0].subject == "P-1");
        BOOST_TEST(change_words(all[0].parts) == "added");
        BOOST_TEST(all[1].user == "bob");
        BOOST_TEST(all[1].detail == "one-page-profile");
        BOOST_TEST(change_words(all[1].parts) == "added with 3 sections; reviewed 2026-06-01");
        BOOST_TEST(!all[2].kind.has_value());
        BOOST_TEST(all[2].detail ==
                   pcr::test::full_assessment().workbook + " " + pcr::test::full_assessment().date.iso());
        BOOST_TEST(all[2].number == 3);
        BOOST_TEST(all[2].hash.size() == 64u);
        BOOST_TEST(o.store->check().ok());
    });
}

BOOST_AUTO_TEST_CASE(events_are_recorded_for_the_principal_and_read_by_filter) {
    on_every_backend([](Opened& o) {
        o.store->save_subject(person("P-1", "Ann"));
        o.store->save_subject(person("P-2", "Ben"));
        o.again("bob")->record_event(AuditEvent{AuditAction::Export, SubjectKind::Person, "P-2", "pdf"});
        o.store->record_event(AuditEvent{AuditAction::SignIn, std::nullopt, {}, {}});

        const auto ben = o.store->audit(AuditFilter{SubjectKind::Person, "P-2", {}, std::nullopt});
        BOOST_REQUIRE(ben.size() == 2u);
        BOOST_TEST((ben[1].action == AuditAction::Export));
        BOOST_TEST(ben[1].user == "bob");
        BOOST_TEST(ben[1].detail == "pdf");
        BOOST_TEST(ben[1].parts.empty());

        const auto by_bob = o.store->audit(AuditFilter{std::nullopt, {}, "bob", std::nullopt});
        BOOST_REQUIRE(by_bob.size() == 1u);
        BOOST_TEST(by_bob[0].number == 3);
        const auto sign_in = o.store->audit({}).back();
        BOOST_TEST((sign_in.action == AuditAction::SignIn));
        BOOST_TEST(!sign_in.kind.has_value());
        BOOST_TEST(sign_in.user == "tester");

        BOOST_TEST(o.store->audit(AuditFilter{std::nullopt, {}, {}, day("2999-01-01")}).empty());
        BOOST_TEST(o.store->audit(AuditFilter{std::nullopt, {}, {}, day("2000-01-01")}).size() == 4u);
        BOOST_TEST(o.store->check().ok());
    });
}

BOOST_AUTO_TEST_CASE(a_record_is_signed_off_at_its_version_and_later_changes_show) {
    on_every_backend([](Opened& o) {
        o.store->save_subject(person("P-1", "Ann"));
        BOOST_CHECK_THROW(o.store->sign_off(SubjectKind::Person, "P-1", "person-centred-review", ""),
                          pcr::NotFoundError);
        o.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_review());
        const SignOff done =
            o.again("Sam Senior")->sign_off(SubjectKind::Person, "P-1", "person-centred-review", "Agreed");
        BOOST_TEST(done.version == 1);
        BOOST_TEST(done.who == "Sam Senior");
        const auto found = o.store->sign_offs(SubjectKind::Person);
        BOOST_REQUIRE(found.size() == 1u);
        BOOST_TEST(found[0].subject == "P-1");
        BOOST_TEST(found[0].comment == "Agreed");
        BOOST_TEST(!found[0].outdated_by(1));
        BOOST_TEST(change_words(o.store->history(SubjectKind::Person, "P-1").back().parts) ==
                   "signed off: Agreed");

        Record review = *o.store->record(SubjectKind::Person, "P-1", "person-centred-review");
        review.reviewed = day("2026-12-01");
        BOOST_TEST(o.store->save_record(SubjectKind::Person, "P-1", review) == 2);
        BOOST_TEST(o.store->sign_offs(SubjectKind::Person, std::string("P-1")).at(0).outdated_by(2));
        BOOST_TEST(o.store->sign_offs(SubjectKind::Staff).empty());
        BOOST_TEST(o.store->check().ok());
    });
}

// Two teams, three people (P-1 North, P-2 South, P-3 in none), two staff: S-1 in North and key worker of
// P-1, S-2 in South.
void add_teams(Store& store) {
    store.save_subject(team_named("T-1", "North"));
    store.save_subject(team_named("T-2", "South"));
    store.save_subject(person("P-1", "Ann"));
    store.save_subject(person("P-2", "Bea"));
    store.save_subject(person("P-3", "Cal"));
    store.save_subject(staff_member("S-1", "Sam"));
    store.save_subject(staff_member("S-2", "Sue"));
    store.set_teams(SubjectKind::Person, "P-1", {"T-1"});
    store.set_teams(SubjectKind::Person, "P-2", {"T-2"});
    store.set_teams(SubjectKind::Staff, "S-1", {"T-1"});
    store.set_teams(SubjectKind::Staff, "S-2", {"T-2"});
    store.set_key_worker("P-1", "S-1");
}

std::vector<std::string> ids_of(const std::vector<Subject>& subjects) {
    std::vector<std::string> ids;
    for (const auto& s : subjects) ids.push_back(s.id);
    return ids;
}

std::vector<std::string> people_of(const Store& store, CaseloadScope caseload) {
    SubjectQuery query;
    query.caseload = caseload;
    return ids_of(store.subjects(SubjectKind::Person, query));
}

using Ids = std::vector<std::string>;

BOOST_AUTO_TEST_CASE(people_and_staff_belong_to_teams_with_each_change_in_their_history) {
    on_every_backend([](Opened& o) {
        add_teams(*o.store);
        BOOST_TEST(ids_of(o.store->subjects(SubjectKind::Team)) == (Ids{"T-1", "T-2"}),
                   boost::test_tools::per_element());
        o.store->set_teams(SubjectKind::Person, "P-3", {"T-2", "T-1", "T-2"});
        BOOST_TEST(o.store->teams_of(SubjectKind::Person, "P-3") == (Ids{"T-1", "T-2"}),
                   boost::test_tools::per_element());
        o.store->set_teams(SubjectKind::Person, "P-3", {"T-2"});
        // The same teams again change nothing and write nothing.
        o.store->set_teams(SubjectKind::Person, "P-3", {"T-2"});
        BOOST_TEST(o.store->teams_of(SubjectKind::Person, "P-3") == (Ids{"T-2"}),
                   boost::test_tools::per_element());

        const auto changes = o.store->history(SubjectKind::Person, "P-3");
        BOOST_REQUIRE(changes.size() == 3u);
        BOOST_TEST(change_words(changes[1].parts) == "joined team T-1; joined team T-2");
        BOOST_TEST(change_words(changes[2].parts) == "left team T-1");
        BOOST_TEST(changes[2].who == "tester");

        SubjectQuery south;
        south.team = "T-2";
        BOOST_TEST(ids_of(o.store->subjects(SubjectKind::Person, south)) == (Ids{"P-2", "P-3"}),
                   boost::test_tools::per_element());
        BOOST_TEST(ids_of(o.store->subjects(SubjectKind::Staff, south)) == (Ids{"S-2"}),
                   boost::test_tools::per_element());

        // A team that does not exist is named, and nothing changes.
        BOOST_TEST(thrown_message([&] {
                       o.store->set_teams(SubjectKind::Person, "P-3", {"T-1", "T-9"});
                   }).find("There is no team T-9 in") == 0u);
        BOOST_CHECK_THROW(o.store->set_teams(SubjectKind::Person, "P-3", {"T-9"}), pcr::NotFoundError);
        BOOST_CHECK_THROW(o.store->set_teams(SubjectKind::Person, "P-404", {"T-1"}), pcr::NotFoundError);
        BOOST_CHECK_THROW(o.store->set_teams(SubjectKind::Team, "T-1", {"T-2"}), pcr::UserError);
        BOOST_TEST(o.store->teams_of(SubjectKind::Person, "P-3") == (Ids{"T-2"}),
                   boost::test_tools::per_element());
        BOOST_TEST(o.store->history(SubjectKind::Person, "P-3").size() == 3u);

        // Renaming a team keeps who belongs to it.
        o.store->save_subject(team_named("T-2", "South and West"));
        BOOST_TEST(o.store->subject(SubjectKind::Team, "T-2")->name == "South and West");
        BOOST_TEST(o.store->subjects(SubjectKind::Person, south).size() == 2u);
    });
}

BOOST_AUTO_TEST_CASE(a_person_has_one_key_worker_and_each_change_is_in_history_and_audit) {
    on_every_backend([](Opened& o) {
        add_teams(*o.store);
        BOOST_TEST((o.store->key_worker("P-1") == std::optional<std::string>("S-1")));
        BOOST_TEST(!o.store->key_worker("P-2").has_value());
        o.store->set_key_worker("P-1", "S-2");
        o.store->set_key_worker("P-1", "S-2");
        o.store->set_key_worker("P-1", std::nullopt);
        BOOST_TEST(!o.store->key_worker("P-1").has_value());
        BOOST_CHECK_THROW(o.store->set_key_worker("P-1", std::string("S-404")), pcr::NotFoundError);
        BOOST_CHECK_THROW(o.store->set_key_worker("P-404", std::string("S-1")), pcr::NotFoundError);

        const auto changes = o.store->history(SubjectKind::Person, "P-1");
        BOOST_REQUIRE(changes.size() == 5u);
        BOOST_TEST(change_words(changes[2].parts) == "key worker now S-1");
        BOOST_TEST(change_words(changes[3].parts) == "key worker now S-2");
        BOOST_TEST(change_words(changes[4].parts) == "key worker S-2 removed");
        AuditFilter filter;
        filter.kind = SubjectKind::Person;
        filter.subject = "P-1";
        BOOST_TEST(o.store->audit(filter).size() == 5u);
        BOOST_TEST(o.store->check().ok());
    });
}

BOOST_AUTO_TEST_CASE(caseloads_narrow_people_to_mine_and_my_teams) {
    on_every_backend([](Opened& o) {
        add_teams(*o.store);
        o.store->set_teams(SubjectKind::Staff, "S-1", {"T-1", "T-2"});
        const auto manager = open_store(o.location, Principal("mo", Role::Manager, "S-1"));
        BOOST_TEST(people_of(*manager, CaseloadScope::MyPeople) == (Ids{"P-1"}),
                   boost::test_tools::per_element());
        BOOST_TEST(people_of(*manager, CaseloadScope::MyTeams) == (Ids{"P-1", "P-2"}),
                   boost::test_tools::per_element());
        BOOST_TEST(people_of(*manager, CaseloadScope::Everyone) == (Ids{"P-1", "P-2", "P-3"}),
                   boost::test_tools::per_element());
        // Without a staff record there is nobody of "mine" or "my teams", and everyone to see.
        BOOST_TEST(people_of(*o.store, CaseloadScope::MyPeople).empty());
        BOOST_TEST(people_of(*o.store, CaseloadScope::MyTeams).empty());
        BOOST_TEST(people_of(*o.store, CaseloadScope::Everyone).size() == 3u);
        // Staff are not in caseloads.
        SubjectQuery mine;
        mine.caseload = CaseloadScope::MyPeople;
        BOOST_TEST(manager->subjects(SubjectKind::Staff, mine).size() == 2u);
    });
}

BOOST_AUTO_TEST_CASE(a_support_worker_sees_only_the_people_of_their_own_teams) {
    on_every_backend([](Opened& o) {
        add_teams(*o.store);
        o.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_profile());
        o.store->save_record(SubjectKind::Person, "P-2", pcr::test::sample_profile());
        for (Role role : {Role::SupportWorker, Role::Senior}) {
            BOOST_TEST_CONTEXT("role " << to_string(role)) {
                const auto worker = open_store(o.location, Principal("sam", role, "S-1"));
                BOOST_TEST(people_of(*worker, CaseloadScope::Everyone) == (Ids{"P-1"}),
                           boost::test_tools::per_element());
                BOOST_TEST(worker->count(SubjectKind::Person) == 1u);
                BOOST_TEST(worker->count(SubjectKind::Staff) == 2u);
                BOOST_TEST(worker->subject(SubjectKind::Person, "P-1").has_value());
                BOOST_TEST(!worker->subject(SubjectKind::Person, "P-404").has_value());
                // Someone of another team cannot be read by id either, whatever the call.
                BOOST_TEST(thrown_message([&] { worker->subject(SubjectKind::Person, "P-2"); }) ==
                           "You may not see the records of person P-2: they are in none of your teams. Ask a "
                           "manager to add them to your team.");
                BOOST_CHECK_THROW(worker->records(SubjectKind::Person, "P-2"), pcr::NotAllowedError);
                BOOST_CHECK_THROW(worker->record(SubjectKind::Person, "P-2", "one-page-profile"),
                                  pcr::NotAllowedError);
                BOOST_CHECK_THROW(worker->record_at(SubjectKind::Person, "P-2", "one-page-profile", 1),
                                  pcr::NotAllowedError);
                BOOST_CHECK_THROW(worker->history(SubjectKind::Person, "P-2"), pcr::NotAllowedError);
                BOOST_CHECK_THROW(worker->export_subject(SubjectKind::Person, "P-2"), pcr::NotAllowedError);
                BOOST_CHECK_THROW(worker->photo(SubjectKind::Person, "P-2"), pcr::NotAllowedError);
                BOOST_CHECK_THROW(worker->teams_of(SubjectKind::Person, "P-2"), pcr::NotAllowedError);
                BOOST_CHECK_THROW(worker->save_record(SubjectKind::Person, "P-2", pcr::test::sample_review()),
                                  pcr::NotAllowedError);
                Ids visited;
                worker->for_each_record(SubjectKind::Person, true,
                                        [&](const Subject& s, const Record&) { visited.push_back(s.id); });
                BOOST_TEST(visited == (Ids{"P-1"}), boost::test_tools::per_element());
                visited.clear();
                worker->for_each_subject_judgements(
                    SubjectKind::Person, {}, {}, CaseloadScope::Everyone,
                    [&](const Subject& s, const std::vector<ToolJudgement>&) { visited.push_back(s.id); });
                BOOST_TEST(visited == (Ids{"P-1"}), boost::test_tools::per_element());
                // Exporting everyone is a manager's, who sees everyone.
                BOOST_CHECK_THROW(worker->export_all(), pcr::NotAllowedError);
            }
        }
        // Without a staff record a support worker sees nobody, and is told what to do.
        const auto unlinked = open_store(o.location, Principal("una", Role::SupportWorker));
        BOOST_TEST(unlinked->subjects(SubjectKind::Person).empty());
        BOOST_TEST(thrown_message([&] {
                       unlinked->records(SubjectKind::Person, "P-1");
                   }).find("linked to no staff record") != std::string::npos);
        // Managers and administrators see every team.
        for (Role role : {Role::Manager, Role::Administrator}) {
            const auto boss = open_store(o.location, Principal("mo", role, "S-2"));
            BOOST_TEST(boss->count(SubjectKind::Person) == 3u);
            BOOST_TEST(boss->records(SubjectKind::Person, "P-1").size() == 1u);
        }
    });
}

BOOST_AUTO_TEST_CASE(teams_and_assignments_are_exported_as_imported) {
    on_every_backend([](Opened& o) {
        const Interchange data = pcr::test::sample_teams_caseload();
        o.store->import(data);
        BOOST_TEST((o.store->export_all() == data));
        BOOST_TEST(o.store->teams_of(SubjectKind::Staff, "S-0001") == (Ids{"T-1", "T-2"}),
                   boost::test_tools::per_element());
        const Interchange one = o.store->export_subject(SubjectKind::Person, "P-0001");
        BOOST_REQUIRE(one.people.size() == 1u);
        BOOST_TEST((one.people[0] == data.people[0]));

        // A file that does not say leaves the assignments; an empty list clears them.
        Interchange again = pcr::test::sample_caseload();
        o.store->import(again);
        BOOST_TEST((o.store->key_worker("P-0001") == std::optional<std::string>("S-0001")));
        again.people[0].teams = std::vector<std::string>{};
        again.people[0].key_worker = "";
        o.store->import(again);
        BOOST_TEST(o.store->teams_of(SubjectKind::Person, "P-0001").empty());
        BOOST_TEST(!o.store->key_worker("P-0001").has_value());

        // A team the database does not have refuses the whole import.
        Interchange dangling = pcr::test::sample_caseload();
        dangling.people[1].teams = std::vector<std::string>{"T-9"};
        dangling.people[1].subject.name = "Changed";
        BOOST_CHECK_THROW(o.store->import(dangling), pcr::NotFoundError);
        BOOST_TEST(o.store->subject(SubjectKind::Person, "P-0002")->name == "محمد علی");
    });
}

BOOST_AUTO_TEST_CASE(a_store_written_by_a_newer_program_is_refused) {
    on_every_backend([&](Opened& o) {
        o.store.reset();
        // As a newer pcrecords would leave it: a schema version past this program's.
        const auto other = pcr::test::other_connection(o.folder.path() / "conformance.pcrdb");
        other->exec(other->engine() == sql::Engine::Sqlite ? "PRAGMA user_version = 999"
                                                           : "UPDATE pcr_schema SET version = 999");
        const std::string message = thrown_message([&] { o.again(); });
        BOOST_TEST(message.find("was written by a newer pcrecords (schema 999; this program knows up to") !=
                       std::string::npos,
                   message);
    });
}

BOOST_AUTO_TEST_SUITE_END()
