// Tests of the SQLite store: saving and reading people and records, search, import/export, checks and backup.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "support/damaged_file.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::damage_largest_index;
using pcr::test::day;
using pcr::test::person;
using pcr::test::TempFolder;

namespace {

using Fresh = pcr::test::FreshStore;

std::vector<std::string> ids(const std::vector<Subject>& subjects) {
    std::vector<std::string> out;
    for (const auto& s : subjects) out.push_back(s.id);
    return out;
}

std::string thrown_message(const std::function<void()>& action) {
    try {
        action();
    } catch (const pcr::Error& e) {
        return e.what();
    }
    return "(nothing thrown)";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sqlite_store_test)

BOOST_AUTO_TEST_CASE(people_with_names_in_any_script_come_back_as_saved) {
    Fresh f;
    const Subject zoe = person("P-1", "Zoë Brontë", "Zo", day("1941-03-09"));
    const Subject lukasz = person("P-2", "Łukasz Żółć");
    const Subject urdu = person("P-3", "محمد علی", "علی");
    const Subject emoji = person("P-4", "Sam Okafor 🌻", "🌻");
    for (const auto& s : {zoe, lukasz, urdu, emoji}) f.store->save_subject(s);

    BOOST_TEST((f.store->subject(SubjectKind::Person, "P-1") == zoe));
    BOOST_TEST((f.store->subject(SubjectKind::Person, "P-3") == urdu));
    BOOST_TEST((f.store->subject(SubjectKind::Person, "P-4") == emoji));
    BOOST_TEST(f.store->subject(SubjectKind::Person, "P-4")->display_name() == "🌻");
    BOOST_TEST(!f.store->subject(SubjectKind::Person, "P-9").has_value());
    BOOST_TEST(!f.store->subject(SubjectKind::Staff, "P-1").has_value());
    BOOST_TEST(f.store->count(SubjectKind::Person) == 4u);

    // Reopening reads the same from the file.
    f.store.reset();
    auto again = open_test_store(f.file);
    BOOST_TEST((again->subject(SubjectKind::Person, "P-2") == lukasz));
}

BOOST_AUTO_TEST_CASE(search_ignores_case_and_accents_in_either_name) {
    Fresh f;
    f.store->save_subject(person("P-1", "Zoë Brontë"));
    f.store->save_subject(person("P-2", "ZOE ADAMS"));
    f.store->save_subject(person("P-3", "Łukasz Nowak", "Luke"));
    f.store->save_subject(person("P-4", "محمد علی"));
    f.store->save_subject(person("P-5", "Margaret Jones", "Peggy"));
    f.store->save_subject(person("P-6", "Ann 100% Real_Name"));

    const auto found = [&](const std::string& text) {
        return ids(f.store->subjects(SubjectKind::Person, {text}));
    };
    BOOST_TEST((found("zoe") == std::vector<std::string>{"P-2", "P-1"}));  // by name: Adams before Brontë
    BOOST_TEST((found("BRONTE") == std::vector<std::string>{"P-1"}));
    BOOST_TEST((found("lukasz") == std::vector<std::string>{"P-3"}));
    BOOST_TEST((found("luke") == std::vector<std::string>{"P-3"}));
    BOOST_TEST((found("peg") == std::vector<std::string>{"P-5"}));
    BOOST_TEST((found("علی") == std::vector<std::string>{"P-4"}));
    BOOST_TEST((found("  jones ") == std::vector<std::string>{"P-5"}));
    // % and _ are the characters themselves, not wildcards.
    BOOST_TEST((found("100%") == std::vector<std::string>{"P-6"}));
    BOOST_TEST((found("l_n") == std::vector<std::string>{"P-6"}));
    BOOST_TEST((found("a_n") == std::vector<std::string>{}));  // as a wildcard it would match "Ann"
    BOOST_TEST((found("%") == std::vector<std::string>{"P-6"}));
    BOOST_TEST(found("").size() == 6u);
}

BOOST_AUTO_TEST_CASE(archived_people_are_hidden_unless_asked_for) {
    Fresh f;
    f.store->save_subject(person("P-1", "Ann Active"));
    f.store->save_subject(person("P-2", "Bob Archived", {}, std::nullopt, Status::Archived));
    BOOST_TEST((ids(f.store->subjects(SubjectKind::Person)) == std::vector<std::string>{"P-1"}));
    BOOST_TEST(
        (ids(f.store->subjects(SubjectKind::Person, {"", true})) == std::vector<std::string>{"P-1", "P-2"}));
    BOOST_TEST(f.store->count(SubjectKind::Person) == 1u);
    BOOST_TEST(f.store->count(SubjectKind::Person, true) == 2u);
    BOOST_TEST(to_string(f.store->subject(SubjectKind::Person, "P-2")->status) == "archived");
}

BOOST_AUTO_TEST_CASE(records_keep_sections_entries_cells_and_attendees_in_order) {
    Fresh f;
    f.store->save_subject(person("P-1", "Zoë"));
    for (const auto& r :
         {pcr::test::sample_review(), pcr::test::sample_profile(), pcr::test::sample_agreement()})
        BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", r) == 1);

    const auto review = f.store->record(SubjectKind::Person, "P-1", "person-centred-review");
    BOOST_REQUIRE(review.has_value());
    BOOST_TEST((*review == pcr::test::sample_review()));
    const auto& attendees = review->section("meetings")->entries.at(0).cell("attendees")->attendees;
    BOOST_TEST(attendees.size() == 3u);
    BOOST_TEST(attendees.at(0).name == "Zoë");
    BOOST_TEST(attendees.at(2).role == "staff");
    BOOST_TEST(review->section("meetings")->entries.at(0).date == "2026-05-02");
    BOOST_TEST(review->version == 1);

    const auto agreement = f.store->record(SubjectKind::Person, "P-1", "decision-making-agreement");
    BOOST_TEST((*agreement == pcr::test::sample_agreement()));
    BOOST_TEST(agreement->section("more-control")->text == "Choosing what to wear.\nAnd when to go out.");
    BOOST_TEST(agreement->sections.at(2).id == "spare");  // an empty section keeps its place
    BOOST_TEST(agreement->reviewed->iso() == "2026-01-10");

    std::vector<std::string> tools;
    for (const auto& r : f.store->records(SubjectKind::Person, "P-1")) tools.push_back(r.tool);
    BOOST_TEST((tools == std::vector<std::string>{"decision-making-agreement", "one-page-profile",
                                                  "person-centred-review"}));
    BOOST_TEST(!f.store->record(SubjectKind::Person, "P-1", "life-story").has_value());
    BOOST_TEST(f.store->records(SubjectKind::Person, "P-9").empty());
}

// Entries, cells and attendees are written in batches of up to 64 rows a statement: a record of more rows
// than that, with attendees in many of them, comes back whole and in order, and so does a second version that
// drops, changes and adds rows, while the first still reads as it was.
BOOST_AUTO_TEST_CASE(a_record_of_more_rows_than_a_batch_comes_back_whole_in_every_version) {
    Fresh f;
    f.store->save_subject(person("P-1", "Zoë"));
    const Record log = pcr::test::sample_log(151);  // 151 entries and 453 cells: batches of every size
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", log) == 1);
    BOOST_TEST((*f.store->record(SubjectKind::Person, "P-1", "learning-log") == log));

    Record review;
    review.tool = "person-centred-review";
    for (int i = 0; i < 70; ++i) {
        Entry meeting =
            pcr::test::row({{"working", "Walk " + std::to_string(i)}}, day("2026-01-01").plus_days(i).iso());
        meeting.cells.insert(
            meeting.cells.begin(),
            Cell{"attendees", {}, {{"person", "Zoë"}, {"family", "Al " + std::to_string(i)}}});
        pcr::test::add_row(review, "meetings", meeting);
    }
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", review) == 1);
    BOOST_TEST((*f.store->record(SubjectKind::Person, "P-1", "person-centred-review") == review));

    Record changed = *f.store->record(SubjectKind::Person, "P-1", "learning-log");
    auto& entries = changed.section_for_update("entries").entries;
    entries.erase(entries.begin());
    entries.at(10).cells.at(0).text = "Changed";
    for (int i = 0; i < 70; ++i)
        pcr::test::add_row(changed, "entries",
                           pcr::test::row({{"what-they-did", "Swim " + std::to_string(i)}},
                                          day("2026-08-01").plus_days(i).iso()));
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", changed) == 2);
    BOOST_TEST((*f.store->record(SubjectKind::Person, "P-1", "learning-log") == changed));
    BOOST_TEST((*f.store->record_at(SubjectKind::Person, "P-1", "learning-log", 1) == log));
}

// Two programs on one file (the app and the command line): whatever one has read or written, it sees what the
// other saved since, and its next save is not refused for reading an old state of the file.
BOOST_AUTO_TEST_CASE(a_store_sees_what_another_connection_saved_after_its_own_reads_and_writes) {
    Fresh f;
    f.store->save_subject(person("P-1", "Zoë"));
    f.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_profile());
    auto other = open_test_store(f.file);

