// Tests of edit conflicts: two writers (two stores on one database) changing the same text, the second told
// who changed it and when, with both versions, and nothing lost whichever they keep.
#include "model/rules/edit_conflict.h"

#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "model/rules/edit_session.h"
#include "model/rules/record_edit.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::person;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;

namespace {

const ToolTemplate& tool(const char* id) {
    return shipped_templates().get(id);
}

// Two people at two machines, each with their own connection to one database.
struct TwoWriters {
    TempFolder folder;
    std::filesystem::path file = folder.path() / "records.db";
    std::unique_ptr<Store> first = open_test_store(file, OpenMode::CreateIfMissing, "ayesha");
    std::unique_ptr<Store> second = open_test_store(file, OpenMode::Existing, "ben");
    EditSession ayesha{*first, &shipped_templates()};
    EditSession ben{*second, &shipped_templates()};

    TwoWriters() {
        first->save_subject(person("P-1", "Zoë Smith"));
        ayesha.apply(SubjectKind::Person, "P-1", "one-page-profile", edit_profile([](RecordEdit& e) {
                         e.add_item("appreciation", "Kind");
                         e.add_item("appreciation", "Funny");
                     }),
                     "add items");
    }

    static std::function<void(Record&)> edit_profile(const std::function<void(RecordEdit&)>& change) {
        return [change](Record& r) {
            RecordEdit edit(r, tool("one-page-profile"));
            change(edit);
        };
    }

