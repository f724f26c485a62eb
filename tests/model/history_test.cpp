// Tests of versions and history: who changed what when, in words; old versions; edits that would collide.
#include <boost/test/unit_test.hpp>
#include <regex>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/rules/change_words.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::count_rows;
using pcr::test::day;
using pcr::test::person;
using pcr::test::TempFolder;

namespace {

struct Fresh : pcr::test::FreshStore {
    Fresh() { store->save_subject(person("P-1", "Ann Smith")); }
    std::vector<std::string> words() const {
        std::vector<std::string> out;
        for (const auto& c : store->history(SubjectKind::Person, "P-1"))
            out.push_back((c.tool.empty() ? "" : c.tool + ": ") + change_words(c.parts));
        return out;
    }
};

std::string thrown_message(const std::function<void()>& action) {
    try {
        action();
    } catch (const pcr::Error& e) {
        return e.what();
    }
    return "(nothing thrown)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(history_test)

BOOST_AUTO_TEST_CASE(subject_changes_say_who_when_and_what_oldest_first) {
    TempFolder folder;
    const auto file = folder.path() / "h.db";
    open_test_store(file, OpenMode::CreateIfMissing, "alice")->save_subject(person("P-1", "Ann Smith"));
    auto store = open_test_store(file, OpenMode::Existing, "bob");
    store->save_subject(person("P-1", "Ann Jones"));
    store->save_subject(person("P-1", "Ann Jones"));  // nothing changed: no version
    store->save_subject(person("P-1", "Ann Jones", "Annie", day("1950-02-01"), Status::Archived));
    store->save_subject(person("P-1", "Ann Jones", "Annie", day("1950-02-01")));

    const auto changes = store->history(SubjectKind::Person, "P-1");
    BOOST_REQUIRE(changes.size() == 4u);
    BOOST_TEST(change_words(changes[0].parts) == "added");
    BOOST_TEST(change_words(changes[1].parts) == "name changed");
    BOOST_TEST(change_words(changes[2].parts) == "preferred name added, date of birth added, archived");
    BOOST_TEST(change_words(changes[3].parts) == "made active again");
    BOOST_TEST(changes[0].who == "alice");
    BOOST_TEST(changes[3].who == "bob");
    for (int i = 0; i < 4; ++i) {
        BOOST_TEST(changes[i].version == i + 1);
        BOOST_TEST(changes[i].tool == "");
        BOOST_TEST(std::regex_match(changes[i].when, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    }
    BOOST_TEST(store->history(SubjectKind::Person, "P-404").empty());
}

BOOST_AUTO_TEST_CASE(changes_are_recorded_under_the_principal_the_store_acts_for) {
    Fresh f;
    BOOST_TEST(f.store->principal().name() == "tester");
    BOOST_TEST(f.store->history(SubjectKind::Person, "P-1").at(0).who == "tester");
    BOOST_TEST(thrown_message([&] { open_test_store(f.file, OpenMode::Existing, " "); }) ==
               "Changes are recorded under the name of who makes them, and none was given; sign in or give a "
               "name.");
}

BOOST_AUTO_TEST_CASE(changes_are_kept_as_data_and_worded_at_the_edge) {
    Fresh f;
    Record profile = pcr::test::sample_profile();
    profile.reviewed = day("2026-11-20");
    f.store->save_record(SubjectKind::Person, "P-1", profile);
    const Change added = f.store->history(SubjectKind::Person, "P-1").back();
    BOOST_TEST((added.kind == SubjectKind::Person));
    BOOST_TEST(added.subject == "P-1");
    BOOST_TEST(added.tool == "one-page-profile");
    BOOST_REQUIRE(added.parts.size() == 2u);
    BOOST_TEST((added.parts[0].what == ChangeWhat::RecordAdded));
    BOOST_TEST(added.parts[0].count == static_cast<int>(profile.sections.size()));
    BOOST_TEST((added.parts[1].what == ChangeWhat::Reviewed));
    BOOST_TEST(added.parts[1].day->iso() == "2026-11-20");
    BOOST_TEST(change_words(added.parts) ==
               "added with " + std::to_string(profile.sections.size()) + " sections; reviewed 2026-11-20");
}

BOOST_AUTO_TEST_CASE(record_saves_are_worded_by_what_changed) {
    Fresh f;
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_profile()) == 1);

    Record r = *f.store->record(SubjectKind::Person, "P-1", "one-page-profile");
    r.section_for_update("appreciation").entries.push_back(Entry{0, {}, "Kind to the cat", {}});
    r.section_for_update("important-to-me").entries.at(0).text = "Seeing my sister";
    r.section_for_update("important-to-me").entries.at(1).text = "My garden";
    r.reviewed = day("2026-11-20");
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", r) == 2);

    // Saving what is stored again writes nothing.
    Record same = *f.store->record(SubjectKind::Person, "P-1", "one-page-profile");
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", same) == 2);

    auto& items = same.section_for_update("appreciation").entries;
    items.erase(items.begin());
    same.reviewed.reset();
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", same) == 3);

    Record agreement = pcr::test::sample_agreement();
    f.store->save_record(SubjectKind::Person, "P-1", agreement);
    agreement = *f.store->record(SubjectKind::Person, "P-1", "decision-making-agreement");
    agreement.section_for_update("more-control").text = "Choosing clothes.";
    f.store->save_record(SubjectKind::Person, "P-1", agreement);

    BOOST_TEST((f.words() == std::vector<std::string>{
                                 "added",
                                 "one-page-profile: added with 3 sections; reviewed 2026-06-01",
                                 "one-page-profile: 1 entry added, 2 changed; reviewed 2026-11-20",
                                 "one-page-profile: 1 entry removed; review date removed",
                                 "decision-making-agreement: added with 3 sections; reviewed 2026-01-10",
                                 "decision-making-agreement: more-control text changed",
                             }));
    const auto changes = f.store->history(SubjectKind::Person, "P-1");
    BOOST_TEST(changes.at(3).version == 3);
    BOOST_TEST(changes.at(5).version == 2);
}

BOOST_AUTO_TEST_CASE(record_at_gives_the_record_as_it_was) {
    Fresh f;
    const Record first = pcr::test::sample_log(3);
    f.store->save_record(SubjectKind::Person, "P-1", first);
    Record second = *f.store->record(SubjectKind::Person, "P-1", "learning-log");
    second.section_for_update("entries").entries.push_back(
        pcr::test::row({{"what-they-did", "Swim"}}, "2026-02-01"));
    f.store->save_record(SubjectKind::Person, "P-1", second);
    Record third = *f.store->record(SubjectKind::Person, "P-1", "learning-log");
    third.section_for_update("entries").entries.at(0).cell_for_update("worked-well").text = "Going with Sam";
    third.reviewed = day("2026-02-02");
    f.store->save_record(SubjectKind::Person, "P-1", third);

    const auto at1 = f.store->record_at(SubjectKind::Person, "P-1", "learning-log", 1);
    BOOST_REQUIRE(at1.has_value());
    BOOST_TEST((*at1 == first));
    BOOST_TEST(at1->version == 1);
    BOOST_TEST((*f.store->record_at(SubjectKind::Person, "P-1", "learning-log", 2) == second));
    BOOST_TEST((*f.store->record_at(SubjectKind::Person, "P-1", "learning-log", 3) == third));
    BOOST_TEST(f.store->record_at(SubjectKind::Person, "P-1", "learning-log", 2)->reviewed.has_value() ==
               false);
    BOOST_TEST(!f.store->record_at(SubjectKind::Person, "P-1", "learning-log", 4).has_value());
    BOOST_TEST(!f.store->record_at(SubjectKind::Person, "P-1", "learning-log", 0).has_value());
    BOOST_TEST(!f.store->record_at(SubjectKind::Person, "P-1", "life-story", 1).has_value());
}

BOOST_AUTO_TEST_CASE(a_growing_learning_log_writes_only_the_new_entry) {
    Fresh f;
    f.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_log(100));
    BOOST_TEST(count_rows(f.file, "SELECT count(*) FROM entry") == 100);

    Record log = *f.store->record(SubjectKind::Person, "P-1", "learning-log");
    log.section_for_update("entries").entries.push_back(
        pcr::test::row({{"what-they-did", "Baked bread"}}, "2026-11-20"));
    f.store->save_record(SubjectKind::Person, "P-1", log);
    BOOST_TEST(count_rows(f.file, "SELECT count(*) FROM entry") == 101);
    BOOST_TEST(count_rows(f.file, "SELECT count(*) FROM entry WHERE until_version IS NOT NULL") == 0);
    BOOST_TEST(f.words().back() == "learning-log: 1 entry added");

    // Removing the oldest entry is worded as one removal, though the others move up a place.
    log = *f.store->record(SubjectKind::Person, "P-1", "learning-log");
    auto& entries = log.section_for_update("entries").entries;
    entries.erase(entries.begin());
    f.store->save_record(SubjectKind::Person, "P-1", log);
    BOOST_TEST(f.words().back() == "learning-log: 1 entry removed");
    BOOST_TEST(
        f.store->record(SubjectKind::Person, "P-1", "learning-log")->section("entries")->entries.size() ==
        100u);
}

BOOST_AUTO_TEST_CASE(a_save_over_someone_elses_change_is_refused) {
    Fresh f;
    f.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_profile());
    // A second program on the same file, as when two staff have the same person open.
    auto other = open_test_store(f.file, OpenMode::Existing, "carol");