    // Every kind of read and write on the first connection, each of which may leave a statement behind.
    BOOST_TEST(f.store->subject(SubjectKind::Person, "P-1").has_value());
    BOOST_TEST(f.store->count(SubjectKind::Person) == 1u);
    BOOST_TEST(f.store->subjects(SubjectKind::Person).size() == 1u);
    BOOST_TEST(f.store->records(SubjectKind::Person, "P-1").size() == 1u);
    BOOST_TEST(f.store->record(SubjectKind::Person, "P-1", "one-page-profile").has_value());
    BOOST_TEST(!f.store->history(SubjectKind::Person, "P-1").empty());
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_review()) == 1);
    f.store->for_each_record(SubjectKind::Person, false, [](const Subject&, const Record&) {});
    BOOST_TEST(f.store->assessments().empty());

    // The other connection adds someone and changes the first person's review.
    other->save_subject(person("P-2", "Łukasz"));
    Record review = *other->record(SubjectKind::Person, "P-1", "person-centred-review");
    review.reviewed = day("2026-11-30");
    BOOST_TEST(other->save_record(SubjectKind::Person, "P-1", review) == 2);

    BOOST_TEST(f.store->subject(SubjectKind::Person, "P-2").has_value());
    BOOST_TEST(f.store->count(SubjectKind::Person) == 2u);
    BOOST_TEST(f.store->record(SubjectKind::Person, "P-1", "person-centred-review")->version == 2);
    // A save after the other's change goes through.
    f.store->save_subject(person("P-3", "Anna"));
    BOOST_TEST(other->subject(SubjectKind::Person, "P-3").has_value());
}

