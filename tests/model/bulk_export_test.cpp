// Tests of bulk profile export: safe file names, one whole one-page file per subject, people without a
// profile skipped and named (or included when asked), what it says it did, progress and cancellation, and a
// write failure naming its file.
#include "model/export/bulk_export.h"

#include <cairo.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "model/core/errors.h"
#include "model/core/text.h"
#include "support/interchange_files.h"
#include "support/pdf_tools.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::file_text;
using pcr::test::FreshStore;
using pcr::test::pdf_pages;
using pcr::test::person;
using pcr::test::sample_profile;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;
namespace fs = std::filesystem;

namespace {

// Names in the scripts of the demo caseload, and one that is markup.
const char* const kNames[] = {"Siân Rhys", "Łukasz Wójcik", "محمد علی",
                              "عائشة",     "Mo Khan",       "<script>alert(1)</script>"};

// `n` people P-0001... each with the sample one-page profile.
struct Caseload : FreshStore {
    std::vector<Subject> people;
    explicit Caseload(int n) {
        Interchange data;
        for (int i = 1; i <= n; ++i) {
            char id[16];
            std::snprintf(id, sizeof id, "P-%04d", i);
            data.people.push_back({person(id, kNames[i % std::size(kNames)]), {sample_profile()}});
        }
        store->import(data);
        // In id order (the store lists by name), so the tests know which file comes when.
        people = store->subjects(SubjectKind::Person);
        std::sort(people.begin(), people.end(),
                  [](const Subject& a, const Subject& b) { return a.id < b.id; });
    }
};

// Keeps what it was told and asks to stop once `stop_at` files are done.
class Recorder final : public Progress {
  public:
    explicit Recorder(long stop_at = -1) : stop_at_(stop_at) {}
    bool update(long done, long total, const std::string& what) override {
        calls.push_back(std::to_string(done) + "/" + std::to_string(total) + " " + what);
        return done != stop_at_;
    }
    std::vector<std::string> calls;

  private:
    long stop_at_;
};

std::vector<fs::path> folder_files(const fs::path& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// A 12×16 PNG of one colour, made with cairo; `shade` 0-255 makes each person's different.
std::vector<unsigned char> png(int shade) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 12, 16);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, shade / 255.0, 0.5, 1 - shade / 255.0);
    cairo_paint(cr);
    cairo_destroy(cr);
    std::vector<unsigned char> bytes;
    cairo_surface_write_to_png_stream(
        surface,
        [](void* out, const unsigned char* data, unsigned int length) {
            auto* to = static_cast<std::vector<unsigned char>*>(out);
            to->insert(to->end(), data, data + length);
            return CAIRO_STATUS_SUCCESS;
        },
        &bytes);
    cairo_surface_destroy(surface);
    return bytes;
}

Subject named(const std::string& id, const std::string& name) {
    return person(id, name);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bulk_export_test)

BOOST_AUTO_TEST_CASE(file_names_start_with_the_id_and_keep_every_script) {
    BOOST_TEST(export_file_name(named("P-0001", "Mo Khan"), ExportFormat::Pdf) == "P-0001 Mo Khan.pdf");
    BOOST_TEST(export_file_name(named("P-0002", "محمد علی"), ExportFormat::Html) == "P-0002 محمد علی.html");
    BOOST_TEST(export_file_name(named("P-0003", "Łukasz Wójcik"), ExportFormat::Pdf) ==
               "P-0003 Łukasz Wójcik.pdf");
    BOOST_TEST(export_file_name(named("S-0001", ""), ExportFormat::Pdf) == "S-0001.pdf");
}

