// UTF-8 text helpers the model needs without ICU: validation, blank checks, and folding for search.
#pragma once

#include <string>
#include <string_view>

namespace pcr::model {

// True when s is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view s);

// True when s has nothing but whitespace (ASCII or Unicode spaces).
bool is_blank(std::string_view s);

// s without leading and trailing ASCII whitespace.
std::string trim(std::string_view s);

// A key for case- and accent-insensitive matching: lower case, accents removed, ligatures expanded
// ("Zoë" and "ZOE" both give "zoe"; "Łukasz" gives "lukasz"; "Strauß" gives "strauss").
// Scripts without case or accents (Arabic, Urdu, Devanagari...) pass through unchanged.
std::string fold_for_search(std::string_view s);

// Number of Unicode code points in well-formed UTF-8.
std::size_t utf8_length(std::string_view s);

// 2500 as "2,500", as people read counts.
std::string grouped(long n);

// `s` with &, <, >, " and ' replaced by entities, so no record text can change a page's markup (HTML exports
// and the app's record pages). Multi-byte UTF-8 passes through untouched.
std::string escape_html(std::string_view s);

// A title as it reads inside a sentence: "Person-centred review" gives "person-centred review"; a title that
// starts with an abbreviation ("PATH") or a letter outside ASCII keeps its capitals.
std::string mid_sentence(std::string_view title);

}  // namespace pcr::model