BOOST_AUTO_TEST_CASE(a_record_for_someone_not_in_the_store_is_refused) {
    Fresh f;
    const auto message = thrown_message(
        [&] { f.store->save_record(SubjectKind::Person, "P-9", pcr::test::sample_profile()); });
    BOOST_TEST(contains(message, "There is no person P-9 in " + pcr::test::shown(f.file)));
    BOOST_CHECK_THROW(f.store->save_record(SubjectKind::Person, "P-9", pcr::test::sample_profile()),
                      pcr::NotFoundError);
}

BOOST_AUTO_TEST_CASE(the_team_is_one_subject_with_the_id_team) {
    Fresh f;
    Subject team;
    team.kind = SubjectKind::Team;
    team.id = "team";
    f.store->save_subject(team);
    Record purpose;
    purpose.tool = "team-purpose";
    purpose.section_for_update("purpose").text = "Good lives at home";
    f.store->save_record(SubjectKind::Team, "team", purpose);
    BOOST_TEST(f.store->record(SubjectKind::Team, "team", "team-purpose")->section("purpose")->text ==
               "Good lives at home");
    // Other teams need a name of their own.
    team.id = "crew";
    BOOST_TEST(thrown_message([&] { f.store->save_subject(team); }) ==
               "Team crew needs a name; give the service or place it stands for.");
    team.name = "The crew";
    f.store->save_subject(team);
    BOOST_TEST(f.store->count(SubjectKind::Team) == 2u);
}

