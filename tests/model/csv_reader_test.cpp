// Tests of reading CSV: RFC 4180 quoting, line endings, UTF-8, and problems named by line.
#include "model/exchange/csv_reader.h"

#include <boost/test/unit_test.hpp>

#include "support/tool_records.h"

using namespace pcr::model;

namespace {

std::vector<std::vector<std::string>> fields_of(const CsvReadResult& result) {
    std::vector<std::vector<std::string>> out;
    for (const auto& record : result.records) out.push_back(record.fields);
    return out;
}

std::string listed(const CsvReadResult& result) {
    std::string out;
    for (const auto& p : result.problems) out += p.to_string() + "\n";
    return out.empty() ? "(no problems)" : out;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

BOOST_AUTO_TEST_SUITE(csv_reader_test)

BOOST_AUTO_TEST_CASE(plain_fields_and_empty_ones) {
    const auto r = read_csv_text("topic,level,note\n1.1,3,\n1.2,,Not yet\n,,\n");
    BOOST_TEST_REQUIRE(r.ok(), listed(r));
    BOOST_TEST((fields_of(r) ==
                Rows{{"topic", "level", "note"}, {"1.1", "3", ""}, {"1.2", "", "Not yet"}, {"", "", ""}}));
    BOOST_TEST(r.records[2].line == 3);
}

BOOST_AUTO_TEST_CASE(quoted_fields_keep_commas_line_breaks_and_doubled_quotes) {
    const auto r = read_csv_text(
        "a,b\n\"one, two\",\"She said \"\"hi\"\"\"\n\"line 1\nline 2\",x\n\"\",\"  spaced  \"\nlast,row");
    BOOST_TEST_REQUIRE(r.ok(), listed(r));
    BOOST_TEST((fields_of(r) == Rows{{"a", "b"},
                                     {"one, two", "She said \"hi\""},
                                     {"line 1\nline 2", "x"},
                                     {"", "  spaced  "},
                                     {"last", "row"}}));
    BOOST_TEST(r.records[3].line == 5);  // the record after the two-line field starts on line 5
    BOOST_TEST(r.records[4].line == 6);
}

BOOST_AUTO_TEST_CASE(crlf_and_cr_line_endings_and_a_byte_order_mark) {
    const auto r = read_csv_text("\xEF\xBB\xBFtopic,note\r\n1.1,\"a\r\nb\"\r\n\r\n1.2,Zoë 🌻\r");
    BOOST_TEST_REQUIRE(r.ok(), listed(r));
    BOOST_TEST((fields_of(r) == Rows{{"topic", "note"}, {"1.1", "a\r\nb"}, {"1.2", "Zoë 🌻"}}));
    BOOST_TEST(r.records[2].line == 5);  // the blank line 4 is skipped
}

BOOST_AUTO_TEST_CASE(an_empty_file_has_no_records) {
    BOOST_TEST(read_csv_text("").records.empty());
    BOOST_TEST(read_csv_text("\n\n").records.empty());
    BOOST_TEST(read_csv_text("").ok());
}

BOOST_AUTO_TEST_CASE(quotes_in_the_wrong_place_are_named_by_line_and_field) {
    const auto r = read_csv_text("a,b\nfine,here\nsix \"inch\",x\n\"closed\"early,y\nok,ok\n");
    BOOST_TEST_REQUIRE(r.problems.size() == 2u, listed(r));
    BOOST_TEST(
        r.problems[0].to_string() ==
        "line 3: a quote inside field 1, which does not start with one; put the whole field in quotes and "
        "double the quote inside (\"\")");
    BOOST_TEST(
        r.problems[1].to_string() ==
        "line 4: text after the closing quote of field 1; put the whole field in quotes and double any quote "
        "inside it (\"\")");
    BOOST_TEST((fields_of(r) == Rows{{"a", "b"}, {"fine", "here"}, {"ok", "ok"}}));
}

BOOST_AUTO_TEST_CASE(a_quote_never_closed_names_the_line_it_opens_on) {
    const auto r = read_csv_text("a,b\nx,\"runs on\nand on\n");
    BOOST_TEST_REQUIRE(r.problems.size() == 1u, listed(r));
    BOOST_TEST(r.problems[0].to_string() ==
               "line 2: field 2 opens a quote that is never closed; add the closing quote (\")");
}

BOOST_AUTO_TEST_CASE(text_that_is_not_utf8_is_refused) {
    const auto latin1 = read_csv_text("topic,note\n1.1,caf\xE9\n");
    BOOST_TEST_REQUIRE(latin1.problems.size() == 1u);
    BOOST_TEST(latin1.problems[0].line == 2);
    BOOST_TEST(latin1.problems[0].message.find("not valid UTF-8") != std::string::npos);
    BOOST_TEST(latin1.records.empty());

    const auto nul = read_csv_text(std::string("a\nb\0c\n", 6));
    BOOST_TEST(nul.problems.at(0).line == 2);
    BOOST_TEST(nul.problems.at(0).message.find("NUL") != std::string::npos);

    const auto utf16 = read_csv_text(std::string("\xFF\xFEt\0", 4));
    BOOST_TEST(utf16.problems.at(0).to_string() == "the file is UTF-16; save it as CSV UTF-8");
}

BOOST_AUTO_TEST_CASE(a_spreadsheet_saved_as_a_workbook_is_named_as_one) {
    const auto xlsx = read_csv_text(std::string("PK\x03\x04\x14\0\x06\0", 8));
    BOOST_TEST_REQUIRE(xlsx.problems.size() == 1u, listed(xlsx));
    BOOST_TEST(xlsx.problems[0].line == 0);
    BOOST_TEST(xlsx.problems[0].message.find("zip file") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(files_that_cannot_be_read_are_one_problem) {
    BOOST_TEST(read_csv("/nonexistent/pcrecords/scores.csv").problems.at(0).to_string() ==
               "the file does not exist; check its name and folder");
    pcr::test::TempFolder folder;
    BOOST_TEST(read_csv(folder.path()).problems.at(0).to_string() ==
               "this is a folder; choose a .csv file inside it");
}

BOOST_AUTO_TEST_CASE(a_device_is_refused_before_it_is_read) {
    const auto r = read_csv("/dev/null");
    BOOST_REQUIRE(r.problems.size() == 1u);
    BOOST_TEST(r.problems[0].line == 0);
    BOOST_TEST(r.problems[0].message.find("not a file but a device") != std::string::npos, listed(r));
}

BOOST_AUTO_TEST_SUITE_END()
