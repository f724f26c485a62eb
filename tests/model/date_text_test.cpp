// Tests of dates as people type and read them: day-first forms, month names, impossible days, display style
// and the locale's month names with their English fall-back.
#include "model/core/date_text.h"

#include <boost/test/unit_test.hpp>
#include <iterator>
#include <locale>

#include "model/core/errors.h"

using namespace pcr::model;

namespace {

std::string typed(const char* text) {
    const auto date = parse_typed_date(text, english_month_names());
    return date ? date->iso() : "none";
}

// A locale whose %b and %B give the names in `short_names` and `long_names`, as a German LC_TIME would.
class NamedMonths : public std::time_put<char> {
  public:
    NamedMonths(std::array<const char*, 12> short_names, std::array<const char*, 12> long_names)
        : short_(short_names), long_(long_names) {}

  protected:
    iter_type do_put(iter_type out, std::ios_base&, char, const std::tm* t, char format,
                     char) const override {
        for (const char* c = (format == 'b' ? short_ : long_)[static_cast<std::size_t>(t->tm_mon)]; *c; ++c)
            *out++ = *c;
        return out;
    }

  private:
    std::array<const char*, 12> short_;
    std::array<const char*, 12> long_;
};

std::locale german() {
    return std::locale(std::locale::classic(),
                       new NamedMonths({"Jan", "Feb", "M\u00e4r", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep",
                                        "Okt", "Nov", "Dez"},
                                       {"Januar", "Februar", "M\u00e4rz", "April", "Mai", "Juni", "Juli",
                                        "August", "September", "Oktober", "November", "Dezember"}));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(date_text_test)

BOOST_AUTO_TEST_CASE(day_first_forms_as_written_in_the_uk) {
    BOOST_TEST(typed("31/01/2027") == "2027-01-31");
    BOOST_TEST(typed("31-01-2027") == "2027-01-31");
    BOOST_TEST(typed("31.1.2027") == "2027-01-31");
    BOOST_TEST(typed("1/2/2027") == "2027-02-01");
    BOOST_TEST(typed("  5/12/2026 ") == "2026-12-05");
}

BOOST_AUTO_TEST_CASE(iso_dates_are_still_read) {
    BOOST_TEST(typed("2027-01-31") == "2027-01-31");
    BOOST_TEST(typed("2027/1/31") == "2027-01-31");
}

BOOST_AUTO_TEST_CASE(month_names_short_long_any_case) {
    BOOST_TEST(typed("1 Jan 2027") == "2027-01-01");
    BOOST_TEST(typed("1 January 2027") == "2027-01-01");
    BOOST_TEST(typed("1 january, 2027") == "2027-01-01");
    BOOST_TEST(typed("5 DEC 2026") == "2026-12-05");
    BOOST_TEST(typed("5 Sept 2026") == "2026-09-05");
    BOOST_TEST(typed("1st Mar 2026") == "2026-03-01");
    BOOST_TEST(typed("March 3, 2026") == "2026-03-03");
    BOOST_TEST(typed("5 Ju 2026") == "none");  // June or July: too short to say
}

BOOST_AUTO_TEST_CASE(impossible_days_and_other_shapes_are_refused) {
    BOOST_TEST(typed("31/02/2027") == "none");
    BOOST_TEST(typed("29/02/2027") == "none");
    BOOST_TEST(typed("29/02/2028") == "2028-02-29");
    BOOST_TEST(typed("1/13/2027") == "none");
    BOOST_TEST(typed("0/1/2027") == "none");
    BOOST_TEST(typed("31/01/27") == "none");  // a two-digit year could be either century
    BOOST_TEST(typed("31/01-2027") == "none");
    BOOST_TEST(typed("tomorrow") == "none");
    BOOST_TEST(typed("") == "none");
    BOOST_TEST(typed("2027") == "none");
}

BOOST_AUTO_TEST_CASE(the_problem_names_what_was_typed_and_the_forms) {
    const std::string wrong = typed_date_problem("31/02/2027", "the by-when date");
    BOOST_TEST(wrong ==
               "\u201c31/02/2027\u201d is not a date. February 2027 has 28 days. Type the by-when date as "
               "31/01/2027, 31 Jan 2027 or 2027-01-31.");
    BOOST_TEST(typed_date_problem("1/13/2027", "").find("There is no month 13. Type a date as") !=
               std::string::npos);
    BOOST_TEST(
        typed_date_problem("soon", "the date", true) ==
        "\u201csoon\u201d is not a date. Type the date as 31/01/2027, 31 Jan 2027, 2027-01-31 or a year "
        "alone (1968).");
    BOOST_CHECK_THROW(read_optional_typed_date("31/02/2027", "the date"), pcr::UserError);
    BOOST_TEST(!read_optional_typed_date("  ", "the date").has_value());
    BOOST_TEST(read_optional_typed_date("31/01/2027", "the date")->iso() == "2027-01-31");
}

BOOST_AUTO_TEST_CASE(stored_form_stays_iso_and_a_year_alone_where_allowed) {
    BOOST_TEST(*stored_typed_date("31/01/2027", false) == "2027-01-31");
    BOOST_TEST(*stored_typed_date(" ", false) == "");
    BOOST_TEST(*stored_typed_date("1968", true) == "1968");
    BOOST_TEST(!stored_typed_date("1968", false).has_value());
    BOOST_TEST(!stored_typed_date("31/02/2027", true).has_value());
}

BOOST_AUTO_TEST_CASE(display_is_day_short_month_year) {
    BOOST_TEST(display_date(Date(2026, 12, 5), english_month_names()) == "5 Dec 2026");
    BOOST_TEST(display_date(Date(2027, 1, 31), english_month_names()) == "31 Jan 2027");
    BOOST_TEST(display_stored_date("2026-03-03", english_month_names()) == "3 Mar 2026");
    BOOST_TEST(display_stored_date("1968", english_month_names()) == "1968");
    BOOST_TEST(display_stored_date("someday", english_month_names()) == "someday");
    // What is displayed can be typed back.
    BOOST_TEST(typed(display_date(Date(2026, 9, 30), english_month_names()).c_str()) == "2026-09-30");
}

BOOST_AUTO_TEST_CASE(days_in_saved_change_text_are_displayed_in_words) {
    BOOST_TEST(display_dates_in("added with 3 sections; reviewed 2026-06-01", english_month_names()) ==
               "added with 3 sections; reviewed 1 Jun 2026");
    BOOST_TEST(display_dates_in("2026-06-01 to 2026-07-02", english_month_names()) ==
               "1 Jun 2026 to 2 Jul 2026");
    BOOST_TEST(display_dates_in("id 12026-06-01, 2026-02-30, 2026-06-011", english_month_names()) ==
               "id 12026-06-01, 2026-02-30, 2026-06-011");
    BOOST_TEST(display_dates_in("", english_month_names()) == "");
}

BOOST_AUTO_TEST_CASE(month_names_come_from_the_locale) {
    const MonthNames names = month_names_of(german());
    BOOST_TEST(display_date(Date(2026, 12, 5), names) == "5 Dez 2026");
    BOOST_TEST(display_date(Date(2026, 3, 5), names) == "5 M\u00e4r 2026");
    BOOST_TEST(parse_typed_date("5 M\u00e4rz 2026", names)->iso() == "2026-03-05");
    BOOST_TEST(parse_typed_date("5 dez 2026", names)->iso() == "2026-12-05");
    BOOST_TEST(parse_typed_date("5 Dec 2026", names)->iso() == "2026-12-05");  // English is always read
}

BOOST_AUTO_TEST_CASE(english_where_the_locale_gives_nothing_usable) {
    BOOST_TEST(display_date(Date(2026, 12, 5), month_names_of(std::locale::classic())) == "5 Dec 2026");
    const std::array<const char*, 12> empty{"", "", "", "", "", "", "", "", "", "", "", ""};
    BOOST_TEST(display_date(Date(2026, 12, 5), month_names_of(std::locale(std::locale::classic(),
                                                                          new NamedMonths(empty, empty)))) ==
               "5 Dec 2026");
    const std::array<const char*, 12> latin1{"Jan", "Feb", "M\xe4r", "Apr", "Mai", "Jun",
                                             "Jul", "Aug", "Sep",    "Okt", "Nov", "Dez"};
    BOOST_TEST(display_date(Date(2026, 12, 5),
                            month_names_of(std::locale(std::locale::classic(),
                                                       new NamedMonths(latin1, latin1)))) == "5 Dec 2026");
}

BOOST_AUTO_TEST_SUITE_END()