BOOST_AUTO_TEST_CASE(export_gives_back_what_was_imported_and_survives_a_second_round) {
    Fresh f;
    const Interchange data = pcr::test::sample_caseload();
    const ImportCounts counts = f.store->import(data);
    BOOST_TEST(counts.people == 2);
    BOOST_TEST(counts.staff == 1);
    BOOST_TEST(counts.records == 7);
    BOOST_TEST(counts.assessments == 1);

    const Interchange exported = f.store->export_all();
    BOOST_TEST((exported == data));

    TempFolder other;
    auto second = open_test_store(other.path() / "copy.db", OpenMode::CreateIfMissing);
    second->import(exported);
    BOOST_TEST((second->export_all() == data));

    const Interchange one = f.store->export_subject(SubjectKind::Person, "P-0002");
    BOOST_TEST(one.people.size() == 1u);
    BOOST_TEST(one.people.at(0).subject.name == "محمد علی");
    BOOST_TEST(one.staff.empty());
    BOOST_TEST(!one.team.has_value());
    BOOST_CHECK_THROW(f.store->export_subject(SubjectKind::Person, "P-7"), pcr::NotFoundError);
}

BOOST_AUTO_TEST_CASE(import_updates_people_by_id_and_leaves_other_tools_alone) {
    Fresh f;
    f.store->import(pcr::test::sample_caseload());

    Interchange update;
    Record profile = pcr::test::sample_profile();
    profile.section_for_update("appreciation").entries.push_back(Entry{0, {}, "Kind to the cat", {}});
    update.people.push_back({person("P-0001", "Zoë Smith-Jones", "Zo", day("1941-03-09")), {profile}});
    update.people.push_back({person("P-0003", "New Person"), {}});
    f.store->import(update);

    BOOST_TEST(f.store->subject(SubjectKind::Person, "P-0001")->name == "Zoë Smith-Jones");
    BOOST_TEST(f.store->count(SubjectKind::Person, true) == 3u);
    BOOST_TEST(f.store->records(SubjectKind::Person, "P-0001").size() == 4u);  // the other three tools stay
    BOOST_TEST(f.store->record(SubjectKind::Person, "P-0001", "one-page-profile")
                   ->section("appreciation")
                   ->entries.size() == 4u);
    BOOST_TEST(f.store->record(SubjectKind::Person, "P-0001", "one-page-profile")->version == 2);
    BOOST_TEST(f.store->record(SubjectKind::Person, "P-0001", "learning-log")->version == 1);

    // The same data again changes nothing, so no new versions appear.
    const auto changes = f.store->history(SubjectKind::Person, "P-0001").size();
    f.store->import(update);
    BOOST_TEST(f.store->history(SubjectKind::Person, "P-0001").size() == changes);
}

BOOST_AUTO_TEST_CASE(a_failed_import_leaves_the_store_as_it_was) {
    Fresh f;
    f.store->import(pcr::test::sample_caseload());
    const Interchange before = f.store->export_all();

    Interchange bad;
    bad.people.push_back({person("P-0001", "Changed Name"), {pcr::test::sample_log(50)}});
    bad.people.push_back({person("P-0100", "Added Then Rolled Back"), {pcr::test::sample_profile()}});
    bad.people.push_back({person("P-0001", "Twice"), {}});
    const auto message = thrown_message([&] { f.store->import(bad); });
    BOOST_TEST(message == "Cannot import: person P-0001 appears twice. Keep one of them and import again.");
    BOOST_CHECK_THROW(f.store->import(bad), pcr::StorageError);

    BOOST_TEST((f.store->export_all() == before));
    BOOST_TEST(!f.store->subject(SubjectKind::Person, "P-0100").has_value());
    BOOST_TEST(f.store->history(SubjectKind::Person, "P-0001").size() == 5u);  // added, and its four records
}

