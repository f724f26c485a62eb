// Pagination of the PDF exports: blocks go down the page in order, a table too tall for what is left is cut
// between rows with its header repeated, and a heading never stays alone at the foot of a page.
#include "model/export/page_flow.h"

#include <boost/test/unit_test.hpp>

using namespace pcr::model;

namespace {

const Colour kBlack{0, 0, 0};
const TextStyle kBody{10};

// A table of `rows` one-line rows with a one-line header, 200 points wide.
std::unique_ptr<TableBlock> table(int rows) {
    TableRow header{TableBlock::cell("When", 100, kBody), TableBlock::cell("What", 100, kBody)};
    std::vector<TableRow> body;
    for (int i = 0; i < rows; ++i)
        body.push_back(
            {TableBlock::cell("Row " + std::to_string(i), 100, kBody), TableBlock::cell("text", 100, kBody)});
    return std::make_unique<TableBlock>(std::vector<double>{100, 100}, std::move(header), std::move(body));
}

// What stands on each page, as the pages' block counts.
std::vector<std::size_t> counts(const PageFlow& flow) {
    std::vector<std::size_t> out;
    for (const auto& page : flow.pages()) out.push_back(page.size());
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(page_flow_test)

BOOST_AUTO_TEST_CASE(blocks_that_fit_go_down_one_page_in_order) {
    PageFlow flow(500);
    auto first = TextBlock::make("First", 200, kBody, kBlack);
    const double first_height = first->height();
    flow.add(std::move(first));
    flow.add(TextBlock::make("Second", 200, kBody, kBlack, 6));
    BOOST_TEST(counts(flow) == (std::vector<std::size_t>{2}));
    BOOST_TEST(flow.pages()[0][1].y == first_height + 6);
}

BOOST_AUTO_TEST_CASE(a_long_table_is_cut_between_rows_onto_the_next_page) {
    const double row = table(1)->height() - table(0)->height();
    PageFlow flow(table(0)->height() + 10 * row + 1);  // the header and ten rows fit on a page
    flow.add(table(25));
    BOOST_REQUIRE(flow.pages().size() == 3u);
    // Each page repeats the header: 10 rows, 10 rows, then the last 5.
    BOOST_TEST(flow.pages()[0][0].block->height() == table(10)->height());
    BOOST_TEST(flow.pages()[1][0].block->height() == table(10)->height());
    BOOST_TEST(flow.pages()[2][0].block->height() == table(5)->height());
}

BOOST_AUTO_TEST_CASE(a_heading_goes_over_with_the_table_that_does_not_fit_under_it) {
    const double line = TextBlock::make("Earlier text", 200, kBody, kBlack)->height();
    const double page = line * 6;
    PageFlow flow(page);
    for (int i = 0; i < 4; ++i) flow.add(TextBlock::make("Earlier text", 200, kBody, kBlack));
    auto heading = TextBlock::make("Communication chart", 200, TextStyle{14, true}, kBlack);
    heading->keep_with_next = 1;  // less than the table's first row: it only asks not to end the page
    flow.add(std::move(heading));
    // A table whose header and first row need more than what is left under the heading.
    auto big = table(1);
    BOOST_REQUIRE(big->height() > page - flow.pages()[0].back().y - flow.pages()[0].back().block->height());
    flow.add(std::move(big));
    BOOST_TEST(counts(flow) == (std::vector<std::size_t>{4, 2}));
    BOOST_TEST(flow.pages()[1][0].y == 0.0);
}

BOOST_AUTO_TEST_CASE(a_row_taller_than_a_page_goes_over_with_its_headings_and_is_cut_there) {
    const double line = TextBlock::make("Earlier text", 200, kBody, kBlack)->height();
    const double page = line * 20;
    PageFlow flow(page);
    flow.add(TextBlock::make("Earlier text", 200, kBody, kBlack));
    for (const char* title : {"Communication chart", "How I communicate"}) {
        auto heading = TextBlock::make(title, 200, TextStyle{14, true}, kBlack);
        heading->keep_with_next = 3 * line;
        flow.add(std::move(heading));
    }
    std::string long_cell;
    for (int i = 0; i < 60; ++i) long_cell += "He rubs his knee when it hurts. ";
    TableRow header{TableBlock::cell("When", 100, kBody), TableBlock::cell("What", 100, kBody)};
    std::vector<TableRow> rows{
        {TableBlock::cell("Mornings", 100, kBody), TableBlock::cell(long_cell, 100, kBody)}};
    auto chart =
        std::make_unique<TableBlock>(std::vector<double>{100, 100}, std::move(header), std::move(rows));
    BOOST_REQUIRE(chart->height() > page);
    flow.add(std::move(chart));
    // The headings start the next page with the row under them, not a page each above a page of the row.
    BOOST_REQUIRE(flow.pages().size() >= 3u);
    BOOST_TEST(flow.pages()[0].size() == 1u);
    BOOST_TEST(flow.pages()[1].size() == 3u);
    for (std::size_t p = 2; p < flow.pages().size(); ++p) BOOST_TEST(flow.pages()[p].size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_long_text_laid_out_in_pieces_breaks_where_one_layout_would) {
    // Each paragraph alone is laid out whole; three of them together are long enough to go in pieces, cut
    // inside paragraphs, so the same lines three times over show the pieces end where lines end. (No
    // paragraph ends in a space: pango wraps a space before a line break differently from one at the end.)
    std::string words;
    while (words.size() < 1500) words += "Walks by the river with Łukasz on Tuesdays, ";
    std::string letters(3000, 'x');
    std::string arabic;
    while (arabic.size() < 1500) arabic += "شکریہ بہت ";
    words.pop_back();
    arabic.pop_back();
    for (const std::string& paragraph : {words, letters, arabic}) {
        const TextLayout one(paragraph, 300, kBody);
        const TextLayout three(paragraph + "\n" + paragraph + "\n" + paragraph, 300, kBody);
        BOOST_TEST(three.line_count() == 3 * one.line_count());
        BOOST_TEST(three.height() == 3 * one.height(), boost::test_tools::tolerance(1e-6));
        BOOST_TEST(three.right_to_left() == one.right_to_left());
        // A paragraph after one cut into pieces, in the last piece, finds its own direction.
        const TextLayout then(paragraph + "\n" + paragraph + "\n" + paragraph + "\nZed", 300, kBody);
        BOOST_TEST(then.line_count() == three.line_count() + 1);
    }
}

BOOST_AUTO_TEST_CASE(a_paragraph_of_many_pages_is_cut_into_pages_that_hold_all_of_it) {
    std::string text;
    for (int i = 0; i < 200'000; ++i) text += static_cast<char>('a' + i % 26);
    auto block = TextBlock::make(text, 400, kBody, kBlack);
    const double whole = block->height();
    const double page = 700;
    PageFlow flow(page);
    flow.add(std::move(block));
    BOOST_TEST(flow.pages().size() > 20u);
    double placed = 0;
    for (const auto& blocks : flow.pages()) {
        BOOST_REQUIRE(blocks.size() == 1u);
        BOOST_TEST(blocks[0].y + blocks[0].block->height() <= page);
        placed += blocks[0].block->height();
    }
    // Every line on one page or another: the parts' heights add up to the whole.
    BOOST_TEST(placed == whole, boost::test_tools::tolerance(1e-6));
}

BOOST_AUTO_TEST_SUITE_END()
