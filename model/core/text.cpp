// UTF-8 helpers without ICU: validation, blank checks, trimming, code-point counts and search folding.
#include "model/core/text.h"

#include <optional>

namespace pcr::model {

namespace {

// Decodes the code point starting at s[i] and moves i past it. Malformed input (bad lead byte,
// truncated sequence, overlong form, surrogate, beyond U+10FFFF) gives nullopt and skips one byte,
// so a caller can drop the bad byte and carry on with the next.
std::optional<char32_t> decode(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int extra = 0;
    char32_t cp = 0;
    char32_t smallest = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        extra = 1;
        cp = b0 & 0x1F;
        smallest = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        extra = 2;
        cp = b0 & 0x0F;
        smallest = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        extra = 3;
        cp = b0 & 0x07;
        smallest = 0x10000;
    } else {
        ++i;
        return std::nullopt;
    }
    if (i + extra >= s.size()) {
        ++i;
        return std::nullopt;
    }
    for (int k = 1; k <= extra; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return std::nullopt;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return std::nullopt;
    }
    i += static_cast<std::size_t>(extra) + 1;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool is_unicode_space(char32_t cp) {
    if (cp < 0x80) return is_ascii_space(static_cast<char>(cp));
    // Zero-width space and the byte-order mark are invisible, so a field holding only them looks empty.
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

// Base letters of U+00C0..U+00FF and U+0100..U+017F, one character per code point.
// '*' marks a letter that folds to two letters (see two_letter_fold); '.' marks a sign kept as it is.
constexpr std::string_view kLatin1 =
    "aaaaaa*ceeeeiiiidnooooo.ouuuuy**"   // U+00C0..U+00DF: À..Ö × Ø..Ý Þ ß
    "aaaaaa*ceeeeiiiidnooooo.ouuuuy*y";  // U+00E0..U+00FF: à..ö ÷ ø..ý þ ÿ
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccdddd"         // U+0100..U+0111: Ā..ą Ć..č Ď..đ
    "eeeeeeeeeegggggggghhhh"     // U+0112..U+0127: Ē..ě Ĝ..ģ Ĥ..ħ
    "iiiiiiiiii**jjkkk"          // U+0128..U+0138: Ĩ..ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ
    "llllllllllnnnnnnnnn"        // U+0139..U+014B: Ĺ..ł Ń..ŋ (with ŉ)
    "oooooo**rrrrrr"             // U+014C..U+0159: Ō..ő Œ œ Ŕ..ř
    "sssssssstttttt"             // U+015A..U+0167: Ś..š Ţ..ŧ
    "uuuuuuuuuuuuwwyyyzzzzzzs";  // U+0168..U+017F: Ũ..ų Ŵ ŵ Ŷ ŷ Ÿ Ź..ž ſ
static_assert(kLatin1.size() == 0x40 && kLatinExtendedA.size() == 0x80);

std::string_view two_letter_fold(char32_t cp) {
    switch (cp) {
        case 0xC6:
        case 0xE6:
            return "ae";
        case 0xDE:
        case 0xFE:
            return "th";
        case 0xDF:
            return "ss";
        case 0x132:
        case 0x133:
            return "ij";
        case 0x152:
        case 0x153:
            return "oe";
        default:
            return {};
    }
}

// Appends the folded form of one code point.
void fold_code_point(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
        return;
    }
    std::string_view table;
    char32_t first = 0;
    if (cp >= 0xC0 && cp <= 0xFF) {
        table = kLatin1;
        first = 0xC0;
    } else if (cp >= 0x100 && cp <= 0x17F) {
        table = kLatinExtendedA;
        first = 0x100;
    }
    if (!table.empty()) {
        const char base = table[cp - first];
        if (base == '*') {
            out += two_letter_fold(cp);
        } else if (base == '.') {
            append_utf8(out, cp);
        } else {
            out += base;
        }
        return;
    }
    // Combining accents (text typed in decomposed form) carry no letter of their own.
    if (cp >= 0x300 && cp <= 0x36F) return;
    // Romanian comma-below letters (Ș ș Ț ț) and Welsh ẁ ẃ ẅ ỳ from Latin Extended Additional.
    char base = 0;
    if (cp == 0x218 || cp == 0x219)
        base = 's';
    else if (cp == 0x21A || cp == 0x21B)
        base = 't';
    else if (cp >= 0x1E80 && cp <= 0x1E85)
        base = 'w';
    else if (cp == 0x1EF2 || cp == 0x1EF3)
        base = 'y';
    if (base != 0) {
        out += base;
        return;
    }
    // Greek and Cyrillic capitals lower-case by a fixed offset.
    if ((cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F))
        append_utf8(out, cp + 0x20);
    else if (cp >= 0x400 && cp <= 0x40F)
        append_utf8(out, cp + 0x50);
    else
        append_utf8(out, cp);
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();)
        if (!decode(s, i)) return false;
    return true;
}

bool is_blank(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto cp = decode(s, i);
        if (!cp || !is_unicode_space(*cp)) return false;
    }
    return true;
}

std::string trim(std::string_view s) {
    std::size_t begin = 0, end = s.size();
    while (begin < end && is_ascii_space(s[begin])) ++begin;
    while (end > begin && is_ascii_space(s[end - 1])) --end;
    return std::string(s.substr(begin, end - begin));
}

std::string fold_for_search(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();)
        if (const auto cp = decode(s, i)) fold_code_point(out, *cp);
    return out;
}

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string grouped(long n) {
    const std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out = n < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string escape_html(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (const char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string mid_sentence(std::string_view title) {
    std::string out(title);
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (out.size() >= 2 && upper(out[0]) && !upper(out[1])) out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

}  // namespace pcr::model