BOOST_AUTO_TEST_CASE(for_each_record_visits_records_by_id_then_tool) {
    Fresh f;
    f.store->import(pcr::test::sample_caseload());
    f.store->save_subject(person("P-0000", "Has No Records"));
    std::vector<std::string> seen;
    f.store->for_each_record(SubjectKind::Person, false,
                             [&](const Subject& s, const Record& r) { seen.push_back(s.id + " " + r.tool); });
    BOOST_TEST((seen == std::vector<std::string>{"P-0001 decision-making-agreement", "P-0001 learning-log",
                                                 "P-0001 one-page-profile", "P-0001 person-centred-review"}));
    seen.clear();
    f.store->for_each_record(SubjectKind::Person, true, [&](const Subject& s, const Record& r) {
        seen.push_back(s.id + " " + r.tool + " " + std::to_string(r.sections.size()));
    });
    BOOST_TEST(seen.size() == 5u);
    BOOST_TEST(seen.back() == "P-0002 one-page-profile 3");
}

// Scans keep their compiled queries on the connection; one started from inside another of the same shape
// must not take over the other's, and one stopped by its visitor must not hold its read open.
BOOST_AUTO_TEST_CASE(a_scan_inside_a_scan_of_the_same_shape_and_a_stopped_scan_read_correctly) {
    Fresh f;
    f.store->import(pcr::test::sample_caseload());
    std::vector<std::string> outer;
    std::size_t inner = 0;
    f.store->for_each_record(SubjectKind::Person, true, [&](const Subject& s, const Record& r) {
        outer.push_back(s.id + " " + r.tool);
        f.store->for_each_record(SubjectKind::Person, true, [&](const Subject&, const Record&) { ++inner; });
    });
    BOOST_TEST(outer.size() == 5u);
    BOOST_TEST(inner == 25u);

    BOOST_CHECK_THROW(
        f.store->for_each_record(SubjectKind::Person, true,
                                 [](const Subject&, const Record&) { throw std::runtime_error("stopped"); }),
        std::runtime_error);
    auto other = open_test_store(f.file);
    Record profile = *other->record(SubjectKind::Person, "P-0002", "one-page-profile");
    profile.reviewed = day("2026-11-30");
    other->save_record(SubjectKind::Person, "P-0002", profile);
    BOOST_TEST(f.store->record(SubjectKind::Person, "P-0002", "one-page-profile")->version ==
               profile.version + 1);
    std::size_t after = 0;
    f.store->for_each_record(SubjectKind::Person, true, [&](const Subject&, const Record&) { ++after; });
    BOOST_TEST(after == 5u);
}

BOOST_AUTO_TEST_CASE(an_assessment_of_the_same_day_and_workbook_is_replaced) {
    Fresh f;
    WorkbookAssessment a{
        day("2026-10-01"), "progress-for-providers-homecare", {{"1.1", 2, "Started", {}}}, {}, {}};
    f.store->save_assessment(a);
    f.store->save_assessment(
        WorkbookAssessment{day("2026-04-01"), "progress-for-providers-homecare", {}, {}, {}});
    a.scores = {{"1.1", 4, "Much better", {}}, {"1.2", std::nullopt, "Not looked at yet", {}}};
    f.store->save_assessment(a);

    const auto all = f.store->assessments();
    BOOST_TEST(all.size() == 2u);
    BOOST_TEST(all.at(0).date.iso() == "2026-04-01");
    BOOST_TEST((all.at(1) == a));
    BOOST_TEST(thrown_message([&] {
                   f.store->save_assessment(
                       WorkbookAssessment{day("2026-11-01"), "w", {{"2.1", 7, "", {}}}, {}, {}});
               }) == "Topic 2.1 of the assessment of 1 Nov 2026 has level 7; levels go from 1 to 5.");
}

