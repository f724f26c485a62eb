// Tests of writing CSV: RFC 4180 quoting, and fields a spreadsheet would run as formulas kept as text.
#include "model/exchange/csv_writer.h"

#include <boost/test/unit_test.hpp>
#include <sstream>

using namespace pcr::model;

BOOST_AUTO_TEST_SUITE(csv_writer_test)

BOOST_AUTO_TEST_CASE(plain_fields_stay_as_they_are_and_others_are_quoted) {
    BOOST_TEST(CsvWriter::field("Getting there") == "Getting there");
    BOOST_TEST(CsvWriter::field("") == "");
    BOOST_TEST(CsvWriter::field("one, two") == "\"one, two\"");
    BOOST_TEST(CsvWriter::field("She said \"hi\"") == "\"She said \"\"hi\"\"\"");
    BOOST_TEST(CsvWriter::field("line 1\nline 2") == "\"line 1\nline 2\"");
    BOOST_TEST(CsvWriter::field(" spaced") == "\" spaced\"");
}

BOOST_AUTO_TEST_CASE(a_field_a_spreadsheet_would_run_as_a_formula_is_kept_as_text) {
    BOOST_TEST(CsvWriter::field("=HYPERLINK(\"http://x\",\"click\")") ==
               "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
    BOOST_TEST(CsvWriter::field("=1+2") == "\"'=1+2\"");
    BOOST_TEST(CsvWriter::field("+cmd|' /C calc'!A0") == "\"'+cmd|' /C calc'!A0\"");
    BOOST_TEST(CsvWriter::field("-2+3") == "\"'-2+3\"");
    BOOST_TEST(CsvWriter::field("@SUM(A1:A9)") == "\"'@SUM(A1:A9)\"");
    BOOST_TEST(CsvWriter::field("\t=1") == "\"'\t=1\"");
    BOOST_TEST(CsvWriter::field("\r=1") == "\"'\r=1\"");
    BOOST_TEST(CsvWriter::field("-") == "\"'-\"");
    BOOST_TEST(CsvWriter::field("- a list item") == "\"'- a list item\"");
}

BOOST_AUTO_TEST_CASE(plain_numbers_and_signs_later_in_a_field_are_left_alone) {
    BOOST_TEST(CsvWriter::field("-3") == "-3");
    BOOST_TEST(CsvWriter::field("+1.5") == "+1.5");
    BOOST_TEST(CsvWriter::field("0.25") == "0.25");
    BOOST_TEST(CsvWriter::field("a=b") == "a=b");
    BOOST_TEST(CsvWriter::field("2026-10-01") == "2026-10-01");
}

BOOST_AUTO_TEST_CASE(every_row_written_neutralises_its_fields) {
    std::ostringstream out;
    CsvWriter csv(out);
    csv.row({"topic", "note"});
    csv.row(std::vector<std::string>{"1.1", "=cmd"});
    BOOST_TEST(out.str() == "topic,note\n1.1,\"'=cmd\"\n");
}

BOOST_AUTO_TEST_SUITE_END()
