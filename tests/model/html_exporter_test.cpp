// Tests of the HTML exports: golden pages from the shipped templates, escaping, scripts and template errors.
//
// The golden files are tests/model/golden/*.html. After a deliberate change to a template or to the values
// given to it, regenerate them with PCR_UPDATE_GOLDEN=1 (e.g. `PCR_UPDATE_GOLDEN=1 ctest -R html_exporter`),
// open them in a browser to check them by eye, and commit them with the change.
#include "model/export/html_exporter.h"

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "model/core/errors.h"
#include "model/core/text.h"
#include "model/rules/assessment_history.h"
#include "model/rules/summary_sheet.h"
#include "support/assessment_samples.h"
#include "support/interchange_files.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::file_text;
using pcr::test::FreshStore;
using pcr::test::TempFolder;

namespace {

namespace fs = std::filesystem;

const fs::path kShippedExport = fs::path(PCR_SOURCE_TEMPLATES) / "export";

const HtmlExporter& shipped_exporter() {
    static const HtmlExporter exporter = HtmlExporter::load(kShippedExport);
    return exporter;
}

void write_file(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

// The first line where `actual` and `expected` differ, with both versions, for a readable failure.
std::string first_difference(const std::string& actual, const std::string& expected) {
    std::istringstream a(actual), e(expected);
    std::string la, le;
    for (int line = 1;; ++line) {
        const bool more_a = static_cast<bool>(std::getline(a, la));
        const bool more_e = static_cast<bool>(std::getline(e, le));
        if (!more_a && !more_e) return "they differ only in the final line break";
        if (!more_a || !more_e || la != le)
            return "line " + std::to_string(line) + ":\n  got:      " + (more_a ? la : "(end)") +
                   "\n  expected: " + (more_e ? le : "(end)");
    }
}

// Compares `html` with tests/model/golden/<name> byte for byte, or rewrites the file with
// PCR_UPDATE_GOLDEN=1.
void check_golden(const std::string& name, const std::string& html) {
    const fs::path file = fs::path(PCR_TEST_SOURCE_DIR) / "model" / "golden" / name;
    if (std::getenv("PCR_UPDATE_GOLDEN")) {
        fs::create_directories(file.parent_path());
        write_file(file, html);
        BOOST_TEST_MESSAGE("Rewrote " << file);
        return;
    }
    BOOST_REQUIRE_MESSAGE(fs::exists(file), file << " is missing: run the test with PCR_UPDATE_GOLDEN=1");
    const std::string expected = file_text(file);
    BOOST_TEST(html == expected, name << " differs from its golden file at "
                                      << first_difference(html, expected)
                                      << "\n(PCR_UPDATE_GOLDEN=1 rewrites it after a deliberate change)");
}

// The smallest PNG: one transparent pixel.
std::vector<unsigned char> tiny_png() {
    return {0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
            0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
            0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78,
            0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00,
            0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
}

ProfilePage sample_page() {
    ProfilePage page;
    page.subject = pcr::test::person("P-0007", "Mohammed Khan", "Mo", day("1958-02-11"));
    page.tool_title = "One-page profile";
    page.sections = {
        {"appreciation",
         "What people like and admire about me",
         {"Warm welcome for everyone", "Siân says I tell the best stories",
          "Patient with Zażółć gęślą jaźń"}},
        {"important-to-me",
         "What is important to me",
         {"Prayers at the mosque on Friday", "محمد — my grandson\nvisits on Sundays",
          "فاطمة calls every evening"}},
        {"how-to-support", "How best to support me", {}},
    };
    page.reviewed = day("2026-03-14");
    page.photo = Photo{"image/png", tiny_png(), "2026-03-01T10:00:00Z"};
    return page;
}

// Zoë's record in a fresh store, judged on 2026-07-01. The store stamps changes with the clock, so the
// history's times are replaced with fixed ones to keep the page the same on every run.
WholeRecord sample_whole_record() {
    FreshStore fresh("Ayesha");
    fresh.store->save_subject(pcr::test::person("P-0001", "Zoë Smith", "Zo", day("1941-03-09")));
    fresh.store->save_record(SubjectKind::Person, "P-0001", pcr::test::sample_profile());
    fresh.store->save_record(SubjectKind::Person, "P-0001", pcr::test::sample_review());
    fresh.store->save_record(SubjectKind::Person, "P-0001", pcr::test::sample_agreement());
    fresh.store->set_photo(SubjectKind::Person, "P-0001", tiny_png(), "image/png");
    WholeRecord record = whole_record(*fresh.store, pcr::test::shipped_templates(), SubjectKind::Person,
                                      "P-0001", day("2026-07-01"));
    for (std::size_t i = 0; i < record.history.size(); ++i)
        record.history[i].when = "2026-06-0" + std::to_string(i + 1) + "T09:3" + std::to_string(i) + ":00Z";
    return record;
}

// The sample workbook's assessment of 2026-10-01, after one of 2026-04-01, for the chart over time.
WorkbookReport sample_report(const Workbook& workbook) {
    WorkbookAssessment earlier;
    earlier.date = day("2026-04-01");
    earlier.workbook = workbook.id;
    earlier.scores = {{"1.1", 2, "", pcr::test::snapshot("one-page-profile/appreciation", 6, 30, 20, 1)},
                      {"1.3", 3, "", pcr::test::snapshot("one-page-profile", 1, 30, 3, 1)},
                      {"2.1", 1, "", std::nullopt}};
    WorkbookReport report;
    report.workbook = &workbook;
    report.assessment = pcr::test::full_assessment();
    report.sheet = summary_sheet(report.assessment, workbook);
    report.history = assessment_history({earlier, report.assessment}, workbook.id);
    report.regulator = regulator_view(workbook, report.assessment);
    return report;
}

// A copy of the shipped export templates in a folder of the test's own, to break or remove one of them.
struct TemplateCopy {
    TempFolder folder;
    TemplateCopy() {
        for (const auto& entry : fs::directory_iterator(kShippedExport))
            fs::copy_file(entry.path(), folder.path() / entry.path().filename());
    }
    fs::path file(const std::string& name) const { return folder.path() / name; }
};

std::string load_error(const fs::path& folder) {
    try {
        HtmlExporter::load(folder);
    } catch (const pcr::TemplateError& e) {
        return e.what();
    }
    return "no error";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(html_exporter_test)

BOOST_AUTO_TEST_CASE(one_page_profile_matches_its_golden_file) {
    const std::string html = shipped_exporter().profile(sample_page());
    BOOST_TEST(contains(html, "<h1 lang=\"\" dir=\"auto\">Mo (Mohammed Khan)</h1>"));
    BOOST_TEST(contains(html, "Last reviewed 14 Mar 2026"));
    BOOST_TEST(contains(html, "<p class=\"nothing\">Nothing written yet</p>"));
    BOOST_TEST(contains(html, "src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"));
    BOOST_TEST(contains(html, "@page { size: A4;"));
    check_golden("one-page-profile.html", html);
}

BOOST_AUTO_TEST_CASE(whole_record_matches_its_golden_file) {
    const std::string html = shipped_exporter().record(sample_whole_record());
    BOOST_TEST(contains(html, "<h1 lang=\"\" dir=\"auto\">Zo (Zoë Smith)</h1>"));
    // Choice labels, attendees one a line with their roles (as the app shows them), and the tools without a
    // record listed.
    BOOST_TEST(contains(html, "Zoë (The person)\nAlan Jones (Family)\nAyesha (Staff)"));
    BOOST_TEST(contains(html, "<li>Learning log</li>"));
    BOOST_TEST(contains(html, "1 Jun 2026, 09:30 UTC"));
    check_golden("whole-record.html", html);
}

BOOST_AUTO_TEST_CASE(workbook_report_matches_its_golden_file) {
    const Workbook workbook = pcr::test::sample_workbook();
    const std::string html = shipped_exporter().report(sample_report(workbook));
    BOOST_TEST(contains(html, "Self-assessment of 1 Oct 2026: 3 of 6 topics scored"));
    BOOST_TEST(contains(html, "<svg class=\"chart\""));
    BOOST_TEST(contains(html, "<polyline class=\"score\" points=\""));
    BOOST_TEST(contains(html, "not yet"));
    BOOST_TEST(contains(html, "Who took part: With the team, to agree team and individual goals"));
    BOOST_TEST(contains(html, "<h3>Top priority: 1.3 What matters</h3>"));
    BOOST_TEST(contains(html, "<h3>Next priority: 2.1 Family information</h3>"));
    BOOST_TEST(contains(html,
                        "<dt>What you will hear</dt><dd lang=\"\" dir=\"auto\">&quot;She knew I like my tea "
                        "weak&quot;</dd>"));
    // The regulator's view: each row under its group, its statements, its topics with scores and evidence.
    BOOST_TEST(contains(html, "<h2>The regulator's view</h2>"));
    BOOST_TEST(contains(html, "<h4 class=\"group\">Involvement and information</h4>"));
    BOOST_TEST(contains(html, "<h4>Outcome 1: Respecting and involving people</h4>"));
    BOOST_TEST(contains(html, "Average level 3.3 (3 of 6 topics scored)"));
    BOOST_TEST(contains(html, "<li>Carers balance their caring roles (section 2)</li>"));
    check_golden("workbook-report.html", html);
}

BOOST_AUTO_TEST_CASE(markup_in_values_shows_as_text) {
    ProfilePage page = sample_page();
    page.subject.name = "<script>alert(1)</script>";
    page.subject.preferred_name.clear();
    page.sections[0].items = {"\"quotes\" & 'apostrophes'"};
    const std::string html = shipped_exporter().profile(page);
    BOOST_TEST(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    BOOST_TEST(contains(html, "&quot;quotes&quot; &amp; &#39;apostrophes&#39;"));
    BOOST_TEST(!contains(html, "<script"));
    BOOST_TEST(!contains(html, "\"quotes\""));

    WholeRecord record = sample_whole_record();
    record.subject.name = "<script>alert(1)</script>";
    record.history.front().who = "<b>x</b>";
    const std::string whole = shipped_exporter().record(record);
    BOOST_TEST(!contains(whole, "<script"));
    BOOST_TEST(contains(whole, "&lt;b&gt;x&lt;/b&gt;"));

    const Workbook workbook = pcr::test::sample_workbook();
    const std::string report = shipped_exporter().report(sample_report(workbook));
    BOOST_TEST(contains(report, "Leaflet &quot;in progress&quot; &amp; &lt;draft&gt;"));
}

BOOST_AUTO_TEST_CASE(values_are_escaped_even_in_a_template_using_triple_braces) {
    TemplateCopy copy;
    write_file(copy.file("one-page-profile.html"), "<h1>{{{heading}}}</h1><p>{{&reviewed}}</p>");
    ProfilePage page = sample_page();
    page.subject.name = "<script>alert(1)</script>";
    page.subject.preferred_name.clear();
    BOOST_TEST(HtmlExporter::load(copy.folder.path()).profile(page) ==
               "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><p>Last reviewed 14 Mar 2026</p>");
}

BOOST_AUTO_TEST_CASE(every_script_comes_through_as_utf8) {
    ProfilePage page = sample_page();
    page.subject.name = "فاطمة محمد";
    page.subject.preferred_name = "Siân";
    const std::string html = shipped_exporter().profile(page);
    BOOST_TEST(is_valid_utf8(html));
    for (const char* text : {"Siân (فاطمة محمد)", "Siân says", "Zażółć gęślą jaźń",
                             "محمد — my grandson\nvisits", "فاطمة calls every evening"})
        BOOST_TEST(contains(html, text), text);
}

BOOST_AUTO_TEST_CASE(a_broken_template_names_the_file_and_line) {
    TemplateCopy copy;
    write_file(copy.file("whole-record.html"), "<html>\n<body>\n{{#kept}}\n<p>{{title}}</p>\n</body>\n");
    const std::string message = load_error(copy.folder.path());
    BOOST_TEST(contains(message, copy.file("whole-record.html").string()), message);
    BOOST_TEST(contains(message, "line 3: Unclosed section \"kept\""), message);
}

BOOST_AUTO_TEST_CASE(a_missing_template_or_folder_is_named) {
    TemplateCopy copy;
    fs::remove(copy.file("workbook-report.html"));
    const std::string message = load_error(copy.folder.path());
    BOOST_TEST(contains(message, copy.file("workbook-report.html").string()), message);
    BOOST_TEST(contains(message, "is missing"), message);

    const fs::path nowhere = copy.folder.path() / "no-such-folder";
    const std::string folder_message = load_error(nowhere);
    BOOST_TEST(contains(folder_message, "export templates folder " + nowhere.string() + " does not exist"),
               folder_message);
}

BOOST_AUTO_TEST_CASE(the_default_folder_is_export_beside_the_tool_templates) {
    BOOST_TEST(HtmlExporter::default_folder() == TemplateRegistry::default_folder() / "export");
}

BOOST_AUTO_TEST_SUITE_END()
