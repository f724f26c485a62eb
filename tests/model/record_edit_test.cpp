// Tests of the editing operations: items, rows, cells, dates, text and attendees, and the messages for bad
// input.
#include "model/rules/record_edit.h"

#include <boost/test/unit_test.hpp>
#include <string>

#include "model/core/errors.h"
#include "model/domain/completeness.h"
#include "model/exchange/interchange_reader.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::shipped_templates;

namespace {

const ToolTemplate& tool(const char* id) {
    return shipped_templates().get(id);
}

// The message of the pcr::UserError (or subclass) that `action` throws; fails the test when it throws
// nothing.
template <class Action>
std::string user_error(Action action) {
    try {
        action();
    } catch (const pcr::UserError& e) {
        return e.what();
    }
    BOOST_FAIL("expected a pcr::UserError");
    return {};
}

std::vector<std::string> item_texts(const Record& r, const std::string& section) {
    std::vector<std::string> out;
    for (const auto& e : r.section(section)->entries) out.push_back(e.text);
    return out;
}

std::vector<std::int64_t> keys(const Record& r, const std::string& section) {
    std::vector<std::int64_t> out;
    for (const auto& e : r.section(section)->entries) out.push_back(e.key);
    return out;
}

// A one-page profile as storage would return it: three saved items (keys 11, 12, 13) in "appreciation".
Record saved_profile() {
    Record r;
    r.tool = "one-page-profile";
    r.version = 4;
    auto& s = r.section_for_update("appreciation");
    s.entries = {Entry{11, {}, "Kind", {}}, Entry{12, {}, "Funny", {}}, Entry{13, {}, "Loyal", {}}};
    return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(record_edit_test)

BOOST_AUTO_TEST_CASE(a_quick_learning_log_entry_is_dated_today_and_makes_the_log_complete_and_current) {
    Record log;
    RecordEdit edit(log, tool("learning-log"));
    BOOST_TEST(log.tool == "learning-log");
    const std::size_t row = edit.add_row("entries", day("2026-06-30"));
    edit.set_cell("entries", row, "what-they-did", "Swimming at the leisure centre, an hour");
    edit.set_cell("entries", row, "worked-well", "Going early when it is quiet");
    edit.set_cell("entries", row, "did-not-work", "The changing room was cold");

    BOOST_TEST(row == 0u);
    const Entry& entry = log.section("entries")->entries.at(0);
    BOOST_TEST(entry.date == "2026-06-30");
    BOOST_TEST(entry.key == 0);
    BOOST_TEST(entry.cell("worked-well")->text == "Going early when it is quiet");
    const RecordStatus status = assess(tool("learning-log"), log, day("2026-06-30"));
    BOOST_TEST(status.completeness == 100);
    BOOST_TEST(status.current);
    BOOST_TEST(status.due->iso() == "2026-09-30");
}

BOOST_AUTO_TEST_CASE(table_rows_have_no_date_and_cells_follow_the_template_order) {
    Record log;
    RecordEdit edit(log, tool("learning-log"));
    edit.add_row("entries", day("2026-06-30"));
    edit.set_cell("entries", 0, "did-not-work", "Rain");
    edit.set_cell("entries", 0, "what-they-did", "Walk");
    edit.set_cell("entries", 0, "worked-well", "Early start");
    const auto& cells = log.section("entries")->entries[0].cells;
    BOOST_TEST_REQUIRE(cells.size() == 3u);
    BOOST_TEST(cells[0].column == "what-they-did");
    BOOST_TEST(cells[1].column == "worked-well");
    BOOST_TEST(cells[2].column == "did-not-work");

    Record circle;
    RecordEdit circle_edit(circle, tool("relationship-circle"));
    circle_edit.add_row("people", day("2026-06-30"));
    BOOST_TEST(circle.section("people")->entries[0].date == "");
}

BOOST_AUTO_TEST_CASE(sections_created_by_an_edit_go_in_template_order) {
    Record profile;
    RecordEdit edit(profile, tool("one-page-profile"));
    edit.add_item("how-to-support", "Speak slowly");
    edit.add_item("appreciation", "Kind");
    edit.add_item("important-to-me", "My cat, Bryn");
    BOOST_TEST_REQUIRE(profile.sections.size() == 3u);
    BOOST_TEST(profile.sections[0].id == "appreciation");
    BOOST_TEST(profile.sections[1].id == "important-to-me");
    BOOST_TEST(profile.sections[2].id == "how-to-support");
}

BOOST_AUTO_TEST_CASE(items_are_added_edited_moved_and_removed_keeping_the_keys_of_the_others) {
    Record profile = saved_profile();
    RecordEdit edit(profile, tool("one-page-profile"));

    BOOST_TEST(edit.add_item("appreciation", "Brave") == 3u);
    edit.set_item("appreciation", 1, "Very funny");
    BOOST_TEST(item_texts(profile, "appreciation") ==
               (std::vector<std::string>{"Kind", "Very funny", "Loyal", "Brave"}));
    BOOST_TEST(keys(profile, "appreciation") == (std::vector<std::int64_t>{11, 12, 13, 0}));

    edit.move_entry("appreciation", 3, 0);  // "Brave" to the top
    BOOST_TEST(item_texts(profile, "appreciation") ==
               (std::vector<std::string>{"Brave", "Kind", "Very funny", "Loyal"}));
    edit.move_entry("appreciation", 1, 3);  // "Kind" to the bottom
    BOOST_TEST(item_texts(profile, "appreciation") ==
               (std::vector<std::string>{"Brave", "Very funny", "Loyal", "Kind"}));
    BOOST_TEST(keys(profile, "appreciation") == (std::vector<std::int64_t>{0, 12, 13, 11}));

    edit.remove_entry("appreciation", 1);
    BOOST_TEST(item_texts(profile, "appreciation") == (std::vector<std::string>{"Brave", "Loyal", "Kind"}));
    BOOST_TEST(keys(profile, "appreciation") == (std::vector<std::int64_t>{0, 13, 11}));
    BOOST_TEST(profile.version == 4);
}

BOOST_AUTO_TEST_CASE(positions_past_the_end_are_refused_without_touching_the_record) {
    Record profile = saved_profile();
    const Record before = profile;
    RecordEdit edit(profile, tool("one-page-profile"));
    BOOST_TEST(user_error([&] { edit.set_item("appreciation", 3, "x"); }) ==
               "\"What people like and admire about me\" has no item 4: it has 3.");
    BOOST_CHECK_THROW(edit.remove_entry("important-to-me", 0), pcr::NotFoundError);
    BOOST_TEST(user_error([&] { edit.move_entry("appreciation", 0, 5); }) ==
               "\"What people like and admire about me\" has no place 6 to move to: it has 3 items.");
    BOOST_TEST((profile == before));
    BOOST_TEST(profile.sections.size() == 1u);  // no empty "important-to-me" appeared
}

BOOST_AUTO_TEST_CASE(unknown_sections_and_columns_are_named_with_what_there_is) {
    Record log;
    RecordEdit edit(log, tool("learning-log"));
    BOOST_CHECK_THROW(edit.add_item("diary", "x"), pcr::NotFoundError);
    BOOST_TEST(user_error([&] { edit.add_item("diary", "x"); }) ==
               "The Learning log has no section \"diary\"; its sections are: entries.");
    edit.add_row("entries", day("2026-06-30"));
    BOOST_TEST(
        user_error([&] { edit.set_cell("entries", 0, "mood", "happy"); }) ==
        "\"What we learned\" in the Learning log has no column \"mood\"; its columns are: what-they-did, "
        "who-was-there, worked-well and did-not-work.");
}

BOOST_AUTO_TEST_CASE(an_operation_of_the_wrong_kind_of_section_says_what_to_do_instead) {
    Record log;
    RecordEdit edit(log, tool("learning-log"));
    BOOST_TEST(user_error([&] { edit.add_item("entries", "Went swimming"); }) ==
               "\"What we learned\" is a dated section: add or edit its rows instead.");
    Record purpose;
    RecordEdit purpose_edit(purpose, tool("team-purpose"));
    BOOST_TEST(user_error([&] {
                   purpose_edit.add_row("purpose", day("2026-06-30"));
               }).find("edit its text instead") != std::string::npos);
    Record circle;
    RecordEdit circle_edit(circle, tool("relationship-circle"));
    circle_edit.add_row("people", day("2026-06-30"));
    BOOST_TEST(user_error([&] {
                   circle_edit.set_date("people", 0, "2026-06-30");
               }).find("only dated sections have a date") != std::string::npos);
    BOOST_TEST(log.empty());
}

BOOST_AUTO_TEST_CASE(choice_cells_take_only_the_templates_values) {
    Record circle;
    RecordEdit edit(circle, tool("relationship-circle"));
    edit.add_row("people", day("2026-06-30"));
    edit.set_cell("people", 0, "name", "Siân");
    edit.set_cell("people", 0, "circle", " 2 ");
    edit.set_cell("people", 0, "group", "paid-support");
    BOOST_TEST(circle.section("people")->entries[0].cell("circle")->text == "2");
    BOOST_TEST(user_error([&] { edit.set_cell("people", 0, "circle", "5"); }) ==
               "\"Circle\" cannot be \"5\": choose 1, 2, 3 or 4.");
    BOOST_TEST(user_error([&] { edit.set_cell("people", 0, "group", "Paid support"); }) ==
               "\"Group\" cannot be \"Paid support\": choose family, friends, paid-support or community.");
    BOOST_TEST(circle.section("people")->entries[0].cell("group")->text == "paid-support");
}

BOOST_AUTO_TEST_CASE(blank_text_clears_a_cell) {
    Record circle;
    RecordEdit edit(circle, tool("relationship-circle"));
    edit.add_row("people", day("2026-06-30"));
    edit.set_cell("people", 0, "name", "Siân");
    edit.set_cell("people", 0, "relationship", "Sister");
    edit.set_cell("people", 0, "relationship", "   ");
    BOOST_TEST(circle.section("people")->entries[0].cell("relationship") == nullptr);
    BOOST_TEST(circle.section("people")->entries[0].cells.size() == 1u);
}

BOOST_AUTO_TEST_CASE(date_columns_need_a_whole_day) {
    Record review;
    RecordEdit edit(review, tool("person-centred-review"));
    edit.add_row("actions", day("2026-06-30"));
    edit.set_cell("actions", 0, "by-when", "2026-07-01");
    BOOST_TEST(
        user_error([&] { edit.set_cell("actions", 0, "by-when", "next week"); }) ==
        "\u201cnext week\u201d is not a date. Type \"By when\" as 31/01/2027, 31 Jan 2027 or 2027-01-31.");
    BOOST_TEST(user_error([&] {
                   edit.set_cell("actions", 0, "by-when", "31/06/2026");
               }).find("June 2026 has 30 days") != std::string::npos);
    BOOST_CHECK_THROW(edit.set_cell("actions", 0, "done", "2026-02-30"), pcr::UserError);
    BOOST_TEST(review.section("actions")->entries[0].cell("by-when")->text == "2026-07-01");
    // Typed day first, as UK care providers write dates; stored as the interchange file holds them.
    edit.set_cell("actions", 0, "by-when", " 31/01/2027 ");
    BOOST_TEST(review.section("actions")->entries[0].cell("by-when")->text == "2027-01-31");
    edit.set_cell("actions", 0, "by-when", "5 Dec 2026");
    BOOST_TEST(review.section("actions")->entries[0].cell("by-when")->text == "2026-12-05");
    edit.set_cell("actions", 0, "done", "2026-07-02");
    edit.set_cell("actions", 0, "done", "");
    BOOST_TEST(review.section("actions")->entries[0].cell("done") == nullptr);
}

BOOST_AUTO_TEST_CASE(row_dates_are_checked_and_a_year_alone_only_where_the_tool_allows) {
    Record story;
    RecordEdit story_edit(story, tool("life-story"));
    story_edit.add_row("events", day("2026-06-30"));
    story_edit.set_date("events", 0, "1968");
    BOOST_TEST(story.section("events")->entries[0].date == "1968");

    Record log;
    RecordEdit edit(log, tool("learning-log"));
    edit.add_row("entries", day("2026-06-30"));
    BOOST_TEST(
        user_error([&] { edit.set_date("entries", 0, "1968"); }) ==
        "\u201c1968\u201d is not a date. Type the date of a row in \"What we learned\" as 31/01/2027, 31 Jan "
        "2027 or 2027-01-31.");
    BOOST_TEST(user_error([&] {
                   story_edit.set_date("events", 0, "31/06/1968");
               }).find("or a year alone (1968)") != std::string::npos);
    BOOST_CHECK_THROW(edit.set_date("entries", 0, " "), pcr::UserError);
    edit.set_date("entries", 0, "28/6/2026");
    BOOST_TEST(log.section("entries")->entries[0].date == "2026-06-28");
    edit.set_date("entries", 0, " 2026-06-29 ");
    BOOST_TEST(log.section("entries")->entries[0].date == "2026-06-29");
}

BOOST_AUTO_TEST_CASE(text_longer_than_one_field_may_hold_is_refused) {
    Record profile;
    RecordEdit edit(profile, tool("one-page-profile"));
    edit.add_item("appreciation", std::string(kMaxFieldBytes, 'a'));
    const std::string message =
        user_error([&] { edit.add_item("appreciation", std::string(kMaxFieldBytes + 1, 'a')); });
    BOOST_TEST(message ==
               "The text for \"What people like and admire about me\" is 1048577 bytes long; one item, cell "
               "or answer "
               "can hold at most 1048576 bytes (1 MB). Shorten it or split it over several entries.");
    BOOST_TEST(profile.section("appreciation")->entries.size() == 1u);
    BOOST_TEST(user_error([&] { edit.set_item("appreciation", 0, "caf\xC3"); }).find("not valid UTF-8") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(text_sections_are_set_as_a_whole) {
    Record purpose;
    RecordEdit edit(purpose, tool("team-purpose"));
    edit.set_text("purpose", "Good lives at home, in the valley.");
    BOOST_TEST(purpose.section("purpose")->text == "Good lives at home, in the valley.");
    BOOST_TEST(assess(tool("team-purpose"), purpose, day("2026-06-30")).completeness == 100);
    Record profile;
    RecordEdit profile_edit(profile, tool("one-page-profile"));
    BOOST_CHECK_THROW(profile_edit.set_text("appreciation", "x"), pcr::UserError);
}

BOOST_AUTO_TEST_CASE(attendees_are_added_with_a_role_and_removed) {
    Record review;
    RecordEdit edit(review, tool("person-centred-review"));
    edit.add_row("meetings", day("2026-06-30"));
    edit.set_cell("meetings", 0, "working", "Swimming on Tuesdays");
    BOOST_TEST(edit.add_attendee("meetings", 0, "attendees", {"person", "Zoë"}) == 0u);
    BOOST_TEST(edit.add_attendee("meetings", 0, "attendees", {"family", "Alan Jones"}) == 1u);
    BOOST_TEST(edit.add_attendee("meetings", 0, "attendees", {"staff", "Ayesha"}) == 2u);
    const Entry& meeting = review.section("meetings")->entries[0];
    BOOST_TEST(meeting.cells[0].column == "attendees");  // template order, although added after "working"
    BOOST_TEST((meeting.cell("attendees")->attendees[1] == Attendee{"family", "Alan Jones"}));

    edit.remove_attendee("meetings", 0, "attendees", 1);
    BOOST_TEST(meeting.cell("attendees")->attendees.size() == 2u);
    BOOST_TEST(meeting.cell("attendees")->attendees[1].name == "Ayesha");

    BOOST_TEST(user_error([&] {
                   edit.add_attendee("meetings", 0, "attendees", {"cousin", "Rhys"});
               }) == "\"cousin\" is not a role in \"Who was there\": choose person, family, staff or other.");
    BOOST_TEST(user_error([&] {
                   edit.add_attendee("meetings", 0, "attendees", {"family", "  "});
               }) == "Give the name of the person who was there in \"Who was there\".");
    BOOST_TEST(user_error([&] { edit.set_cell("meetings", 0, "attendees", "Zoë, Alan"); }) ==
               "\"Who was there\" lists attendees: add or remove them one at a time instead of typing text.");
    BOOST_TEST(user_error([&] { edit.remove_attendee("meetings", 0, "attendees", 2); }) ==
               "\"Who was there\" has no attendee 3: it has 2.");

    edit.remove_attendee("meetings", 0, "attendees", 0);
    edit.remove_attendee("meetings", 0, "attendees", 0);
    BOOST_TEST(meeting.cell("attendees") == nullptr);
}

BOOST_AUTO_TEST_CASE(mark_reviewed_makes_a_stale_record_current) {
    Record profile = saved_profile();
    profile.reviewed = day("2025-06-29");
    RecordEdit edit(profile, tool("one-page-profile"));
    BOOST_TEST(!assess(tool("one-page-profile"), profile, day("2026-06-30")).current);
    edit.mark_reviewed(day("2026-06-30"));
    const RecordStatus status = assess(tool("one-page-profile"), profile, day("2026-06-30"));
    BOOST_TEST(status.current);
    BOOST_TEST(status.due->iso() == "2027-06-30");
}

BOOST_AUTO_TEST_CASE(an_entry_with_nothing_typed_is_removed_and_one_with_content_kept) {
    Record r;
    RecordEdit edit(r, tool("learning-log"));
    const std::size_t empty = edit.add_row("entries", day("2026-06-30"));
    const std::size_t typed = edit.add_row("entries", day("2026-06-30"));
    edit.set_cell("entries", typed, "what-they-did", "Bowls");
    BOOST_TEST(!edit.remove_if_empty("entries", typed));
    BOOST_TEST(edit.remove_if_empty("entries", empty), "a row with only its date is not content");
    BOOST_TEST(r.section("entries")->entries.size() == 1u);
    BOOST_TEST(r.section("entries")->entries[0].cell("what-they-did")->text == "Bowls");
    // Clearing the last cell of a row leaves nothing: the row goes.
    edit.set_cell("entries", 0, "what-they-did", " ");
    BOOST_TEST(edit.remove_if_empty("entries", 0));
    BOOST_TEST(r.section("entries")->entries.empty());
    BOOST_CHECK_THROW(edit.remove_if_empty("entries", 0), pcr::NotFoundError);
}

BOOST_AUTO_TEST_CASE(a_learning_log_is_shown_newest_first_and_stored_in_the_order_written) {
    const SectionTemplate& log = *tool("learning-log").section("entries");
    const auto dated = [](const char* date) {
        Entry e;
        e.date = date;
        e.cells.push_back(Cell{"what-they-did", date, {}});
        return e;
    };
    // Written in this order: an older entry added late, two on one day, one with a date that is not a date.
    const std::vector<Entry> entries = {dated("2026-03-01"), dated("2026-06-01"), dated("2026-02-30"),
                                        dated("2026-06-01"), dated("2026-01-15")};
    BOOST_TEST((shown_order(log, entries) == std::vector<std::size_t>{3, 1, 0, 4, 2}));
    // Other sections are shown as stored.
    const SectionTemplate& meetings = *tool("person-centred-review").section("meetings");
    BOOST_TEST((shown_order(meetings, entries) == std::vector<std::size_t>{0, 1, 2, 3, 4}));
    BOOST_TEST(shown_order(log, {}).empty());
}

BOOST_AUTO_TEST_CASE(a_record_of_another_tool_is_refused) {
    Record profile = saved_profile();
    BOOST_TEST(user_error([&] { RecordEdit(profile, tool("learning-log")); }) ==
               "This is a one-page-profile record, so it cannot be edited as a learning-log record; open it "
               "with its "
               "own editor.");
}

BOOST_AUTO_TEST_SUITE_END()
