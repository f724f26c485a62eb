// Roles on the command line: every command obeys the signed-in account's role, and a refusal exits 3 with
// one line naming the role needed, changes nothing and is in the audit trail.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "cli_runner.h"

using pcr::test::kSmallCaseload;
using pcr::test::lines;
using pcr::test::run_cli;
using pcr::test::TempFolder;

namespace {

const std::string kPassword = "a long enough password";
const std::string kSignedIn = "PCRECORDS_PASSWORD=" + kPassword;

// The small caseload, everyone in the team with staff member S-01, and ann the administrator, mo a manager,
// sue a senior and sam a support worker; sue and sam are S-01, so they see everyone and only the role
// differs.
struct Staffed {
    Staffed() {
        std::ofstream(tmp / "in.xml", std::ios::binary) << kSmallCaseload;
        BOOST_REQUIRE(run_cli({"--db", db, "import", in()}).code == 0);
        std::ofstream(tmp / "staff.xml", std::ios::binary)
            << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pcrecords format=\"1\" "
               "exported=\"2026-11-26T14:00:00Z\">\n  <staff id=\"S-01\" status=\"active\">"
               "<name>Siân Morgan</name></staff>\n</pcrecords>\n";
        BOOST_REQUIRE(run_cli({"--db", db, "import", (tmp / "staff.xml").string()}).code == 0);
        BOOST_REQUIRE(run_cli({"--db", db, "team", "add", "T-1", "--name", "Home"}).code == 0);
        for (const char* person : {"P-1", "P-2", "P-3"})
            BOOST_REQUIRE(run_cli({"--db", db, "assign", "--person", person, "--team", "T-1"}).code == 0);
        BOOST_REQUIRE(run_cli({"--db", db, "assign", "--staff", "S-01", "--team", "T-1"}).code == 0);
        BOOST_REQUIRE(
            run_cli({"--db", db, "user", "add", "ann", "--role", "administrator"}, kPassword + "\n").code ==
            0);
        for (const auto& [name, role] :
             {std::pair{"mo", "manager"}, {"sue", "senior"}, {"sam", "support-worker"}})
            BOOST_REQUIRE(
                as("ann", {"user", "add", name, "--role", role, "--staff", "S-01"}, kPassword + "\n").code ==
                0);
    }
    // Runs `args` signed in as `user`.
    pcr::test::CliResult as(const std::string& user, std::vector<std::string> args,
                            const std::string& input = "") const {
        args.insert(args.begin(), {"--db", db, "--user", user});
        return run_cli(args, input, {kSignedIn});
    }
    std::string in() const { return (tmp / "in.xml").string(); }
    std::string out(const std::string& name) const { return (tmp / name).string(); }
    // The refusals in the audit trail, as "user,detail".
    std::vector<std::string> refusals() const {
        std::vector<std::string> found;
        for (const auto& line : lines(as("ann", {"audit"}).out))
            if (line.find(",refused,") != std::string::npos) {
                const auto fields = line.substr(line.find(',') + 1);
                found.push_back(fields.substr(0, fields.find(',')) + "," +
                                fields.substr(fields.rfind(',') + 1));
            }
        return found;
    }
    TempFolder tmp;
    std::string db = (tmp / "care.pcrdb").string();
};

// Exit 3 and one line: "pcrecords-cli: <what> needs the role <role>...".
void refused(const pcr::test::CliResult& r, const std::string& line) {
    BOOST_TEST(r.code == 3, r.err);
    BOOST_TEST(lines(r.err).size() == 1u, r.err);
    BOOST_TEST(r.err == "pcrecords-cli: " + line + "\n");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(roles_test)

BOOST_AUTO_TEST_CASE(a_support_worker_is_refused_with_exit_3_naming_the_role_and_nothing_changes) {
    Staffed s;
    const std::string people = s.as("ann", {"people", "--all"}).out;
    const std::string scores = s.as("ann", {"scores"}).out;
    std::ofstream(s.tmp / "scores.csv", std::ios::binary) << "topic,level\n1.1,5\n";

    refused(s.as("sam", {"import", s.in()}),
            "Importing needs the role manager or above; sam is a support worker.");
    refused(
        s.as("sam",
             {"--today", "2026-06-30", "assess", "--date", "2026-06-30", "--scores", s.out("scores.csv")}),
        "Recording assessments and action plans needs the role manager or above; sam is a support worker.");
    refused(s.as("sam", {"export", "--out", s.out("all.xml")}),
            "Exporting everyone at once needs the role manager or above; sam is a support worker.");
    refused(s.as("sam", {"export", "--out", s.out("one.xml"), "--person", "P-1"}),
            "Exporting a whole record needs the role senior or above; sam is a support worker.");
    refused(s.as("sam", {"record", "P-1", "--out", s.out("p1.pdf")}),
            "Exporting a whole record needs the role senior or above; sam is a support worker.");
    refused(s.as("sam", {"profiles", "--out", s.tmp.path().string()}),
            "Exporting everyone at once needs the role manager or above; sam is a support worker.");
    refused(s.as("sam", {"signoff", "--person", "P-1", "--tool", "one-page-profile"}),
            "Signing off records needs the role senior or above; sam is a support worker.");
    refused(s.as("sam", {"user", "add", "eve", "--role", "support-worker"}, kPassword + "\n"),
            "Managing accounts needs the role administrator; sam is a support worker.");
    refused(s.as("sam", {"audit"}),
            "Viewing the audit trail needs the role manager or above; sam is a support worker.");
    refused(s.as("sam", {"backup", "--out", s.out("copy.pcrdb")}),
            "Making backups needs the role administrator; sam is a support worker.");
    refused(s.as("sam", {"fix-permissions"}),
            "Changing database settings needs the role administrator; sam is a support worker.");

    BOOST_TEST(s.as("ann", {"people", "--all"}).out == people);
    BOOST_TEST(s.as("ann", {"scores"}).out == scores);
    for (const char* file : {"all.xml", "one.xml", "p1.pdf", "copy.pcrdb"})
        BOOST_TEST(!std::filesystem::exists(s.tmp / file), file);
    const std::vector<std::string> expected{"sam,import",
                                            "sam,assess",
                                            "sam,bulk-export",
                                            "sam,export-whole-record",
                                            "sam,export-whole-record",
                                            "sam,bulk-export",
                                            "sam,sign-off",
                                            "sam,manage-accounts",
                                            "sam,view-audit",
                                            "sam,backup",
                                            "sam,settings"};
    BOOST_TEST(s.refusals() == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_support_worker_reads_and_exports_a_one_page_profile) {
    Staffed s;
    const auto people = s.as("sam", {"people"});
    BOOST_TEST(people.code == 0, people.err);
    BOOST_TEST(lines(people.out).size() > 1u);
    const auto profile = s.as("sam", {"profile", "P-1", "--out", s.out("p1.html")});
    BOOST_TEST(profile.code == 0, profile.err);
    BOOST_TEST(std::filesystem::exists(s.tmp / "p1.html"));
    BOOST_TEST(s.as("sam", {"history", "--person", "P-1"}).code == 0);
    BOOST_TEST(s.as("sam", {"scores"}).code == 0);
}

BOOST_AUTO_TEST_CASE(a_senior_signs_off_and_exports_one_record_but_not_everyone) {
    Staffed s;
    const auto signed_off = s.as("sue", {"signoff", "--person", "P-1", "--tool", "one-page-profile"});
    BOOST_TEST(signed_off.code == 0, signed_off.err);
    BOOST_TEST(signed_off.err.find("Signed off by sue on ") == 0u, signed_off.err);
    BOOST_TEST(s.as("sue", {"record", "P-1", "--out", s.out("p1.html")}).code == 0);
    refused(s.as("sue", {"export", "--out", s.out("all.xml")}),
            "Exporting everyone at once needs the role manager or above; sue is a senior.");
}

BOOST_AUTO_TEST_CASE(a_manager_imports_exports_everyone_and_reads_the_trail_but_manages_no_accounts) {
    Staffed s;
    BOOST_TEST(s.as("mo", {"import", s.in()}).code == 0);
    BOOST_TEST(s.as("mo", {"export", "--out", s.out("all.xml")}).code == 0);
    BOOST_TEST(s.as("mo", {"audit", "--person", "P-1"}).code == 0);
    refused(s.as("mo", {"user", "disable", "sam"}),
            "Managing accounts needs the role administrator; mo is a manager.");
    refused(s.as("mo", {"backup", "--out", s.out("copy.pcrdb")}),
            "Making backups needs the role administrator; mo is a manager.");
    BOOST_TEST(s.as("ann", {"backup", "--out", s.out("copy.pcrdb")}).code == 0);
}

BOOST_AUTO_TEST_CASE(audit_user_after_the_command_word_filters_and_before_it_signs_in) {
    Staffed s;
    BOOST_TEST(s.as("sam", {"import", s.in()}).code == 3);
    const auto by_sam = s.as("mo", {"audit", "--user", "sam"});
    BOOST_TEST(by_sam.code == 0, by_sam.err);
    // sam's sign-ins and the refusal, and nobody else's entries.
    const auto rows = lines(by_sam.out);
    BOOST_TEST_REQUIRE(rows.size() >= 3u, by_sam.out);
    std::vector<std::string> refused;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        BOOST_TEST(rows[i].find(",sam,") != std::string::npos, rows[i]);
        if (rows[i].find(",refused,") != std::string::npos) refused.push_back(rows[i]);
    }
    BOOST_TEST_REQUIRE(refused.size() == 1u, by_sam.out);
    BOOST_TEST(refused[0].find(",sam,refused,,import") != std::string::npos, refused[0]);
    BOOST_TEST(s.as("mo", {"audit", "--by", "sam"}).out == by_sam.out);
}

BOOST_AUTO_TEST_SUITE_END()