// A server checks every reference as each row is written, so only a file can be left with a broken one.
BOOST_AUTO_TEST_CASE(check_passes_a_healthy_store_and_names_a_broken_link,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    Fresh f;
    f.store->import(pcr::test::sample_caseload());
    BOOST_TEST(f.store->check().ok());
    {
        // Another program writing without foreign keys switched on leaves a record without its person.
        SQLite::Database raw(f.file, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA foreign_keys = OFF");
        raw.exec(
            "INSERT INTO record (subject_key, tool_id, reviewed_on, version_no) VALUES (999, 'outcomes', "
            "NULL, 1)");
    }
    const IntegrityReport report = f.store->check();
    BOOST_TEST(!report.ok());
    BOOST_TEST_INFO("first problem: " << report.problems.at(0));
    BOOST_TEST(contains(report.problems.at(0), "of table record refers to a subject that does not exist."));
    BOOST_TEST(report.problems.size() == 2u);
    BOOST_TEST(
        report.problems.at(1) ==
        "The outcomes record of a missing subject is at version 1 but its history has no such version.");
}

BOOST_AUTO_TEST_CASE(a_backup_opens_as_a_pcrecords_database_and_never_overwrites) {
    Fresh f;
    f.store->import(pcr::test::sample_caseload());
    const auto target = f.folder.path() / "backup.db";
    f.store->backup(target);
    {
        // A backup is a file whichever engine keeps the store.
        auto copy = open_store(StoreLocation(target), Principal("tester"));
        BOOST_TEST((copy->export_all() == f.store->export_all()));
        BOOST_TEST(copy->check().ok());
    }
    BOOST_TEST(thrown_message([&] { f.store->backup(target); }) ==
               target.string() +
                   " already exists. A backup never overwrites a file: choose a new file name, or "
                   "move the old file away first.");
    BOOST_TEST(SQLite::Database(target).execAndGet("SELECT count(*) FROM subject").getInt64() == 4);
    BOOST_TEST(std::filesystem::exists(target));
    for (const auto& file : std::filesystem::directory_iterator(f.folder.path()))
        BOOST_TEST(!contains(file.path().filename().string(), "partial"));
}

BOOST_AUTO_TEST_CASE(a_damaged_database_is_neither_backed_up_nor_written_into,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    TempFolder folder;
    const auto file = folder.path() / "damaged.db";
    {
        auto store = open_test_store(file, OpenMode::CreateIfMissing);
        store->import(pcr::test::sample_caseload());
    }
    damage_largest_index(file);
    auto store = open_test_store(file);
    BOOST_TEST_REQUIRE(!store->check().ok());

    const auto target = folder.path() / "backup.db";
    const std::string refused = thrown_message([&] { store->backup(target); });
    BOOST_TEST(refused.rfind("Cannot back up " + file.string() + ": the database is damaged (", 0) == 0u,
               refused);
    BOOST_TEST(contains(refused, "nothing was written"), refused);
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path()))
        names.push_back(entry.path().filename().string());
    BOOST_TEST((std::find(names.begin(), names.end(), "backup.db") == names.end()));
    for (const auto& name : names) BOOST_TEST(name.rfind("damaged.db", 0) == 0u, name);

    Interchange more;
    more.people.push_back({person("P-NEW", "New Person"), {}});
    const std::string not_imported = thrown_message([&] { store->import(more); });
    BOOST_TEST(
        not_imported.rfind("Cannot write into " + file.string() + ": the database is damaged (", 0) == 0u,
        not_imported);
    BOOST_TEST(contains(not_imported, "nothing was changed"), not_imported);
}

BOOST_AUTO_TEST_SUITE_END()
