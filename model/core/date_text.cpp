// Typed and displayed dates. Reading is forgiving about form (day first, any separator, month names) and
// strict about the day existing; display uses the user's month names because people read dates in their
// language.
#include "model/core/date_text.h"

#include <ctime>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

// A date's three numbers as typed, before checking that the day exists.
struct Parts {
    int year = 0;
    int month = 0;
    int day = 0;
};

bool all_digits(std::string_view s) {
    if (s.empty() || s.size() > 4) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

// "31/01/2027", "31-1-2027", "31.01.2027" (day first) or "2027-01-31", "2027/1/31" (year first): one
// separator, used twice, and a year of four digits.
std::optional<Parts> numeric_parts(std::string_view t) {
    const auto first = t.find_first_of("/-.");
    if (first == std::string_view::npos) return std::nullopt;
    const char sep = t[first];
    const auto second = t.find(sep, first + 1);
    if (second == std::string_view::npos || t.find(sep, second + 1) != std::string_view::npos)
        return std::nullopt;
    const auto a = t.substr(0, first), b = t.substr(first + 1, second - first - 1), c = t.substr(second + 1);
    if (!all_digits(a) || !all_digits(b) || !all_digits(c)) return std::nullopt;
    if (a.size() == 4 && c.size() <= 2) return Parts{to_int(a), to_int(b), to_int(c)};
    if (c.size() == 4 && a.size() <= 2 && b.size() <= 2) return Parts{to_int(c), to_int(b), to_int(a)};
    return std::nullopt;
}

std::vector<std::string> words_of(std::string_view t) {
    std::vector<std::string> words;
    std::string word;
    for (char c : t) {
        if (c == ' ' || c == ',' || c == '\t') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::string folded_month(std::string_view name) {
    std::string folded = fold_for_search(name);
    while (!folded.empty() && folded.back() == '.') folded.pop_back();
    return folded;
}

// The month a word names: its short or long name, or the start (three letters or more) of its long name, in
// any case and with or without accents or a closing full stop. 0 when none or more than one month fits.
int month_named(std::string_view word, const MonthNames& names) {
    const std::string w = folded_month(word);
    if (utf8_length(w) < 3) return 0;
    int found = 0;
    for (int m = 0; m < 12; ++m) {
        const std::string shorter = folded_month(names.short_names[static_cast<std::size_t>(m)]);
        const std::string longer = folded_month(names.long_names[static_cast<std::size_t>(m)]);
        if (w == shorter || w == longer) return m + 1;
        if (longer.compare(0, w.size(), w) == 0) {
            if (found != 0) return 0;
            found = m + 1;
        }
    }
    return found;
}

// "31", "31st", "1st", "2nd", "3rd", "4th".
std::optional<int> day_word(std::string_view w) {
    for (const char* suffix : {"st", "nd", "rd", "th", "ST", "ND", "RD", "TH"})
        if (w.size() > 2 && w.ends_with(suffix)) w.remove_suffix(2);
    if (!all_digits(w) || w.size() > 2) return std::nullopt;
    return to_int(w);
}

// "31 Jan 2027", "31 January, 2027", "January 31, 2027".
std::optional<Parts> worded_parts(std::string_view t, const MonthNames& names) {
    const auto words = words_of(t);
    if (words.size() != 3 || words[2].size() != 4 || !all_digits(words[2])) return std::nullopt;
    const int year = to_int(words[2]);
    if (const int month = month_named(words[1], names); month != 0)
        if (const auto day = day_word(words[0])) return Parts{year, month, *day};
    if (const int month = month_named(words[0], names); month != 0)
        if (const auto day = day_word(words[1])) return Parts{year, month, *day};
    return std::nullopt;
}

std::optional<Parts> typed_parts(std::string_view text, const MonthNames& names) {
    const std::string t = trim(text);
    if (auto parts = numeric_parts(t)) return parts;
    // English names are always understood: the app and its help are in English.
    if (auto parts = worded_parts(t, names)) return parts;
    return worded_parts(t, english_month_names());
}

bool month_exists(const Parts& p) {
    return p.year >= 1 && p.year <= 9999 && p.month >= 1 && p.month <= 12;
}

bool day_exists(const Parts& p) {
    return month_exists(p) && p.day >= 1 && p.day <= Date::days_in_month(p.year, p.month);
}

bool year_alone(std::string_view t) {
    return t.size() == 4 && all_digits(t) && to_int(t) >= 1;
}

std::string in_quotes(std::string_view s) {
    return "\u201c" + std::string(s) + "\u201d";
}

}  // namespace

const MonthNames& english_month_names() {
    static const MonthNames names{
        {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
        {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"}};
    return names;
}

std::string chart_date(const Date& date) {
    const int yy = date.year() % 100;
    return std::to_string(date.day()) + " " + english_month_names().short_names[date.month() - 1] + " " +
           (yy < 10 ? "0" : "") + std::to_string(yy);
}

MonthNames month_names_of(const std::locale& locale) {
    const auto& put = std::use_facet<std::time_put<char>>(locale);
    MonthNames names;
    for (int m = 0; m < 12; ++m) {
        std::tm day{};
        day.tm_year = 126;
        day.tm_mon = m;
        day.tm_mday = 1;
        for (const char format : {'b', 'B'}) {
            std::ostringstream out;
            out.imbue(locale);
            put.put(std::ostreambuf_iterator<char>(out), out, ' ', &day, format);
            auto& name = (format == 'b' ? names.short_names : names.long_names)[static_cast<std::size_t>(m)];
            name = trim(out.str());
            const bool usable =
                !name.empty() && is_valid_utf8(name) && name.find_first_of("0123456789") == std::string::npos;
            if (!usable) return english_month_names();
        }
    }
    for (std::size_t a = 0; a < 12; ++a)
        for (std::size_t b = a + 1; b < 12; ++b)
            if (folded_month(names.short_names[a]) == folded_month(names.short_names[b]))
                return english_month_names();
    return names;
}

const MonthNames& user_month_names() {
    static const MonthNames names = [] {
        try {
            return month_names_of(std::locale(""));
        } catch (const std::runtime_error&) {
            // LANG or LC_* names a locale this system does not have.
            return english_month_names();
        }
    }();
    return names;
}

std::string display_date(const Date& date, const MonthNames& names) {
    return std::to_string(date.day()) + " " + names.short_names[static_cast<std::size_t>(date.month() - 1)] +
           " " + std::to_string(date.year());
}

std::string display_stored_date(std::string_view stored, const MonthNames& names) {
    if (const auto date = Date::parse(trim(stored))) return display_date(*date, names);
    return std::string(stored);
}

std::string display_dates_in(std::string_view text, const MonthNames& names) {
    const auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        // A day only where ten characters make one and no digit runs on either side of them.
        if (i + 10 <= text.size() && (i == 0 || !digit(i - 1)) && !digit(i + 10))
            if (const auto day = Date::parse(text.substr(i, 10))) {
                out += display_date(*day, names);
                i += 10;
                continue;
            }
        out += text[i++];
    }
    return out;
}

std::optional<Date> parse_typed_date(std::string_view text, const MonthNames& names) {
    const auto parts = typed_parts(text, names);
    if (!parts || !day_exists(*parts)) return std::nullopt;
    return Date(parts->year, parts->month, parts->day);
}

std::string typed_date_forms(bool year_allowed) {
    return year_allowed ? tr("31/01/2027, 31 Jan 2027, 2027-01-31 or a year alone (1968)")
                        : tr("31/01/2027, 31 Jan 2027 or 2027-01-31");
}

std::string typed_date_problem(std::string_view text, std::string_view what, bool year_allowed) {
    const std::string typed = trim(text);
    std::string why;
    if (const auto parts = typed_parts(typed, user_month_names())) {
        if (parts->month < 1 || parts->month > 12)
            why = fill_in(tr("There is no month {1}. "), parts->month);
        else if (month_exists(*parts))
            // TRANSLATORS: {1} is a month's name, {2} a year: "February 2027 has 28 days. "
            why = fill_in(tr("{1} {2} has {3} days. "),
                          english_month_names().long_names[static_cast<std::size_t>(parts->month - 1)],
                          parts->year, Date::days_in_month(parts->year, parts->month));
    }
    // TRANSLATORS: {1} is what was typed, {2} the reason (may be empty), {3} what the date is for ("a date",
    // "the review date"), {4} the forms a date may be typed in.
    return fill_in(tr("{1} is not a date. {2}Type {3} as {4}."), in_quotes(typed), why,
                   what.empty() ? tr("a date") : std::string(what), typed_date_forms(year_allowed));
}

std::optional<Date> read_optional_typed_date(std::string_view text, std::string_view what) {
    if (is_blank(text)) return std::nullopt;
    if (const auto date = parse_typed_date(text)) return date;
    throw UserError(typed_date_problem(text, what));
}

std::optional<std::string> stored_typed_date(std::string_view text, bool year_allowed) {
    const std::string t = trim(text);
    if (t.empty()) return std::string();
    if (year_allowed && year_alone(t)) return t;
    if (const auto date = parse_typed_date(t)) return date->iso();
    return std::nullopt;
}

}  // namespace pcr::model