    Record mine = *f.store->record(SubjectKind::Person, "P-1", "one-page-profile");
    Record theirs = *other->record(SubjectKind::Person, "P-1", "one-page-profile");
    theirs.section_for_update("appreciation").entries.push_back(Entry{0, {}, "Carol's addition", {}});
    BOOST_TEST(other->save_record(SubjectKind::Person, "P-1", theirs) == 2);

    mine.section_for_update("appreciation").entries.push_back(Entry{0, {}, "My addition", {}});
    const std::string message =
        thrown_message([&] { f.store->save_record(SubjectKind::Person, "P-1", mine); });
    BOOST_TEST(
        message.starts_with("The one-page-profile record of person P-1 was changed by someone else since you "
                            "opened it (by carol at "));
    BOOST_TEST(message.ends_with("); reopen it to see their changes, then make yours again."));
    BOOST_TEST(f.store->record(SubjectKind::Person, "P-1", "one-page-profile")
                   ->section("appreciation")
                   ->entries.back()
                   .text == "Carol's addition");

    // A record someone else created after this one read "none yet" is not overwritten either.
    BOOST_CHECK_THROW(f.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_profile()),
                      pcr::StorageError);
    Record log = pcr::test::sample_log(1);
    other->save_record(SubjectKind::Person, "P-1", log);
    BOOST_CHECK_THROW(f.store->save_record(SubjectKind::Person, "P-1", log), pcr::StorageError);
}

BOOST_AUTO_TEST_CASE(history_interleaves_subject_and_record_changes_in_order) {
    Fresh f;
    f.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_log(2));
    f.store->save_subject(person("P-1", "Ann Smith", {}, std::nullopt, Status::Archived));
    Record log = *f.store->record(SubjectKind::Person, "P-1", "learning-log");
    log.section_for_update("entries").entries.pop_back();
    f.store->save_record(SubjectKind::Person, "P-1", log);
    BOOST_TEST((f.words() == std::vector<std::string>{"added", "learning-log: added with 1 section",
                                                      "archived", "learning-log: 1 entry removed"}));
}

BOOST_AUTO_TEST_SUITE_END()
