// Tests that emoji stay text in every PDF kind (profile, whole record, workbook report): drawn in the outline
// emoji font, found by pdftotext, never a colour picture.
#include <boost/test/unit_test.hpp>

#include "model/domain/workbook_registry.h"
#include "model/exchange/importer.h"
#include "model/export/exporter.h"
#include "support/interchange_files.h"
#include "support/pdf_tools.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::shipped_templates;
namespace fs = std::filesystem;

namespace {

const std::string kSingSong = "Loves a sing-song 🎶";

// The project's caseload: Peggy's profile and the assessment's note on topic 1.1 hold kSingSong.
struct Caseload : pcr::test::FreshStore {
    Caseload() { import_interchange(*store, shipped_templates(), pcr::test::caseload_file()); }
};

const Workbook& homecare() {
    static const WorkbookRegistry registry =
        WorkbookRegistry::load(fs::path(PCR_SOURCE_DATA) / "workbooks", shipped_templates());
    return registry.get(kDefaultWorkbook);
}

// The pictures in `file`, one line each after pdfimages' two heading lines.
int image_count(const fs::path& file) {
    const std::string list =
        pcr::test::command_output("pdfimages -list " + pcr::test::quoted(file) + " 2>/dev/null");
    int lines = 0;
    for (char c : list) lines += c == '\n';
    return lines > 2 ? lines - 2 : 0;
}

void check_emoji_is_text(const fs::path& file) {
    BOOST_TEST_REQUIRE(pcr::test::pdf_pages(file) >= 1);
    const std::string text = pcr::test::pdf_text(file);
    BOOST_TEST(text.find(kSingSong) != std::string::npos, text.substr(0, 400));
    const std::string fonts = pcr::test::pdf_fonts(file);
    BOOST_TEST(fonts.find("Symbola") != std::string::npos, fonts);
    BOOST_TEST(image_count(file) == 0);  // a colour emoji font would have drawn the note as a picture
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pdf_emoji_test)

BOOST_AUTO_TEST_CASE(an_emoji_in_a_one_page_profile_is_text_in_the_emoji_font) {
    Caseload c;
    const fs::path file = c.folder.path() / "peggy.pdf";
    export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", file);
    check_emoji_is_text(file);
}

BOOST_AUTO_TEST_CASE(an_emoji_in_a_whole_record_is_text_in_the_emoji_font) {
    Caseload c;
    const fs::path file = c.folder.path() / "peggy-record.pdf";
    export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", pcr::test::day("2026-06-30"),
                  file);
    check_emoji_is_text(file);
}

BOOST_AUTO_TEST_CASE(an_emoji_in_a_workbook_reports_note_is_text_in_the_emoji_font) {
    Caseload c;
    const fs::path file = c.folder.path() / "report.pdf";
    export_report(*c.store, shipped_templates(), homecare(), std::nullopt, file);
    check_emoji_is_text(file);
}

BOOST_AUTO_TEST_SUITE_END()
