// The export commands as scripts use them: profile, record, report and profiles write files, refuse other
// extensions and name unknown ids.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "cli_runner.h"

using pcr::test::kSmallCaseload;
using pcr::test::lines;
using pcr::test::run_cli;
using pcr::test::slurp;
using pcr::test::TempFolder;
namespace fs = std::filesystem;

namespace {

// A database holding the small caseload, and a folder for what the commands write.
struct Imported {
    TempFolder tmp;
    std::string db = (tmp / "e.db").string();
    Imported() {
        std::ofstream(tmp / "in.xml", std::ios::binary) << kSmallCaseload;
        BOOST_REQUIRE(run_cli({"--db", db, "import", (tmp / "in.xml").string()}).code == 0);
    }
    std::string out(const std::string& name) const { return (tmp / name).string(); }
    // Records an assessment of 2026-06-30 scoring topic 1.1 at 3.
    void assess() const {
        std::ofstream(tmp / "s.csv", std::ios::binary) << "topic,level,note\n1.1,3,Going well\n";
        BOOST_REQUIRE(run_cli({"--db", db, "--today", "2026-06-30", "assess", "--date", "2026-06-30",
                               "--scores", out("s.csv")})
                          .code == 0);
    }
};

bool starts_with(const std::string& text, const std::string& start) {
    return text.rfind(start, 0) == 0;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(export_commands_test)

BOOST_AUTO_TEST_CASE(profile_writes_a_pdf_or_an_html_page) {
    Imported c;
    auto pdf = run_cli({"--db", c.db, "profile", "P-1", "--out", c.out("zo.pdf")});
    BOOST_TEST(pdf.code == 0);
    BOOST_TEST(pdf.out.empty());
    BOOST_TEST(pdf.err == "Wrote the one-page profile of P-1 Zo to " + c.out("zo.pdf") + "\n");
    BOOST_TEST(starts_with(slurp(c.out("zo.pdf")), "%PDF-"));

    auto html = run_cli({"--db", c.db, "profile", "P-1", "--out", c.out("zo.html")});
    BOOST_TEST(html.code == 0);
    BOOST_TEST(has(slurp(c.out("zo.html")), "Tea in the blue mug"));
}

BOOST_AUTO_TEST_CASE(record_writes_pdf_html_or_that_person_s_interchange_file) {
    Imported c;
    auto xml = run_cli({"--db", c.db, "record", "P-1", "--out", c.out("p1.xml")});
    BOOST_TEST(xml.code == 0);
    const std::string file = slurp(c.out("p1.xml"));
    BOOST_TEST(has(file, "<person id=\"P-1\""));
    BOOST_TEST(!has(file, "P-2"));

    auto pdf = run_cli({"--db", c.db, "--today", "2026-06-30", "record", "P-1", "--out", c.out("p1.pdf")});
    BOOST_TEST(pdf.code == 0);
    BOOST_TEST(starts_with(pdf.err, "Wrote the whole record of P-1 Zo to " + c.out("p1.pdf") + " ("));
    BOOST_TEST(starts_with(slurp(c.out("p1.pdf")), "%PDF-"));

    BOOST_TEST(run_cli({"--db", c.db, "record", "P-2", "--out", c.out("p2.html")}).code == 0);
    BOOST_TEST(has(slurp(c.out("p2.html")), "Siân Rhys"));
}

BOOST_AUTO_TEST_CASE(the_subject_access_copy_holds_text_a_later_import_replaced) {
    Imported c;
    std::string replaced = kSmallCaseload;
    replaced.replace(replaced.find("Tea in the blue mug"), std::string("Tea in the blue mug").size(),
                     "Coffee");
    replaced.replace(replaced.find("Zoë Williams"), std::string("Zoë Williams").size(), "Zoë Evans");
    std::ofstream(c.tmp / "again.xml", std::ios::binary) << replaced;
    BOOST_REQUIRE(run_cli({"--db", c.db, "import", c.out("again.xml")}).code == 0);

    BOOST_REQUIRE(run_cli({"--db", c.db, "record", "P-1", "--out", c.out("p1.xml")}).code == 0);
    const std::string file = slurp(c.out("p1.xml"));
    const auto history = file.find("<history kind=\"person\" id=\"P-1\">");
    BOOST_REQUIRE(history != std::string::npos);
    // Now, then as it was: the replaced text and the earlier name are in the history, with who and when.
    BOOST_TEST(file.find("<item>Coffee</item>") < history);
    BOOST_TEST(file.find("<item>Tea in the blue mug</item>") > history);
    BOOST_TEST(file.find("<name>Zoë Williams</name>") > history);
    BOOST_TEST(
        has(file, "<record tool=\"one-page-profile\" reviewed=\"2026-06-01\" version=\"1\" changed=\""));
    BOOST_TEST(has(file, "<change when=\""));

    // The copy imports as the current record; the history element is passed over.
    const std::string fresh = c.out("fresh.db");
    const auto imported = run_cli({"--db", fresh, "import", c.out("p1.xml")});
    BOOST_TEST(imported.code == 0, imported.err);
    BOOST_TEST(run_cli({"--db", fresh, "people"}).out ==
               "id,name,preferred_name,status\nP-1,Zoë Evans,Zo,active\n");
}

BOOST_AUTO_TEST_CASE(report_writes_the_scores_as_csv_and_the_report_as_pdf_and_html) {
    Imported c;
    c.assess();
    auto csv = run_cli({"--db", c.db, "report", "--out", c.out("r.csv")});
    BOOST_TEST(csv.code == 0);
    BOOST_TEST(csv.err == "Wrote the progress-for-providers-homecare report to " + c.out("r.csv") + "\n");
    const auto rows = lines(slurp(c.out("r.csv")));
    BOOST_REQUIRE(rows.size() == 28u);
    BOOST_TEST(rows[0] == "topic,title,level,suggested,coverage,count,total,flagged,note");
    BOOST_TEST(starts_with(rows[1], "1.1,"));
    BOOST_TEST(has(rows[1], ",3,4,50,1,2,0,Going well"));

    BOOST_TEST(run_cli({"--db", c.db, "report", "--date", "2026-06-30", "--out", c.out("r.pdf")}).code == 0);
    BOOST_TEST(starts_with(slurp(c.out("r.pdf")), "%PDF-"));
    BOOST_TEST(run_cli({"--db", c.db, "report", "--out", c.out("r.html")}).code == 0);
    BOOST_TEST(has(slurp(c.out("r.html")), "Going well"));
}

BOOST_AUTO_TEST_CASE(report_without_an_assessment_says_so) {
    Imported c;
    auto r = run_cli({"--db", c.db, "report", "--out", c.out("r.pdf")});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(starts_with(r.err, "pcrecords-cli: "));
    BOOST_TEST(!fs::exists(c.out("r.pdf")));
}

BOOST_AUTO_TEST_CASE(profiles_fills_a_new_folder_with_one_file_per_person) {
    Imported c;
    const std::string folder = c.out("profiles/new");
    auto r = run_cli({"--db", c.db, "profiles", "--out", folder, "--include-empty"});
    BOOST_TEST(r.code == 0);
    BOOST_TEST(r.err == "Wrote 2 one-page profiles to " + folder + "\n");
    BOOST_TEST(fs::exists(fs::path(folder) / "P-1 Zoë Williams.pdf"));
    BOOST_TEST(fs::exists(fs::path(folder) / "P-2 Siân Rhys.pdf"));

    const std::string html = c.out("html");
    auto all = run_cli({"--db", c.db, "profiles", "--out", html, "--format", "html", "--include-archived",
                        "--include-empty"});
    BOOST_TEST(all.code == 0);
    BOOST_TEST(all.err == "Wrote 3 one-page profiles to " + html + "\n");
    BOOST_TEST(fs::exists(fs::path(html) / "P-3 Łukasz Wójcik.html"));

    auto some = run_cli({"--db", c.db, "profiles", "--out", c.out("some"), "--search", "zoe"});
    BOOST_TEST(some.err == "Wrote 1 one-page profile to " + c.out("some") + "\n");
    auto none = run_cli({"--db", c.db, "profiles", "--out", c.out("staff"), "--staff"});
    BOOST_TEST(none.code == 0);
    BOOST_TEST(none.err == "No staff; no profiles written.\n");
}

BOOST_AUTO_TEST_CASE(profiles_skips_people_without_a_profile_and_names_them) {
    Imported c;
    const std::string folder = c.out("skipping");
    auto r = run_cli({"--db", c.db, "profiles", "--out", folder, "--include-archived"});
    BOOST_TEST(r.code == 0);
    BOOST_TEST(r.err ==
               "Wrote 1 one-page profile to " + folder +
                   "\nSkipped 2 people with no one-page profile: Łukasz Wójcik (P-3), Siân Rhys (P-2). "
                   "--include-empty writes an empty page for each.\n");
    BOOST_TEST(fs::exists(fs::path(folder) / "P-1 Zoë Williams.pdf"));
    BOOST_TEST(!fs::exists(fs::path(folder) / "P-2 Siân Rhys.pdf"));
    BOOST_TEST(!fs::exists(fs::path(folder) / "P-3 Łukasz Wójcik.pdf"));
}

BOOST_AUTO_TEST_CASE(another_extension_or_format_is_a_usage_error) {
    Imported c;
    auto docx = run_cli({"--db", c.db, "profile", "P-1", "--out", c.out("notes.docx")});
    BOOST_TEST(docx.code == 2);
    BOOST_TEST(starts_with(
        docx.err, "pcrecords-cli: Cannot export to " + c.out("notes.docx") + ": use .pdf or .html.\n"));
    auto record = run_cli({"--db", c.db, "record", "P-1", "--out", c.out("p1.csv")});
    BOOST_TEST(record.code == 2);
    BOOST_TEST(has(record.err, "use .pdf, .html or .xml."));
    auto report = run_cli({"--db", c.db, "report", "--out", c.out("r.xml")});
    BOOST_TEST(report.code == 2);
    BOOST_TEST(has(report.err, "use .pdf, .html or .csv."));
    auto format = run_cli({"--db", c.db, "profiles", "--out", c.out("p"), "--format", "docx"});
    BOOST_TEST(format.code == 2);
    BOOST_TEST(has(format.err, "--format can be pdf or html, not 'docx'"));
    BOOST_TEST(run_cli({"--db", c.db, "profile", "--out", c.out("x.pdf")}).code == 2);
    BOOST_TEST(run_cli({"--db", c.db, "profile", "P-1"}).code == 2);
    BOOST_TEST(run_cli({"--db", c.db, "report", "--date", "June", "--out", c.out("r.pdf")}).code == 2);
    BOOST_TEST(!fs::exists(c.out("notes.docx")));
    BOOST_TEST(!fs::exists(c.out("p")));
}

BOOST_AUTO_TEST_CASE(an_unknown_id_is_named) {
    Imported c;
    for (const char* command : {"profile", "record"}) {
        auto r = run_cli({"--db", c.db, command, "P-404", "--out", c.out("x.pdf")});
        BOOST_TEST(r.code == 1);
        BOOST_TEST(starts_with(
            r.err, "pcrecords-cli: No person or staff member with id P-404 in " + pcr::test::shown(c.db)));
        BOOST_TEST(!fs::exists(c.out("x.pdf")));
    }
}

BOOST_AUTO_TEST_CASE(help_lists_the_export_commands) {
    auto help = run_cli({"--help"});
    for (const char* usage : {"profile ID --out FILE.pdf|.html", "record ID --out FILE.pdf|.html|.xml",
                              "report [--date D] --out FILE.pdf|.html|.csv", "profiles --out DIR"})
        BOOST_TEST(has(help.out, usage), usage);
}

BOOST_AUTO_TEST_SUITE_END()