    std::vector<std::string> items() const {
        const auto record = first->record(SubjectKind::Person, "P-1", "one-page-profile");
        std::vector<std::string> out;
        for (const auto& e : record->section("appreciation")->entries) out.push_back(e.text);
        return out;
    }
};

std::string item_at(const std::optional<Record>& r, std::size_t i) {
    return r->section("appreciation")->entries.at(i).text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(edit_conflict_test)

BOOST_AUTO_TEST_CASE(an_edit_started_from_the_stored_text_is_saved) {
    Record r;
    r.tool = "one-page-profile";
    RecordEdit edit(r, tool("one-page-profile"));
    edit.add_item("appreciation", "Kind");
    edit.set_item("appreciation", 0, "Kind and patient", std::string("Kind"));
    BOOST_TEST(r.section("appreciation")->entries.at(0).text == "Kind and patient");
    // Both writers typing the same words lose nothing.
    edit.set_item("appreciation", 0, "Kind and patient", std::string("Kind"));
}

BOOST_AUTO_TEST_CASE(an_edit_of_text_changed_since_is_refused_with_both_versions) {
    Record r;
    r.tool = "one-page-profile";
    RecordEdit edit(r, tool("one-page-profile"));
    edit.add_item("appreciation", "Kind and warm");
    try {
        edit.set_item("appreciation", 0, "Kind and patient", std::string("Kind"));
        BOOST_FAIL("no conflict");
    } catch (const EditConflict& conflict) {
        BOOST_TEST(conflict.details().theirs == "Kind and warm");
        BOOST_TEST(conflict.details().yours == "Kind and patient");
        BOOST_TEST((conflict.details().place == TextPlace{"appreciation", 0, {}}));
    }
    BOOST_TEST(r.section("appreciation")->entries.at(0).text == "Kind and warm");
}

BOOST_AUTO_TEST_CASE(text_sections_and_table_cells_are_checked_too) {
    Record r;
    r.tool = "decision-making-agreement";
    RecordEdit edit(r, tool("decision-making-agreement"));
    edit.set_text("more-control", "Ask me first");
    BOOST_CHECK_THROW(edit.set_text("more-control", "Mine", std::string("")), EditConflict);
    edit.set_text("more-control", "Ask me first, always", std::string("Ask me first"));
    const auto row = edit.add_row("decisions", pcr::test::day("2026-06-30"));
    edit.set_cell("decisions", row, "decision", "Where I live", std::string(""));
    try {
        edit.set_cell("decisions", row, "decision", "What I eat", std::string(""));
        BOOST_FAIL("no conflict");
    } catch (const EditConflict& conflict) {
        BOOST_TEST(conflict.details().theirs == "Where I live");
        BOOST_TEST((conflict.details().place == TextPlace{"decisions", row, "decision"}));
        edit.resolve(conflict, "Where I live; what I eat", pcr::test::day("2026-06-30"));
    }
    BOOST_TEST(r.section("decisions")->entries.at(row).cell("decision")->text == "Where I live; what I eat");
    BOOST_TEST(text_at(r, TextPlace{"decisions", row, "decision"}) == "Where I live; what I eat");
    BOOST_TEST(text_at(r, TextPlace{"decisions", row, "how-involved"}) == "");
    BOOST_TEST(text_at(r, TextPlace{"more-control", 0, {}}) == "Ask me first, always");
    BOOST_TEST(text_at(r, TextPlace{"nowhere", 0, {}}) == "");
    BOOST_TEST(r.section("more-control")->text == "Ask me first, always");
}

BOOST_AUTO_TEST_CASE(the_second_writer_is_told_who_changed_it_and_when_and_nothing_is_saved) {
    TwoWriters w;
    // Both began from "Kind"; Ayesha saves first.
    w.ayesha.apply(SubjectKind::Person, "P-1", "one-page-profile",
                   TwoWriters::edit_profile([](RecordEdit& e) {
                       e.set_item("appreciation", 0, "Kind and warm", std::string("Kind"));
                   }),
                   "edit item");
    const int before = w.second->record(SubjectKind::Person, "P-1", "one-page-profile")->version;
    try {
        w.ben.apply(SubjectKind::Person, "P-1", "one-page-profile",
                    TwoWriters::edit_profile([](RecordEdit& e) {
                        e.set_item("appreciation", 0, "Kind and patient", std::string("Kind"));
                    }),
                    "edit item");
        BOOST_FAIL("no conflict");
    } catch (const EditConflict& conflict) {
        BOOST_TEST(conflict.details().who == "ayesha");
        BOOST_TEST(!conflict.details().when.empty());
        BOOST_TEST(conflict.details().theirs == "Kind and warm");
        BOOST_TEST(conflict.details().yours == "Kind and patient");
        BOOST_TEST(std::string(conflict.what()).find("ayesha") != std::string::npos);
    }
    BOOST_TEST(w.second->record(SubjectKind::Person, "P-1", "one-page-profile")->version == before);
    BOOST_TEST(!w.ben.can_undo());
    BOOST_TEST(w.items() == (std::vector<std::string>{"Kind and warm", "Funny"}));
}

BOOST_AUTO_TEST_CASE(different_items_of_one_record_both_land) {
    TwoWriters w;
    w.ayesha.apply(SubjectKind::Person, "P-1", "one-page-profile",
                   TwoWriters::edit_profile([](RecordEdit& e) {
                       e.set_item("appreciation", 0, "Kind and warm", std::string("Kind"));
                   }),
                   "edit item");
    w.ben.apply(SubjectKind::Person, "P-1", "one-page-profile", TwoWriters::edit_profile([](RecordEdit& e) {
                    e.set_item("appreciation", 1, "Very funny", std::string("Funny"));
                }),
                "edit item");
    BOOST_TEST(w.items() == (std::vector<std::string>{"Kind and warm", "Very funny"}));
}

BOOST_AUTO_TEST_CASE(keeping_yours_or_a_merge_saves_over_theirs_and_history_keeps_both) {
    TwoWriters w;
    w.ayesha.apply(SubjectKind::Person, "P-1", "one-page-profile",
                   TwoWriters::edit_profile([](RecordEdit& e) {
                       e.set_item("appreciation", 0, "Kind and warm", std::string("Kind"));
                   }),
                   "edit item");
    const auto ben_edits = [&](const std::function<void(RecordEdit&)>& change) {
        return w.ben.apply(SubjectKind::Person, "P-1", "one-page-profile", TwoWriters::edit_profile(change),
                           "edit item");
    };
    try {
        ben_edits(
            [](RecordEdit& e) { e.set_item("appreciation", 0, "Kind and patient", std::string("Kind")); });
        BOOST_FAIL("no conflict");
    } catch (const EditConflict& conflict) {
        BOOST_TEST(ben_edits([&](RecordEdit& e) {
            e.resolve(conflict, "Kind and warm and patient", pcr::test::day("2026-06-30"));
        }));
    }
    BOOST_TEST(w.items() == (std::vector<std::string>{"Kind and warm and patient", "Funny"}));
    const int now = w.first->record(SubjectKind::Person, "P-1", "one-page-profile")->version;
    BOOST_TEST(item_at(w.first->record_at(SubjectKind::Person, "P-1", "one-page-profile", now - 1), 0) ==
               "Kind and warm");
    BOOST_TEST(w.first->history(SubjectKind::Person, "P-1").back().who == "ben");

    // A resolution made after theirs changed yet again is a conflict of its own.
    try {
        ben_edits([](RecordEdit& e) {
            e.set_item("appreciation", 0, "Patient", std::string("Kind and warm and patient"));
        });
    } catch (...) {
        BOOST_FAIL("Ben's own text is what he started from");
    }
    const EditConflict stale(EditConflict::Details{{"appreciation", 0, {}}, "Kind and warm", "Mine", {}, {}});
    BOOST_CHECK_THROW(
        ben_edits([&](RecordEdit& e) { e.resolve(stale, "Mine", pcr::test::day("2026-06-30")); }),
        EditConflict);
}

BOOST_AUTO_TEST_CASE(an_item_is_found_by_its_key_after_someone_else_adds_before_it) {
    TwoWriters w;
    // Ben began editing "Funny" (second, with its key) before Ayesha put an item first.
    const auto stored = w.second->record(SubjectKind::Person, "P-1", "one-page-profile");
    const std::int64_t funny = stored->section("appreciation")->entries.at(1).key;
    w.ayesha.apply(SubjectKind::Person, "P-1", "one-page-profile",
                   TwoWriters::edit_profile([](RecordEdit& e) {
                       e.add_item("appreciation", "Generous");
                       e.move_entry("appreciation", 2, 0);
                   }),
                   "add item");
    w.ben.apply(SubjectKind::Person, "P-1", "one-page-profile", TwoWriters::edit_profile([&](RecordEdit& e) {
                    e.set_item("appreciation", 1, "Very funny", StartedFrom{"Funny", funny, 2});
                }),
                "edit item");
    BOOST_TEST(w.items() == (std::vector<std::string>{"Generous", "Kind", "Very funny"}));
}

BOOST_AUTO_TEST_CASE(an_item_someone_else_changed_where_it_was_is_a_conflict_over_it) {
    TwoWriters w;
    const auto stored = w.second->record(SubjectKind::Person, "P-1", "one-page-profile");
    const std::int64_t kind = stored->section("appreciation")->entries.at(0).key;
    w.ayesha.apply(
        SubjectKind::Person, "P-1", "one-page-profile",
        TwoWriters::edit_profile([](RecordEdit& e) { e.set_item("appreciation", 0, "Kind and warm"); }),
        "edit item");
    try {
        w.ben.apply(SubjectKind::Person, "P-1", "one-page-profile",
                    TwoWriters::edit_profile([&](RecordEdit& e) {
                        e.set_item("appreciation", 0, "Kind and patient", StartedFrom{"Kind", kind, 2});
                    }),
                    "edit item");
        BOOST_FAIL("no conflict");
    } catch (const EditConflict& conflict) {
        BOOST_TEST(!conflict.details().removed);
        BOOST_TEST(conflict.details().theirs == "Kind and warm");
    }
}

BOOST_AUTO_TEST_CASE(an_item_someone_else_removed_is_a_conflict_and_keeping_yours_adds_it_again) {
    TwoWriters w;
    const auto stored = w.second->record(SubjectKind::Person, "P-1", "one-page-profile");
    const std::int64_t funny = stored->section("appreciation")->entries.at(1).key;
    w.ayesha.apply(SubjectKind::Person, "P-1", "one-page-profile",
                   TwoWriters::edit_profile([](RecordEdit& e) { e.remove_entry("appreciation", 1); }),
                   "remove item");
    const auto ben_edits = [&](const std::function<void(RecordEdit&)>& change) {
        return w.ben.apply(SubjectKind::Person, "P-1", "one-page-profile", TwoWriters::edit_profile(change),
                           "edit item");
    };
    try {
        ben_edits([&](RecordEdit& e) {
            e.set_item("appreciation", 1, "Very funny", StartedFrom{"Funny", funny, 2});
        });
        BOOST_FAIL("no conflict");
    } catch (const EditConflict& conflict) {
        BOOST_TEST(conflict.details().removed);
        BOOST_TEST(conflict.details().theirs.empty());
        BOOST_TEST(conflict.details().yours == "Very funny");
        BOOST_TEST(std::string(conflict.what()).find("ayesha removed or moved this") != std::string::npos);
        BOOST_TEST(w.items() == (std::vector<std::string>{"Kind"}));
        BOOST_TEST(ben_edits(
            [&](RecordEdit& e) { e.resolve(conflict, "Very funny", pcr::test::day("2026-06-30")); }));
    }
    BOOST_TEST(w.items() == (std::vector<std::string>{"Kind", "Very funny"}));
}

BOOST_AUTO_TEST_CASE(a_cell_of_a_row_someone_else_removed_is_a_conflict_and_a_new_row_keeps_yours) {
    Record r;
    r.tool = "decision-making-agreement";
    RecordEdit edit(r, tool("decision-making-agreement"));
    const auto row = edit.add_row("decisions", pcr::test::day("2026-06-30"));
    edit.set_cell("decisions", row, "decision", "Where I live");
    r.section_for_update("decisions").entries.at(row).key = 41;
    edit.remove_entry("decisions", row);
    // Clearing a cell of a row that is gone loses nothing, so it is no conflict.
    edit.set_cell("decisions", 0, "decision", "", StartedFrom{"Where I live", 41});
    try {
        edit.set_cell("decisions", 0, "decision", "Where I work", StartedFrom{"Where I live", 41});
        BOOST_FAIL("no conflict");
    } catch (const EditConflict& conflict) {
        BOOST_TEST(conflict.details().removed);
        BOOST_TEST((conflict.details().place == TextPlace{"decisions", 0, "decision", 41}));
        edit.resolve(conflict, "Where I work", pcr::test::day("2026-07-01"));
    }
    const auto& rows = r.section("decisions")->entries;
    BOOST_REQUIRE(rows.size() == 1u);
    BOOST_TEST(rows.at(0).cell("decision")->text == "Where I work");
}

BOOST_AUTO_TEST_CASE(a_move_or_removal_by_position_is_refused_once_someone_else_changed_the_list) {
    TwoWriters w;
    // The keys of the list as Ben's window holds them.
    const auto keys_seen = [&] {
        const auto record = w.second->record(SubjectKind::Person, "P-1", "one-page-profile");
        std::vector<std::int64_t> keys;
        for (const auto& entry : record->section("appreciation")->entries) keys.push_back(entry.key);
        return keys;
    };
    std::vector<std::int64_t> seen = keys_seen();
    const auto ben_edits = [&](const std::function<void(RecordEdit&)>& change) {
        return w.ben.apply(SubjectKind::Person, "P-1", "one-page-profile", TwoWriters::edit_profile(change),
                           "move item");
    };
    // Nothing changed since Ben looked: his move lands.
    BOOST_TEST(ben_edits([&](RecordEdit& e) { e.move_entry("appreciation", 1, 0, seen); }));
    BOOST_TEST(w.items() == (std::vector<std::string>{"Funny", "Kind"}));
    // Ayesha puts an item first; Ben, still seeing the list as it was after his move, removes the second.
    seen = keys_seen();
    w.ayesha.apply(SubjectKind::Person, "P-1", "one-page-profile",
                   TwoWriters::edit_profile([](RecordEdit& e) {
                       e.add_item("appreciation", "Generous");
                       e.move_entry("appreciation", 2, 0);
                   }),
                   "add item");
    BOOST_CHECK_THROW(ben_edits([&](RecordEdit& e) { e.remove_entry("appreciation", 1, seen); }),
                      pcr::UserError);
    BOOST_CHECK_THROW(ben_edits([&](RecordEdit& e) { e.set_origin("appreciation", 1, "family", seen); }),
                      pcr::UserError);
    BOOST_TEST(w.items() == (std::vector<std::string>{"Generous", "Funny", "Kind"}));
}

BOOST_AUTO_TEST_SUITE_END()
