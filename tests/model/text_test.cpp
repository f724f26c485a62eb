// Tests of the UTF-8 helpers: validation, blank checks, trimming, lengths and folding for search.
#include "model/core/text.h"

#include <boost/test/unit_test.hpp>

using namespace pcr::model;

BOOST_AUTO_TEST_SUITE(text_test)

BOOST_AUTO_TEST_CASE(grouped_puts_a_comma_between_thousands) {
    BOOST_TEST(grouped(0) == "0");
    BOOST_TEST(grouped(999) == "999");
    BOOST_TEST(grouped(1000) == "1,000");
    BOOST_TEST(grouped(7828) == "7,828");
    BOOST_TEST(grouped(1000000) == "1,000,000");
    BOOST_TEST(grouped(-2500) == "-2,500");
}

BOOST_AUTO_TEST_CASE(fold_matches_names_typed_without_accents) {
    BOOST_TEST(fold_for_search("Zoë") == "zoe");
    BOOST_TEST(fold_for_search("ZOË") == "zoe");
    BOOST_TEST(fold_for_search("Łódź") == "lodz");
    BOOST_TEST(fold_for_search("Siân") == "sian");
    BOOST_TEST(fold_for_search("Ffion") == "ffion");
    BOOST_TEST(fold_for_search("Strauß") == "strauss");
    BOOST_TEST(fold_for_search("Łukasz") == "lukasz");
}

BOOST_AUTO_TEST_CASE(fold_covers_welsh_irish_polish_czech_turkish) {
    BOOST_TEST(fold_for_search("Dŵr Ŷd Gwên") == "dwr yd gwen");
    BOOST_TEST(fold_for_search("Ẁ ẃ ẅ Ỳ") == "w w w y");
    BOOST_TEST(fold_for_search("Seán Ó Súilleabháin Niamh Ní Bhriain") ==
               "sean o suilleabhain niamh ni bhriain");
    BOOST_TEST(fold_for_search("ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ") == "acelnoszz acelnoszz");
    BOOST_TEST(fold_for_search("Dvořák Šťastný Čapek") == "dvorak stastny capek");
    BOOST_TEST(fold_for_search("Çağrı Işık Şahin İnce") == "cagri isik sahin ince");
    BOOST_TEST(fold_for_search("Ștefan Țurcan") == "stefan turcan");
}

BOOST_AUTO_TEST_CASE(fold_expands_ligatures_and_special_letters) {
    BOOST_TEST(fold_for_search("Æsa Cœur Øystein Đorđe Þóra") == "aesa coeur oystein dorde thora");
    BOOST_TEST(fold_for_search("ÀÁÂÃÄÅ àáâãäå ÿ Ÿ") == "aaaaaa aaaaaa y y");
    BOOST_TEST(fold_for_search("Ĳssel") == "ijssel");
}

BOOST_AUTO_TEST_CASE(fold_keeps_signs_and_other_scripts) {
    BOOST_TEST(fold_for_search("2×3÷1") == "2×3÷1");
    BOOST_TEST(fold_for_search("فاطمة") == "فاطمة");
    BOOST_TEST(fold_for_search("प्रिया") == "प्रिया");
    BOOST_TEST(fold_for_search("李明") == "李明");
}

BOOST_AUTO_TEST_CASE(fold_lowers_greek_and_cyrillic) {
    BOOST_TEST(fold_for_search("ΑΘΗΝΑ") == "αθηνα");
    BOOST_TEST(fold_for_search("ИВАН Ёлка") == "иван ёлка");
}

BOOST_AUTO_TEST_CASE(fold_drops_combining_accents_and_bad_bytes) {
    BOOST_TEST(fold_for_search("Zoe\xCC\x88") == "zoe");  // e followed by a combining diaeresis
    BOOST_TEST(fold_for_search("Ann\xFF"
                               "a") == "anna");
    BOOST_TEST(fold_for_search("Bo\xC3") == "bo");  // truncated sequence at the end
}

BOOST_AUTO_TEST_CASE(valid_utf8_rejects_malformed_sequences) {
    BOOST_TEST(is_valid_utf8(""));
    BOOST_TEST(is_valid_utf8("Siân 李明 😀"));
    BOOST_TEST(!is_valid_utf8("\xC0\xAF"));          // overlong "/"
    BOOST_TEST(!is_valid_utf8("\xED\xA0\x80"));      // surrogate
    BOOST_TEST(!is_valid_utf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
    BOOST_TEST(!is_valid_utf8("abc\x80"));           // stray continuation byte
    BOOST_TEST(!is_valid_utf8("\xE2\x82"));          // truncated
}

BOOST_AUTO_TEST_CASE(blank_means_only_spaces) {
    BOOST_TEST(is_blank(""));
    BOOST_TEST(is_blank(" \t\r\n"));
    BOOST_TEST(is_blank("\xC2\xA0\xE2\x80\x83\xE3\x80\x80"));  // no-break, em and ideographic spaces
    BOOST_TEST(!is_blank(" a "));
    BOOST_TEST(!is_blank("\xFF"));
}

BOOST_AUTO_TEST_CASE(trim_removes_outer_ascii_space_only) {
    BOOST_TEST(trim("  Siân Ffion \n") == "Siân Ffion");
    BOOST_TEST(trim("   ").empty());
    BOOST_TEST(trim("a") == "a");
}

BOOST_AUTO_TEST_CASE(a_title_mid_sentence_loses_its_capital_but_not_an_abbreviations) {
    BOOST_TEST(mid_sentence("Person-centred review") == "person-centred review");
    BOOST_TEST(mid_sentence("PATH") == "PATH");
    BOOST_TEST(mid_sentence("4 plus 1 questions") == "4 plus 1 questions");
    BOOST_TEST(mid_sentence("A") == "A");
}

BOOST_AUTO_TEST_CASE(length_counts_code_points) {
    BOOST_TEST(utf8_length("") == 0u);
    BOOST_TEST(utf8_length("Zoë") == 3u);
    BOOST_TEST(utf8_length("Łódź") == 4u);
    BOOST_TEST(utf8_length("😀") == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
