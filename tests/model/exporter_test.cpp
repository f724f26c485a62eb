// Tests of export by file name: the format an extension picks, what each export writes, and that a failed
// export keeps the earlier file.
#include "model/export/exporter.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "model/core/errors.h"
#include "model/domain/workbook_registry.h"
#include "model/exchange/csv_writer.h"
#include "model/exchange/interchange_reader.h"
#include "support/file_size_limit.h"
#include "support/interchange_files.h"
#include "support/pdf_tools.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::file_text;
using pcr::test::FreshStore;
using pcr::test::pdf_pages;
using pcr::test::sample_caseload;
using pcr::test::shipped_templates;
namespace fs = std::filesystem;

namespace {

// A database holding the sample caseload: Zoë (P-0001) with four records, an archived person, a staff member,
// the team and an assessment of 2026-10-01 in the homecare workbook.
struct Caseload : FreshStore {
    Caseload() { store->import(sample_caseload()); }
    fs::path out(const std::string& name) const { return folder.path() / name; }
};

const Workbook& homecare() {
    static const WorkbookRegistry registry =
        WorkbookRegistry::load(fs::path(PCR_SOURCE_DATA) / "workbooks", shipped_templates());
    return registry.get(kDefaultWorkbook);
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string refusal(const fs::path& file, const std::vector<ExportFormat>& allowed) {
    try {
        export_format(file, allowed);
    } catch (const pcr::UserError& e) {
        return e.what();
    }
    return "accepted";
}

// The names in `folder` but the database and its journal files, sorted.
std::vector<std::string> folder_names(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("records.db", 0) != 0) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(exporter_test)

BOOST_AUTO_TEST_CASE(the_extension_picks_the_format_whatever_its_case) {
    const std::vector<ExportFormat> all = {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Xml,
                                           ExportFormat::Csv};
    BOOST_TEST((export_format("zoe.pdf", all) == ExportFormat::Pdf));
    BOOST_TEST((export_format("/tmp/Zoë.PDF", all) == ExportFormat::Pdf));
    BOOST_TEST((export_format("zoe.Html", all) == ExportFormat::Html));
    BOOST_TEST((export_format("zoe.htm", all) == ExportFormat::Html));
    BOOST_TEST((export_format("zoe.xml", all) == ExportFormat::Xml));
    BOOST_TEST((export_format("scores.CSV", all) == ExportFormat::Csv));
    BOOST_TEST(file_extension(ExportFormat::Html) == ".html");
}

BOOST_AUTO_TEST_CASE(another_extension_is_refused_naming_the_file_and_the_ones_allowed) {
    BOOST_TEST(refusal("notes.docx", {ExportFormat::Pdf, ExportFormat::Html}) ==
               "Cannot export to notes.docx: use .pdf or .html.");
    BOOST_TEST(refusal("notes", {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Xml}) ==
               "Cannot export to notes: use .pdf, .html or .xml.");
    BOOST_TEST(refusal("scores.xml", {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Csv}) ==
               "Cannot export to scores.xml: use .pdf, .html or .csv.");
}

BOOST_AUTO_TEST_CASE(a_profile_as_pdf_is_one_page_and_as_html_shows_its_items) {
    Caseload c;
    const ExportResult pdf =
        export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", c.out("zoe.pdf"));
    BOOST_TEST(pdf.file == c.out("zoe.pdf"));
    BOOST_TEST(pdf.pages == 1);
    BOOST_TEST(pdf.warning.empty());
    BOOST_TEST(pdf_pages(c.out("zoe.pdf")) == 1);

    const ExportResult html =
        export_profile(*c.store, shipped_templates(), SubjectKind::Staff, "S-0001", c.out("lukasz.html"));
    BOOST_TEST(html.pages == 0);
    const std::string page = file_text(c.out("lukasz.html"));
    BOOST_TEST(page.find("Łukasz Nowak") != std::string::npos);
    BOOST_TEST(page.find("appreciation 3") != std::string::npos);
    BOOST_TEST(folder_names(c.folder.path()) == (std::vector<std::string>{"lukasz.html", "zoe.pdf"}));
}

BOOST_AUTO_TEST_CASE(a_providers_own_templates_folder_brings_its_own_export_templates) {
    Caseload c;
    const fs::path own = c.out("own-templates");
    fs::copy(PCR_SOURCE_TEMPLATES, own, fs::copy_options::recursive);
    {
        std::ofstream edited(own / "export" / "one-page-profile.html", std::ios::app);
        edited << "<footer>Kept by Riverside Homecare</footer>\n";
    }
    export_profile(*c.store, TemplateRegistry::load(own), SubjectKind::Person, "P-0001", c.out("own.html"));
    BOOST_TEST(file_text(c.out("own.html")).find("Kept by Riverside Homecare") != std::string::npos);

    // A folder of tool templates alone falls back to the program's export templates.
    fs::remove_all(own / "export");
    export_profile(*c.store, TemplateRegistry::load(own), SubjectKind::Person, "P-0001",
                   c.out("shipped.html"));
    BOOST_TEST(file_text(c.out("shipped.html")).find("Riverside") == std::string::npos);
    BOOST_TEST(file_text(c.out("shipped.html")).find("Zoë") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unknown_subject_is_named_and_nothing_is_written) {
    Caseload c;
    try {
        export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0404", c.out("x.pdf"));
        BOOST_FAIL("exported a profile of nobody");
    } catch (const pcr::NotFoundError& e) {
        BOOST_TEST(std::string(e.what()).find("'P-0404'") != std::string::npos);
    }
    BOOST_CHECK_THROW(export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0404",
                                    day("2026-11-01"), c.out("x.xml")),
                      pcr::NotFoundError);
    BOOST_TEST(!fs::exists(c.out("x.pdf")));
    BOOST_TEST(!fs::exists(c.out("x.xml")));
}

BOOST_AUTO_TEST_CASE(a_record_as_xml_reads_back_as_that_person_alone) {
    Caseload c;
    const fs::path file = c.out("P-0001.xml");
    export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", day("2026-11-01"), file);
    const InterchangeReadResult read = read_interchange(file, shipped_templates());
    BOOST_REQUIRE(read.ok());
    BOOST_REQUIRE(read.data.people.size() == 1u);
    BOOST_TEST((read.data.people[0].subject == sample_caseload().people[0].subject));
    std::vector<std::string> tools;
    for (const Record& r : read.data.people[0].records) tools.push_back(r.tool);
    std::sort(tools.begin(), tools.end());
    BOOST_TEST(tools == (std::vector<std::string>{"decision-making-agreement", "learning-log",
                                                  "one-page-profile", "person-centred-review"}),
               boost::test_tools::per_element());
    BOOST_TEST(read.data.staff.empty());
    BOOST_TEST(!read.data.team.has_value());
    BOOST_TEST(read.data.assessments.empty());
}

BOOST_AUTO_TEST_CASE(a_record_as_pdf_and_html_names_the_person) {
    Caseload c;
    const ExportResult pdf = export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0001",
                                           day("2026-11-01"), c.out("zoe.pdf"));
    BOOST_TEST(pdf.pages >= 1);
    BOOST_TEST(pdf_pages(c.out("zoe.pdf")) == pdf.pages);
    export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", day("2026-11-01"),
                  c.out("zoe.html"));
    BOOST_TEST(file_text(c.out("zoe.html")).find("Zoë Smith") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_report_as_csv_has_a_row_for_each_of_the_27_topics) {
    Caseload c;
    export_report(*c.store, shipped_templates(), homecare(), std::nullopt, c.out("scores.csv"));
    const auto rows = lines_of(file_text(c.out("scores.csv")));
    BOOST_REQUIRE(rows.size() == 28u);
    BOOST_TEST(rows[0] == "topic,title,level,suggested,coverage,count,total,flagged,note");
    const Topic& first = *homecare().topics().front();
    BOOST_TEST(rows[1] == "1.1," + CsvWriter::field(first.title) + ",3,,,,,0,Getting there");
    BOOST_TEST(rows[3].rfind("1.3,", 0) == 0);
    BOOST_TEST(rows[27].rfind("3.14,", 0) == 0);
}

BOOST_AUTO_TEST_CASE(a_report_as_pdf_and_of_a_day_without_an_assessment) {
    Caseload c;
    const ExportResult pdf =
        export_report(*c.store, shipped_templates(), homecare(), day("2026-10-01"), c.out("report.pdf"));
    BOOST_TEST(pdf.pages >= 1);
    BOOST_TEST(pdf_pages(c.out("report.pdf")) == pdf.pages);
    BOOST_CHECK_THROW(
        export_report(*c.store, shipped_templates(), homecare(), day("2026-09-01"), c.out("none.csv")),
        pcr::NotFoundError);
    BOOST_TEST(!fs::exists(c.out("none.csv")));
}

BOOST_AUTO_TEST_CASE(a_failed_export_keeps_the_earlier_file_and_leaves_no_part_file) {
    Caseload c;
    for (const std::string name : {"zoe.pdf", "zoe.html"}) {
        std::ofstream(c.out(name)) << "the earlier export";
        // Room for a few bytes only makes writing fail part way, as a full disk does.
        const pcr::test::FileSizeLimit full(100);
        BOOST_CHECK_THROW(
            export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", c.out(name)),
            pcr::Error);
        BOOST_TEST(file_text(c.out(name)) == "the earlier export");
    }
    BOOST_TEST(folder_names(c.folder.path()) == (std::vector<std::string>{"zoe.html", "zoe.pdf"}));
}

BOOST_AUTO_TEST_SUITE_END()
