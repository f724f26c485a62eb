// The erase and retention commands: archived people past the period listed, kept with a logged decision, and
// erased leaving one audit line.
#include <boost/test/unit_test.hpp>

#include "cli_runner.h"

using pcr::test::kSmallCaseload;
using pcr::test::lines;

namespace {

// The small caseload, P-3 archived as it is imported (today).
struct Caseload : pcr::test::CliDatabase {
    Caseload() : CliDatabase({kSmallCaseload}) {}
};

bool holds(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(retention_commands_test)

BOOST_AUTO_TEST_CASE(retention_lists_archived_people_past_the_period_and_keep_starts_another) {
    Caseload c;
    BOOST_TEST(c.cli({"retention"}).out == "person_id,name,archived_on,due_for_review\n");
    const auto later = c.cli({"--today", "2099-01-01", "retention"});
    BOOST_TEST(later.code == 0);
    const auto rows = lines(later.out);
    BOOST_REQUIRE_EQUAL(rows.size(), 2u);
    BOOST_TEST(rows[0] == "person_id,name,archived_on,due_for_review");
    BOOST_TEST(rows[1].rfind("P-3,Łukasz Wójcik,20", 0) == 0u, rows[1]);
    // Eight years on from the day archived, by default; --years changes the period.
    const std::string archived = rows[1].substr(std::string("P-3,Łukasz Wójcik,").size(), 10);
    BOOST_TEST(rows[1].substr(rows[1].size() - 10, 4) ==
               std::to_string(std::stoi(archived.substr(0, 4)) + 8));
    BOOST_TEST(lines(c.cli({"--today", "2099-01-01", "retention", "--years", "80"}).out).size() == 1u);
    BOOST_TEST(c.cli({"retention", "--years", "none"}).code == 2);

    BOOST_TEST(c.cli({"retention", "--keep", "P-3"}).code == 2);
    const auto kept = c.cli({"retention", "--keep", "P-3", "--reason", "an inquiry is open"});
    BOOST_TEST(kept.code == 0, kept.err);
    BOOST_TEST(lines(c.cli({"--today", "2030-01-01", "retention"}).out).size() == 1u);
    BOOST_TEST(holds(c.cli({"audit", "--person", "P-3"}).out, "retention-kept,P-3,an inquiry is open"));
    BOOST_TEST(c.cli({"retention", "--keep", "P-1", "--reason", "active"}).code == 1);
}

BOOST_AUTO_TEST_CASE(the_period_is_the_database_setting_unless_years_are_given) {
    Caseload c;
    BOOST_TEST(lines(c.cli({"--today", "2032-01-01", "retention"}).out).size() == 1u);
    BOOST_TEST(c.cli({"settings", "--set", "retention.years=5"}).code == 0);
    const auto five = lines(c.cli({"--today", "2032-01-01", "retention"}).out);
    BOOST_REQUIRE_EQUAL(five.size(), 2u);
    const std::string archived = five[1].substr(std::string("P-3,Łukasz Wójcik,").size(), 10);
    BOOST_TEST(five[1].substr(five[1].size() - 10, 4) ==
               std::to_string(std::stoi(archived.substr(0, 4)) + 5));
    // --years still decides for one listing.
    BOOST_TEST(lines(c.cli({"--today", "2032-01-01", "retention", "--years", "20"}).out).size() == 1u);
    const auto kept = c.cli({"retention", "--keep", "P-3", "--reason", "an inquiry is open"});
    BOOST_TEST(holds(kept.err, "for another 5 years"), kept.err);
    const auto wrong = c.cli({"settings", "--set", "retention.years=0"});
    BOOST_TEST(wrong.code == 1);
    BOOST_TEST(holds(wrong.err, "retention.years takes a whole number from 1 to 100"), wrong.err);
}

BOOST_AUTO_TEST_CASE(erase_leaves_one_audit_line_and_a_database_that_checks) {
    Caseload c;
    BOOST_TEST(c.cli({"erase", "--person", "P-1"}).code == 2);
    BOOST_TEST(c.cli({"erase", "--person", "P-9", "--reason", "gone"}).code == 1);
    const auto erased = c.cli({"erase", "--person", "P-1", "--reason", "asked to be forgotten"});
    BOOST_TEST(erased.code == 0, erased.err);
    BOOST_TEST(holds(erased.err, "Erased person P-1"), erased.err);
    BOOST_TEST(c.cli({"people", "--all"}).out ==
               "id,name,preferred_name,status\nP-3,Łukasz Wójcik,,archived\nP-2,Siân Rhys,,active\n");
    const auto audit = lines(c.cli({"audit", "--person", "P-1"}).out);
    BOOST_REQUIRE_EQUAL(audit.size(), 2u);
    BOOST_TEST(holds(audit[1], ",erase,P-1,anonymised "), audit[1]);
    BOOST_TEST(holds(audit[1], "; reason: asked to be forgotten"), audit[1]);
    const auto check = c.cli({"check"});
    BOOST_TEST(check.code == 0, check.out + check.err);
    const std::string bytes = pcr::test::slurp(c.db);
    BOOST_TEST(!holds(bytes, "Zoë Williams"));
    BOOST_TEST(!holds(bytes, "Tea in the blue mug"));
}

BOOST_AUTO_TEST_SUITE_END()
