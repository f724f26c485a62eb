// Tests of the edit session: immediate saves, undo and redo as new versions, failed saves, observers, people.
#include "model/rules/edit_session.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <iterator>
#include <tuple>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/rules/assessment_draft.h"
#include "model/rules/record_edit.h"
#include "support/assessment_samples.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::person;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;

namespace {

struct Fixture {
    TempFolder folder;
    std::filesystem::path file = folder.path() / "records.db";
    std::unique_ptr<Store> store = open_test_store(file, OpenMode::CreateIfMissing, "ayesha");
    EditSession session{*store, &shipped_templates()};

    Fixture() {
        store->save_subject(person("P-1", "Zoë Smith"));
        store->save_subject(person("P-2", "Alan Jones"));
    }

    // The record as a second program reading the file would see it.
    std::optional<Record> on_disk(const std::string& id, const std::string& tool) const {
        return open_test_store(file)->record(SubjectKind::Person, id, tool);
    }
};

const ToolTemplate& tool(const char* id) {
    return shipped_templates().get(id);
}

// A change adding a learning-log entry dated 2026-06-30 about `what`.
std::function<void(Record&)> log_entry(const std::string& what) {
    return [what](Record& r) {
        RecordEdit edit(r, tool("learning-log"));
        const auto row = edit.add_row("entries", day("2026-06-30"));
        edit.set_cell("entries", row, "what-they-did", what);
        edit.set_cell("entries", row, "worked-well", "Going early");
        edit.set_cell("entries", row, "did-not-work", "The cold");
    };
}

std::function<void(Record&)> set_first_item(const std::string& text) {
    return [text](Record& r) { RecordEdit(r, tool("one-page-profile")).set_item("appreciation", 0, text); };
}

std::function<void(Record&)> add_item(const std::string& text) {
    return [text](Record& r) { RecordEdit(r, tool("one-page-profile")).add_item("appreciation", text); };
}

std::vector<std::string> items(const std::optional<Record>& r) {
    std::vector<std::string> out;
    if (r && r->section("appreciation"))
        for (const auto& e : r->section("appreciation")->entries) out.push_back(e.text);
    return out;
}

using Seen = std::tuple<std::string, std::string, std::string>;

struct Recorder : EditObserver {
    std::vector<Seen> seen;
    void record_changed(SubjectKind kind, const std::string& id, const std::string& tool) override {
        seen.emplace_back(std::string(to_string(kind)), id, tool);
    }
    void subject_changed(SubjectKind kind, const std::string& id) override {
        seen.emplace_back(std::string(to_string(kind)), id, "");
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(edit_session_test)

BOOST_AUTO_TEST_CASE(a_new_learning_log_entry_is_saved_at_once_and_can_be_undone) {
    Fixture f;
    BOOST_TEST(!f.session.can_undo());
    BOOST_TEST(f.session.undo_description() == "");
    BOOST_TEST(f.session.apply(SubjectKind::Person, "P-1", "learning-log", log_entry("Swimming"),
                               "add learning-log entry"));

    const auto saved = f.on_disk("P-1", "learning-log");
    BOOST_TEST_REQUIRE(saved.has_value());
    BOOST_TEST(saved->section("entries")->entries.at(0).cell("what-they-did")->text == "Swimming");
    BOOST_TEST(saved->section("entries")->entries.at(0).date == "2026-06-30");
    BOOST_TEST(f.session.can_undo());
    BOOST_TEST(!f.session.can_redo());
    BOOST_TEST(f.session.undo_description() == "Undo add learning-log entry, in Zoë Smith's learning log");

    f.session.undo();
    BOOST_TEST(f.on_disk("P-1", "learning-log")->empty());
    BOOST_TEST(!f.session.can_undo());
    BOOST_TEST(f.session.redo_description() == "Redo add learning-log entry, in Zoë Smith's learning log");

    f.session.redo();
    BOOST_TEST(f.on_disk("P-1", "learning-log")->section("entries")->entries.size() == 1u);
    BOOST_TEST(f.session.undo_description() == "Undo add learning-log entry, in Zoë Smith's learning log");
}

BOOST_AUTO_TEST_CASE(undo_and_redo_are_new_versions_so_history_keeps_everything) {
    Fixture f;
    f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", add_item("Kind"), "add item");
    f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", set_first_item("Kind and patient"),
                    "edit item");
    BOOST_TEST(items(f.on_disk("P-1", "one-page-profile")) == (std::vector<std::string>{"Kind and patient"}));

    f.session.undo();
    BOOST_TEST(items(f.on_disk("P-1", "one-page-profile")) == (std::vector<std::string>{"Kind"}));
    f.session.redo();
    BOOST_TEST(items(f.on_disk("P-1", "one-page-profile")) == (std::vector<std::string>{"Kind and patient"}));

    const auto record = f.store->record(SubjectKind::Person, "P-1", "one-page-profile");
    BOOST_TEST(record->version == 4);
    const auto v2 = f.store->record_at(SubjectKind::Person, "P-1", "one-page-profile", 2);
    const auto v3 = f.store->record_at(SubjectKind::Person, "P-1", "one-page-profile", 3);
    BOOST_TEST(items(v2) == (std::vector<std::string>{"Kind and patient"}));
    BOOST_TEST(items(v3) == (std::vector<std::string>{"Kind"}));
    int record_changes = 0;
    for (const auto& change : f.store->history(SubjectKind::Person, "P-1"))
        if (change.tool == "one-page-profile") {
            ++record_changes;
            BOOST_TEST(change.who == "ayesha");
        }
    BOOST_TEST(record_changes == 4);
}

BOOST_AUTO_TEST_CASE(undo_walks_back_across_records_and_people_in_order) {
    Fixture f;
    f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", add_item("Kind"), "add item");
    f.session.apply(SubjectKind::Person, "P-2", "one-page-profile", add_item("Tall"), "add item");
    f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", add_item("Brave"), "add second item");

    BOOST_TEST(f.session.undo_description() == "Undo add second item, in Zoë Smith's one-page profile");
    f.session.undo();
    BOOST_TEST(f.session.undo_description() == "Undo add item, in Alan Jones's one-page profile");
    f.session.undo();
    BOOST_TEST(items(f.on_disk("P-1", "one-page-profile")) == (std::vector<std::string>{"Kind"}));
    BOOST_TEST(items(f.on_disk("P-2", "one-page-profile")).empty());
    f.session.undo();
    BOOST_TEST(items(f.on_disk("P-1", "one-page-profile")).empty());
    BOOST_TEST(!f.session.can_undo());

    f.session.redo();
    f.session.redo();
    BOOST_TEST(items(f.on_disk("P-2", "one-page-profile")) == (std::vector<std::string>{"Tall"}));
    BOOST_TEST(f.session.redo_description() == "Redo add second item, in Zoë Smith's one-page profile");

    // A new edit after undoing drops what could have been redone.
    f.session.apply(SubjectKind::Person, "P-2", "one-page-profile", add_item("Calm"),
                    "add Alan's second item");
    BOOST_TEST(!f.session.can_redo());
    BOOST_TEST(items(f.on_disk("P-1", "one-page-profile")) == (std::vector<std::string>{"Kind"}));
}

BOOST_AUTO_TEST_CASE(undo_and_redo_name_whose_record_they_change_and_point_at_it) {
    Fixture f;
    Subject team;
    team.kind = SubjectKind::Team;
    team.id = std::string(kTeamId);
    f.store->save_subject(team);
    BOOST_TEST(!f.session.undo_target().has_value());
    f.session.apply(
        SubjectKind::Person, "P-2", "person-centred-review",
        [](Record& r) {
            RecordEdit edit(r, tool("person-centred-review"));
            const auto row = edit.add_row("actions", day("2026-06-30"));
            edit.set_cell("actions", row, "action", "Try the swimming club");
        },
        "edit By when");
    BOOST_TEST(f.session.undo_description() == "Undo edit By when, in Alan Jones's person-centred review");
    const auto review = f.session.undo_target();
    BOOST_TEST_REQUIRE(review.has_value());
    BOOST_TEST((review->kind == SubjectKind::Person));
    BOOST_TEST(review->id == "P-2");
    BOOST_TEST(review->tool == "person-centred-review");

    f.session.apply(
        SubjectKind::Team, team.id, "team-purpose",
        [](Record& r) { r.section_for_update("purpose").text = "Good lives at home"; }, "edit text");
    BOOST_TEST(f.session.undo_description() == "Undo edit text, in the team's team purpose");
    BOOST_TEST(f.session.undo_target()->tool == "team-purpose");

    // A change to someone's details names them already; it points at them with no tool.
    Subject zoe = *f.store->subject(SubjectKind::Person, "P-1");
    zoe.name = "Zoë Smith-Jones";
    f.session.save_subject(zoe, "edit Zoë Smith-Jones");
    BOOST_TEST(f.session.undo_description() == "Undo edit Zoë Smith-Jones");
    BOOST_TEST(f.session.undo_target()->id == "P-1");
    BOOST_TEST(f.session.undo_target()->tool.empty());

    f.session.undo();
    f.session.undo();
    BOOST_TEST(f.session.redo_description() == "Redo edit text, in the team's team purpose");
    BOOST_TEST((f.session.redo_target()->kind == SubjectKind::Team));
    BOOST_TEST(f.session.undo_target()->id == "P-2");

    // Without the templates a record is named by its tool's id.
    EditSession bare(*f.store);
    bare.apply(SubjectKind::Person, "P-1", "one-page-profile", add_item("Kind"), "add item");
    BOOST_TEST(bare.undo_description() == "Undo add item, in Zoë Smith's one-page-profile");
}

BOOST_AUTO_TEST_CASE(an_edit_that_changes_nothing_is_not_saved_or_stacked) {
    Fixture f;
    f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", add_item("Kind"), "add item");
    BOOST_TEST(!f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", set_first_item("Kind"),
                                "edit item"));
    BOOST_TEST(f.session.undo_description() == "Undo add item, in Zoë Smith's one-page profile");
    BOOST_TEST(f.store->record(SubjectKind::Person, "P-1", "one-page-profile")->version == 1);
}

BOOST_AUTO_TEST_CASE(a_refused_edit_saves_nothing_and_leaves_the_stacks) {
    Fixture f;
    f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", add_item("Kind"), "add item");
    BOOST_CHECK_THROW(f.session.apply(SubjectKind::Person, "P-1", "one-page-profile",
                                      set_first_item(std::string("\xFF")), "edit item"),
                      pcr::UserError);
    BOOST_TEST(f.session.undo_description() == "Undo add item, in Zoë Smith's one-page profile");
    BOOST_TEST(items(f.on_disk("P-1", "one-page-profile")) == (std::vector<std::string>{"Kind"}));
}

BOOST_AUTO_TEST_CASE(a_failing_save_propagates_and_leaves_the_stacks_so_the_edit_can_be_tried_again) {
    Fixture f;
    f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", add_item("Kind"), "add item");
    // Another program makes every write fail, as a full disk or a broken file would.
    pcr::test::refuse_inserts(f.file, "change_log", "disk is full");
    BOOST_CHECK_THROW(
        f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", add_item("Brave"), "add Brave"),
        pcr::StorageError);
    BOOST_TEST(f.session.undo_description() == "Undo add item, in Zoë Smith's one-page profile");
    BOOST_CHECK_THROW(f.session.undo(), pcr::StorageError);
    BOOST_TEST(f.session.undo_description() == "Undo add item, in Zoë Smith's one-page profile");
    BOOST_TEST(!f.session.can_redo());
    BOOST_TEST(items(f.on_disk("P-1", "one-page-profile")) == (std::vector<std::string>{"Kind"}));

    pcr::test::allow_inserts(f.file, "change_log");
    BOOST_TEST(
        f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", add_item("Brave"), "add Brave"));
    BOOST_TEST(items(f.on_disk("P-1", "one-page-profile")) == (std::vector<std::string>{"Kind", "Brave"}));
}

BOOST_AUTO_TEST_CASE(an_edit_for_someone_not_in_the_database_fails_with_nothing_stacked) {
    Fixture f;
    BOOST_CHECK_THROW(
        f.session.apply(SubjectKind::Person, "P-9", "one-page-profile", add_item("Kind"), "add item"),
        pcr::NotFoundError);
    BOOST_TEST(!f.session.can_undo());
}

BOOST_AUTO_TEST_CASE(undo_never_overwrites_a_change_made_elsewhere) {
    Fixture f;
    f.session.apply(SubjectKind::Person, "P-1", "one-page-profile", add_item("Kind"), "add item");
    {
        auto other = open_test_store(f.file);
        Record r = *other->record(SubjectKind::Person, "P-1", "one-page-profile");
        RecordEdit(r, tool("one-page-profile")).add_item("appreciation", "Added by Rhys");
        other->save_record(SubjectKind::Person, "P-1", r);
    }
    try {
        f.session.undo();
        BOOST_FAIL("undo should have been refused");
    } catch (const pcr::StorageError& e) {
        BOOST_TEST(std::string(e.what()) ==
                   "The one-page-profile record of person P-1 has been changed elsewhere since \"add item\", "
                   "so undo "
                   "would overwrite that change; reopen the record and make the change by hand.");
    }
    BOOST_TEST(items(f.on_disk("P-1", "one-page-profile")) ==
               (std::vector<std::string>{"Kind", "Added by Rhys"}));
    BOOST_TEST(f.session.can_undo());
}

BOOST_AUTO_TEST_CASE(observers_hear_of_every_saved_change_undo_and_redo) {
    Fixture f;
    Recorder recorder;
    f.session.add_observer(recorder);
    f.session.apply(SubjectKind::Person, "P-2", "learning-log", log_entry("Bowls"), "add learning-log entry");
    f.session.undo();
    f.session.redo();
    Subject alan = *f.store->subject(SubjectKind::Person, "P-2");
    alan.preferred_name = "Al";
    f.session.save_subject(alan, "rename Alan");
    BOOST_TEST(recorder.seen == (std::vector<Seen>{{"person", "P-2", "learning-log"},
                                                   {"person", "P-2", "learning-log"},
                                                   {"person", "P-2", "learning-log"},
                                                   {"person", "P-2", ""}}));
    f.session.remove_observer(recorder);
    f.session.undo();
    BOOST_TEST(recorder.seen.size() == 4u);
}

BOOST_AUTO_TEST_CASE(archiving_and_restoring_a_person_can_be_undone) {
    Fixture f;
    Subject zoe = *f.store->subject(SubjectKind::Person, "P-1");
    zoe.status = Status::Archived;
    BOOST_TEST(f.session.save_subject(zoe, "archive Zoë Smith"));
    BOOST_TEST(f.store->count(SubjectKind::Person) == 1u);
    BOOST_TEST(f.session.undo_description() == "Undo archive Zoë Smith");

    f.session.undo();
    BOOST_TEST((f.store->subject(SubjectKind::Person, "P-1")->status == Status::Active));
    BOOST_TEST(f.store->count(SubjectKind::Person) == 2u);
    f.session.redo();
    BOOST_TEST((f.store->subject(SubjectKind::Person, "P-1")->status == Status::Archived));
    BOOST_TEST(!f.session.save_subject(zoe, "archive Zoë Smith again"));

    // Undo and redo saved versions since zoe was read, so a change to what was read is refused; read again
    // (as the app's page is after every change), it is saved.
    zoe.status = Status::Active;
    BOOST_CHECK_THROW(f.session.save_subject(zoe, "restore Zoë Smith"), pcr::StorageError);
    zoe = *f.store->subject(SubjectKind::Person, "P-1");
    zoe.status = Status::Active;
    f.session.save_subject(zoe, "restore Zoë Smith");
    BOOST_TEST((f.store->subject(SubjectKind::Person, "P-1")->status == Status::Active));
}

BOOST_AUTO_TEST_CASE(undoing_the_addition_of_someone_archives_them) {
    Fixture f;
    Subject staff = person("S-1", "Rhys Evans");
    staff.kind = SubjectKind::Staff;
    f.session.save_subject(staff, "add staff member Rhys Evans");
    BOOST_TEST(f.store->count(SubjectKind::Staff) == 1u);
    f.session.undo();
    BOOST_TEST(f.store->count(SubjectKind::Staff) == 0u);
    BOOST_TEST(f.store->count(SubjectKind::Staff, true) == 1u);
    f.session.redo();
    BOOST_TEST((f.store->subject(SubjectKind::Staff, "S-1") == staff));
}

BOOST_AUTO_TEST_CASE(a_photo_change_and_its_removal_can_be_undone_and_redone) {
    Fixture f;
    Recorder recorder;
    f.session.add_observer(recorder);
    // The store checks the first bytes only, so a PNG signature followed by filler is a photo here.
    const auto picture = [](unsigned char fill) {
        std::vector<unsigned char> bytes(64, fill);
        const unsigned char signature[] = {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
        std::copy(std::begin(signature), std::end(signature), bytes.begin());
        return Photo{"image/png", bytes, {}};
    };
    const auto stored = [&] { return f.store->photo(SubjectKind::Person, "P-1"); };

    BOOST_TEST(f.session.set_photo(SubjectKind::Person, "P-1", picture(1), "change Zoë's photo"));
    BOOST_TEST(f.session.set_photo(SubjectKind::Person, "P-1", picture(2), "change Zoë's photo"));
    BOOST_TEST(!f.session.set_photo(SubjectKind::Person, "P-1", picture(2), "change Zoë's photo"));
    BOOST_TEST(f.session.set_photo(SubjectKind::Person, "P-1", std::nullopt, "remove Zoë's photo"));
    BOOST_TEST(!stored());
    BOOST_TEST(f.session.undo_description() == "Undo remove Zoë's photo");

    f.session.undo();
    BOOST_REQUIRE(stored());
    BOOST_TEST(stored()->bytes == picture(2).bytes);
    f.session.undo();
    BOOST_TEST(stored()->bytes == picture(1).bytes);
    f.session.undo();
    BOOST_TEST(!stored());
    BOOST_TEST(!f.session.can_undo());
    f.session.redo();
    BOOST_TEST(stored()->bytes == picture(1).bytes);
    BOOST_TEST(recorder.seen.size() == 7u);  // three changes, three undos, a redo
    BOOST_TEST((recorder.seen.back() == Seen{"person", "P-1", ""}));

    // A photo chosen elsewhere meanwhile is never overwritten by an undo.
    f.store->set_photo(SubjectKind::Person, "P-1", picture(3).bytes, "image/png");
    BOOST_CHECK_THROW(f.session.undo(), pcr::StorageError);
    BOOST_TEST(stored()->bytes == picture(3).bytes);
    f.session.remove_observer(recorder);
}

BOOST_AUTO_TEST_CASE(nothing_to_undo_or_redo_says_so) {
    Fixture f;
    BOOST_CHECK_THROW(f.session.undo(), pcr::UserError);
    BOOST_CHECK_THROW(f.session.redo(), pcr::UserError);
}

BOOST_AUTO_TEST_CASE(assessment_changes_are_undone_and_redone_like_records_and_never_over_someone_elses) {
    Fixture f;
    WorkbookAssessment started = pcr::test::full_assessment();
    BOOST_TEST(f.session.save_assessment(started, "start the assessment"));
    BOOST_TEST(!f.session.save_assessment(started, "start the assessment"));  // nothing differs
    WorkbookAssessment scored = started;
    score_of(scored, "1.3").level = 2;
    BOOST_TEST(f.session.save_assessment(scored, "score topic 1.3"));
    BOOST_TEST(f.session.undo_description() == "Undo score topic 1.3, in the assessment of 1 Oct 2026");
    const auto target = f.session.undo_target();
    BOOST_REQUIRE(target.has_value());
    BOOST_TEST(target->workbook == started.workbook);
    BOOST_TEST((target->assessment == started.date));

    f.session.undo();
    BOOST_TEST((f.store->assessments().at(0) == started));
    f.session.redo();
    BOOST_TEST(*f.store->assessments().at(0).scores[1].level == 2);

    // Undoing the start removes the assessment; redoing it brings it back whole.
    f.session.undo();
    f.session.undo();
    BOOST_TEST(f.store->assessments().empty());
    f.session.redo();
    BOOST_TEST((f.store->assessments().at(0) == started));

    // Someone else changes it: redo would overwrite that, so it refuses and changes nothing.
    WorkbookAssessment theirs = started;
    theirs.scores[0].note = "their note";
    open_test_store(f.file, OpenMode::Existing, "bob")->save_assessment(theirs);
    BOOST_CHECK_THROW(f.session.redo(), pcr::StorageError);
    BOOST_TEST(f.store->assessments().at(0).scores[0].note == "their note");
    BOOST_TEST(f.session.can_redo());

    // Removing is one step too.
    BOOST_TEST(f.session.remove_assessment(started.date, started.workbook, "delete the assessment"));
    BOOST_TEST(f.store->assessments().empty());
    f.session.undo();
    BOOST_TEST(f.store->assessments().at(0).scores[0].note == "their note");
}

BOOST_AUTO_TEST_SUITE_END()
