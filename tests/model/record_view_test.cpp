// Tests of the record view every reader shares: section and row order, date words, choice and attendee
// cells, and what counts as nothing written.
#include "model/rules/record_view.h"

#include <boost/test/unit_test.hpp>

#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::row;

namespace {

Column column(const std::string& id, ColumnType type = ColumnType::Text, std::vector<Choice> choices = {}) {
    Column c;
    c.id = id;
    c.title = "Title of " + id;
    c.type = type;
    c.choices = std::move(choices);
    return c;
}

// A tool with a dated log (a date column and attendees), a table with a choice, a list and a text section.
ToolTemplate tool() {
    ToolTemplate t;
    t.id = "diary";
    SectionTemplate log;
    log.id = "log";
    log.kind = SectionKind::Dated;
    log.year_allowed = true;
    log.columns = {column("what"), column("next", ColumnType::Date),
                   column("who", ColumnType::Attendees, {{"person", "The person"}, {"staff", ""}})};
    SectionTemplate people;
    people.id = "people";
    people.kind = SectionKind::Table;
    people.columns = {column("name"), column("group", ColumnType::Choice,
                                             {{"paid-support", "Paid support"}, {"friends", ""}})};
    SectionTemplate likes;
    likes.id = "likes";
    likes.kind = SectionKind::List;
    SectionTemplate story;
    story.id = "story";
    story.kind = SectionKind::Text;
    t.sections = {log, people, likes, story};
    return t;
}

std::vector<std::string> first_cells(const SectionView& section) {
    std::vector<std::string> out;
    for (const auto& r : section.rows) out.push_back(r.cells.front().words);
    return out;
}

std::vector<std::string> dates(const SectionView& section) {
    std::vector<std::string> out;
    for (const auto& r : section.rows) out.push_back(r.date);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(record_view_test)

BOOST_AUTO_TEST_CASE(every_section_of_the_template_comes_in_template_order_even_when_unwritten) {
    const ToolTemplate t = tool();
    Record record;
    record.section_for_update("story").text = "Born in Leeds.";
    record.section_for_update("likes").entries.push_back(Entry{0, "", "Tea", {}});
    const RecordView view = record_view(t, record);
    BOOST_REQUIRE(view.sections.size() == 4u);
    for (std::size_t i = 0; i < 4; ++i) BOOST_TEST(view.sections[i].section == &t.sections[i]);
    BOOST_TEST(view.sections[0].empty());
    BOOST_TEST(view.sections[1].empty());
    BOOST_TEST(view.sections[2].items == std::vector<std::string>{"Tea"});
    BOOST_TEST(view.sections[3].paragraphs == std::vector<std::string>{"Born in Leeds."});
    // Dated sections head their date column "Date", then the template's titles.
    BOOST_TEST(view.sections[0].column_titles ==
               (std::vector<std::string>{"Date", "Title of what", "Title of next", "Title of who"}));
    BOOST_TEST(view.sections[1].column_titles ==
               (std::vector<std::string>{"Title of name", "Title of group"}));
}

BOOST_AUTO_TEST_CASE(dated_rows_come_newest_first_with_unreadable_dates_last_in_the_order_added) {
    Record record;
    for (const auto& [date, what] :
         std::vector<std::pair<std::string, std::string>>{{"2026-01-10", "market"},
                                                          {"soon", "unread 1"},
                                                          {"2026-05-02", "bread"},
                                                          {"1968", "born"},
                                                          {"2026-01-10", "library"},
                                                          {"", "unread 2"},
                                                          {"2025-11-20", "swim"}})
        pcr::test::add_row(record, "log", row({{"what", what}}, date));
    const SectionView log = record_view(tool(), record).sections[0];
    // One day's rows keep the order they were added.
    BOOST_TEST(first_cells(log) == (std::vector<std::string>{"bread", "market", "library", "swim", "born",
                                                             "unread 1", "unread 2"}));
    // Days as "2 May 2026"; a year alone, and anything unreadable, as stored.
    BOOST_TEST(dates(log) == (std::vector<std::string>{"2 May 2026", "10 Jan 2026", "10 Jan 2026",
                                                       "20 Nov 2025", "1968", "soon", ""}));
}

BOOST_AUTO_TEST_CASE(table_rows_and_list_items_keep_the_persons_order) {
    Record record;
    for (const char* name : {"Zed", "Alan", "Mo"})
        pcr::test::add_row(record, "people", row({{"name", name}}));
    pcr::test::add_items(record, "likes", 3);
    const RecordView view = record_view(tool(), record);
    BOOST_TEST(first_cells(view.sections[1]) == (std::vector<std::string>{"Zed", "Alan", "Mo"}));
    BOOST_TEST(view.sections[1].rows.front().date.empty());
    BOOST_TEST(view.sections[2].items == (std::vector<std::string>{"likes 1", "likes 2", "likes 3"}));
}

BOOST_AUTO_TEST_CASE(cells_show_choice_labels_date_words_and_attendees_with_their_roles) {
    const ToolTemplate t = tool();
    Record record;
    pcr::test::add_row(record, "people", row({{"name", "Alan"}, {"group", "paid-support"}}));
    pcr::test::add_row(record, "people", row({{"name", "Bea"}, {"group", "friends"}}));
    pcr::test::add_row(record, "people", row({{"name", "Cy"}, {"group", "neighbours"}}));
    Entry visit = row({{"what", "Walk\nby the river"}, {"next", "2026-07-01"}}, "2026-06-01");
    visit.cell_for_update("who").attendees = {
        {"person", "Zoë"}, {"staff", "Ayesha"}, {"", "Alan Jones"}, {"family", "Łukasz"}, {"staff", "  "}};
    pcr::test::add_row(record, "log", visit);
    const RecordView view = record_view(t, record);

    // A choice's label; its value when it has no label; a value not among the choices as stored.
    std::vector<std::string> groups;
    for (const auto& r : view.sections[1].rows) groups.push_back(r.cells[1].words);
    BOOST_TEST(groups == (std::vector<std::string>{"Paid support", "friends", "neighbours"}));

    const RowView& shown = view.sections[0].rows.at(0);
    BOOST_TEST(shown.cells[0].words == "Walk\nby the river");
    BOOST_TEST(shown.cells[1].words == "1 Jul 2026");
    // One attendee a line, the role by its label; no role, no brackets; a blank name is left out.
    BOOST_TEST(shown.cells[2].words == "Zoë (The person)\nAyesha (staff)\nAlan Jones\nŁukasz (family)");
    BOOST_REQUIRE(shown.cells[2].attendees.size() == 4u);
    BOOST_TEST(shown.cells[2].attendees[0].name == "Zoë");
    BOOST_TEST(shown.cells[2].attendees[0].role == "The person");
    BOOST_TEST(shown.cells[2].attendees[2].role == "");
    BOOST_TEST(shown.cells[0].attendees.empty());
    BOOST_TEST(cell_words(t.sections[0].columns[2], visit.cell("who")) == shown.cells[2].words);
}

BOOST_AUTO_TEST_CASE(blank_cells_say_nothing_and_rows_or_items_with_nothing_typed_are_left_out) {
    const ToolTemplate t = tool();
    Record record;
    pcr::test::add_row(record, "people", row({{"name", "Alan"}, {"group", "   "}}));
    pcr::test::add_row(record, "people", row({{"name", " "}, {"group", ""}}));
    // A dated row with only its date was added and never written in.
    pcr::test::add_row(record, "log", row({{"what", "  "}}, "2026-06-01"));
    auto& likes = record.section_for_update("likes").entries;
    likes.push_back(Entry{0, "", "  ", {}});
    likes.push_back(Entry{0, "", "Tea", {}});
    likes.push_back(Entry{0, "", "", {}});
    record.section_for_update("story").text = " \n\t\n";
    const RecordView view = record_view(t, record);

    BOOST_REQUIRE(view.sections[1].rows.size() == 1u);
    BOOST_TEST(view.sections[1].rows[0].cells[1].words == "");
    BOOST_TEST(cell_words(t.sections[1].columns[1], nullptr) == "");
    BOOST_TEST(view.sections[0].empty());
    BOOST_TEST(view.sections[2].items == std::vector<std::string>{"Tea"});
    BOOST_TEST(view.sections[3].empty());
}

BOOST_AUTO_TEST_CASE(text_splits_into_paragraphs_at_blank_lines_keeping_line_breaks_within_one) {
    Record record;
    record.section_for_update("story").text = "\nBorn in Leeds.\r\nMoved to York.\n  \n\nLoves the sea.\n";
    const SectionView story = record_view(tool(), record).sections[3];
    BOOST_TEST(story.paragraphs ==
               (std::vector<std::string>{"Born in Leeds.\nMoved to York.", "Loves the sea."}));
}

BOOST_AUTO_TEST_SUITE_END()