BOOST_AUTO_TEST_CASE(characters_no_file_system_takes_become_underscores) {
    BOOST_TEST(export_file_name(named("P-1", "a/b:c"), ExportFormat::Pdf) == "P-1 a_b_c.pdf");
    BOOST_TEST(export_file_name(named("P-1", R"(a\b*c?d"e<f>g|h)"), ExportFormat::Pdf) ==
               "P-1 a_b_c_d_e_f_g_h.pdf");
    BOOST_TEST(export_file_name(named("P-1", "Mo\tKhan\n\x7f"), ExportFormat::Pdf) == "P-1 Mo_Khan__.pdf");
    // A C1 control character (U+0085, next line) is two bytes in UTF-8 and one underscore.
    BOOST_TEST(export_file_name(named("P-1", "Mo\xc2\x85Khan"), ExportFormat::Pdf) == "P-1 Mo_Khan.pdf");
    BOOST_TEST(export_file_name(named("../P-1", "  Mo  "), ExportFormat::Pdf) == "_._P-1 Mo.pdf");
    BOOST_TEST(export_file_name(named("P-1", "Mo Jr."), ExportFormat::Pdf) == "P-1 Mo Jr.pdf");
}

BOOST_AUTO_TEST_CASE(a_very_long_name_is_cut_between_characters) {
    std::string urdu;
    for (int i = 0; i < 100; ++i) urdu += "محمد ";
    for (const std::string& name :
         {std::string(300, 'x'), urdu, std::string(80, 'a') + "é" + std::string(80, 'b')}) {
        const std::string file = export_file_name(named("P-0001", name), ExportFormat::Html);
        BOOST_TEST(file.size() <= 120u + 5u);
        BOOST_TEST(file.size() >= 110u);
        BOOST_TEST(is_valid_utf8(file));
        BOOST_TEST(file.rfind("P-0001 ", 0) == 0u);
        BOOST_TEST(file.substr(file.size() - 5) == ".html");
        BOOST_TEST(file[file.size() - 6] != ' ');
    }
}

BOOST_AUTO_TEST_CASE(cancelling_half_way_leaves_only_whole_one_page_pdfs) {
    Caseload c(200);
    TempFolder out;
    Recorder progress(100);
    const BulkExportResult result =
        export_profiles(*c.store, shipped_templates(), c.people, out.path(), ExportFormat::Pdf, progress);
    BOOST_TEST(result.cancelled);
    BOOST_TEST(result.warnings.empty());
    BOOST_REQUIRE(result.written.size() == 100u);
    BOOST_TEST(result.written.front() == out.path() / "P-0001 Łukasz Wójcik.pdf");
    BOOST_REQUIRE(progress.calls.size() == 100u);
    BOOST_TEST(progress.calls.front() == "1/200 P-0001 Łukasz Wójcik");
    BOOST_TEST(progress.calls.back() == "100/200 P-0100 Mo Khan");

    const std::vector<fs::path> files = folder_files(out.path());
    BOOST_REQUIRE(files.size() == 100u);
    BOOST_TEST(files == result.written, boost::test_tools::per_element());
    for (const fs::path& file : files) {
        BOOST_TEST(file.extension() == ".pdf");
        BOOST_TEST(pdf_pages(file) == 1, file.filename().string());
    }
}

BOOST_AUTO_TEST_CASE(html_profiles_for_everyone_with_markup_in_a_name_shown_as_text) {
    Caseload c(12);
    TempFolder out;
    Recorder progress;
    const BulkExportResult result =
        export_profiles(*c.store, shipped_templates(), c.people, out.path(), ExportFormat::Html, progress);
    BOOST_TEST(!result.cancelled);
    BOOST_TEST(result.written.size() == 12u);
    BOOST_TEST(folder_files(out.path()).size() == 12u);
    BOOST_TEST(progress.calls.back() == "12/12 P-0012 Siân Rhys");
    const std::string script = file_text(out.path() / "P-0005 _script_alert(1)__script_.html");
    BOOST_TEST(script.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    BOOST_TEST(script.find("<script>alert(1)") == std::string::npos);
    BOOST_TEST(file_text(out.path() / "P-0002 محمد علی.html").find("محمد علی") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(ids_that_differ_only_in_refused_characters_get_files_of_their_own) {
    FreshStore s;
    Interchange data;
    data.people.push_back({person("P:1", "Mo"), {sample_profile()}});
    data.people.push_back({person("P*1", "Mo"), {sample_profile()}});
    s.store->import(data);
    TempFolder out;
    NoProgress quiet;
    const BulkExportResult result =
        export_profiles(*s.store, shipped_templates(), s.store->subjects(SubjectKind::Person), out.path(),
                        ExportFormat::Html, quiet);
    BOOST_TEST(folder_files(out.path()) ==
                   (std::vector<fs::path>{out.path() / "P_1 Mo (2).html", out.path() / "P_1 Mo.html"}),
               boost::test_tools::per_element());
}

// Pages are drawn on worker threads: photos decoded and names in every script laid out side by side must
// come out as one page each, every one with its own person's name and photo.
BOOST_AUTO_TEST_CASE(every_page_drawn_on_worker_threads_has_its_own_name_and_photo) {
    Caseload c(24);
    for (int i = 0; i < 24; ++i)
        c.store->set_photo(SubjectKind::Person, c.people[i].id, png(i * 10), "image/png");
    TempFolder out;
    Recorder progress;
    const BulkExportResult result =
        export_profiles(*c.store, shipped_templates(), c.people, out.path(), ExportFormat::Pdf, progress);
    BOOST_REQUIRE(result.written.size() == 24u);
    BOOST_REQUIRE(progress.calls.size() == 24u);
    for (std::size_t i = 0; i < 24; ++i) {
        const fs::path& file = result.written[i];
        BOOST_TEST(file.filename().string().rfind(c.people[i].id + " ", 0) == 0u, file.string());
        BOOST_TEST(progress.calls[i].rfind(std::to_string(i + 1) + "/24 " + c.people[i].id, 0) == 0u);
        BOOST_TEST(pdf_pages(file) == 1, file.string());
        const std::string text = pcr::test::collapse_spaces(pcr::test::pdf_text(file));
        BOOST_TEST(text.find(pcr::test::collapse_spaces(c.people[i].display_name())) != std::string::npos,
                   file.string());
        const std::string images =
            pcr::test::command_output("pdfimages -list " + pcr::test::quoted(file) + " 2>/dev/null");
        BOOST_TEST(images.find(" 12    16 ") != std::string::npos, file.string());
    }
}

BOOST_AUTO_TEST_CASE(a_file_that_cannot_be_written_is_named_and_the_earlier_files_stay) {
    Caseload c(8);
    TempFolder out;
    // A folder holding a file where P-0005's profile would go, so putting that one in place fails.
    const fs::path in_the_way = out.path() / "P-0005 _script_alert(1)__script_.pdf";
    fs::create_directory(in_the_way);
    std::ofstream(in_the_way / "kept.txt") << "not a profile";
    NoProgress quiet;
    try {
        export_profiles(*c.store, shipped_templates(), c.people, out.path(), ExportFormat::Pdf, quiet);
        BOOST_FAIL("the export went on past a file it could not write");
    } catch (const pcr::UserError& e) {
        const std::string message = e.what();
        BOOST_TEST(message.find("P-0005 _script_alert(1)__script_.pdf") != std::string::npos, message);
        BOOST_TEST(message.find("The 4 profiles written before it") != std::string::npos, message);
    }
    std::vector<fs::path> files = folder_files(out.path());
    files.erase(std::remove(files.begin(), files.end(), in_the_way), files.end());
    BOOST_REQUIRE(files.size() == 4u);
    for (const fs::path& file : files) BOOST_TEST(pdf_pages(file) == 1);
}

BOOST_AUTO_TEST_CASE(people_without_a_profile_are_skipped_and_named_unless_included) {
    FreshStore s;
    Interchange data;
    data.people.push_back({person("P-0001", "Ann Jones"), {sample_profile()}});
    data.people.push_back({person("P-0002", "Mohammed Iqbal", "Mo"), {}});  // no profile kept
    Record nothing_written;
    nothing_written.tool = "one-page-profile";
    nothing_written.reviewed = pcr::test::day("2026-05-01");
    nothing_written.section_for_update("appreciation");
    data.people.push_back({person("P-0003", "Siân Rhys"), {nothing_written}});  // kept, but empty
    s.store->import(data);
    const std::vector<Subject> people = {*s.store->subject(SubjectKind::Person, "P-0001"),
                                         *s.store->subject(SubjectKind::Person, "P-0002"),
                                         *s.store->subject(SubjectKind::Person, "P-0003")};

    TempFolder out;
    Recorder progress;
    const BulkExportResult skipped =
        export_profiles(*s.store, shipped_templates(), people, out.path(), ExportFormat::Pdf, progress);
    BOOST_TEST(folder_files(out.path()) == (std::vector<fs::path>{out.path() / "P-0001 Ann Jones.pdf"}),
               boost::test_tools::per_element());
    BOOST_REQUIRE(skipped.skipped.size() == 2u);
    BOOST_TEST(skipped.skipped[0].id == "P-0002");
    BOOST_TEST(skipped.skipped[1].id == "P-0003");
    BOOST_TEST(progress.calls.size() == 3u);  // everyone counts towards the progress, written or not
    BOOST_TEST(skipped.summary() == "Wrote 1 one-page profile to " + out.path().string());
    BOOST_TEST(skipped.skipped_summary() ==
               "Skipped 2 people with no one-page profile: Mo (P-0002), Siân Rhys (P-0003)");

    TempFolder all;
    NoProgress quiet;
    const BulkExportResult included = export_profiles(*s.store, shipped_templates(), people, all.path(),
                                                      ExportFormat::Html, quiet, EmptyProfiles::Include);
    BOOST_TEST(folder_files(all.path()).size() == 3u);
    BOOST_TEST(included.skipped.empty());
    BOOST_TEST(included.skipped_summary().empty());
    BOOST_TEST(included.summary() == "Wrote 3 one-page profiles to " + all.path().string());
}

BOOST_AUTO_TEST_CASE(many_skipped_are_named_ten_at_a_time_and_a_cancelled_export_says_where_it_stopped) {
    FreshStore s;
    Interchange data;
    for (int i = 1; i <= 14; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "S-%04d", i);
        Subject member = pcr::test::staff_member(id, "Staff " + std::to_string(i));
        data.staff.push_back(
            {member, i == 14 ? std::vector<Record>{sample_profile()} : std::vector<Record>{}});
    }
    s.store->import(data);
    std::vector<Subject> staff = s.store->subjects(SubjectKind::Staff);
    std::sort(staff.begin(), staff.end(), [](const Subject& a, const Subject& b) { return a.id < b.id; });

    TempFolder out;
    NoProgress quiet;
    const BulkExportResult result =
        export_profiles(*s.store, shipped_templates(), staff, out.path(), ExportFormat::Pdf, quiet);
    BOOST_TEST(result.written.size() == 1u);
    const std::string words = result.skipped_summary();
    BOOST_TEST(words.rfind("Skipped 13 staff members with no one-page profile: Staff 1 (S-0001), ", 0) == 0u,
               words);
    BOOST_TEST(words.find("Staff 10 (S-0010) and 3 more") != std::string::npos, words);
    BOOST_TEST(words.find("S-0011") == std::string::npos, words);

    TempFolder stopped;
    Recorder cancel(4);
    const BulkExportResult part =
        export_profiles(*s.store, shipped_templates(), staff, stopped.path(), ExportFormat::Pdf, cancel);
    BOOST_TEST(part.cancelled);
    BOOST_TEST(part.summary() ==
               "Stopped after 4 of 14: wrote 0 one-page profiles to " + stopped.path().string());
}

BOOST_AUTO_TEST_CASE(only_pdf_and_html_into_a_folder_that_exists) {
    Caseload c(1);
    TempFolder out;
    NoProgress quiet;
    BOOST_CHECK_THROW(
        export_profiles(*c.store, shipped_templates(), c.people, out.path(), ExportFormat::Csv, quiet),
        pcr::UserError);
    BOOST_CHECK_THROW(export_profiles(*c.store, shipped_templates(), c.people, out.path() / "missing",
                                      ExportFormat::Pdf, quiet),
                      pcr::UserError);
    BOOST_TEST(folder_files(out.path()).empty());
}

BOOST_AUTO_TEST_SUITE_END()
