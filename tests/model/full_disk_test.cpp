// Tests that every export onto a full disk fails with a message saying so and keeps the earlier file as it
// was: the PDFs (written through cairo), HTML, the interchange file and the bulk export.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "model/core/errors.h"
#include "model/exchange/interchange_writer.h"
#include "model/export/bulk_export.h"
#include "model/export/exporter.h"
#include "support/file_size_limit.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::day;
using pcr::test::FileSizeLimit;
using pcr::test::FreshStore;
using pcr::test::sample_caseload;
using pcr::test::shipped_templates;
namespace fs = std::filesystem;

namespace {

constexpr rlim_t kRoom = 2000;  // bytes: less than any export of the sample writes

struct Caseload : FreshStore {
    Caseload() { store->import(sample_caseload()); }
    fs::path out(const std::string& name) const { return folder.path() / name; }
};

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The files in `folder` other than the database's.
std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("records.db", 0) != 0) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

// Runs `write` with the disk "full" and returns what it threw.
template <class Write>
std::string refusal_on_a_full_disk(Write write) {
    FileSizeLimit full(kRoom);
    try {
        write();
    } catch (const pcr::UserError& e) {
        return e.what();
    }
    return "written";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(full_disk_test)

BOOST_AUTO_TEST_CASE(a_profile_pdf_onto_a_full_disk_fails_and_keeps_the_earlier_copy) {
    Caseload c;
    const fs::path file = c.out("zoe.pdf");
    export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", file);
    const std::string earlier = read_file(file);
    BOOST_REQUIRE(earlier.size() > kRoom);

    const std::string message = refusal_on_a_full_disk(
        [&] { export_profile(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", file); });
    BOOST_TEST(message.find("zoe.pdf") != std::string::npos, message);
    BOOST_TEST(message.find("nothing was changed") != std::string::npos, message);
    BOOST_TEST(read_file(file) == earlier);
    BOOST_TEST(names_in(c.folder.path()) == std::vector<std::string>{"zoe.pdf"});
}

BOOST_AUTO_TEST_CASE(record_pdf_html_and_xml_onto_a_full_disk_fail_and_keep_the_earlier_copies) {
    Caseload c;
    for (const std::string name : {"zoe.pdf", "zoe.html", "zoe.xml"}) {
        const fs::path file = c.out(name);
        export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", day("2026-10-01"), file);
        const std::string earlier = read_file(file);
        BOOST_REQUIRE(earlier.size() > kRoom);
        const std::string message = refusal_on_a_full_disk([&] {
            export_record(*c.store, shipped_templates(), SubjectKind::Person, "P-0001", day("2026-10-01"),
                          file);
        });
        BOOST_TEST(message.find("nothing was changed") != std::string::npos, name << ": " << message);
        BOOST_TEST(read_file(file) == earlier, name);
    }
    BOOST_TEST((names_in(c.folder.path()) == std::vector<std::string>{"zoe.html", "zoe.pdf", "zoe.xml"}));
}

BOOST_AUTO_TEST_CASE(an_interchange_file_onto_a_full_disk_fails_and_keeps_the_earlier_copy) {
    Caseload c;
    const fs::path file = c.out("all.xml");
    write_interchange(c.store->export_all(), shipped_templates(), file, "2026-11-26T14:00:00Z");
    const std::string earlier = read_file(file);
    const Interchange data = c.store->export_all();
    const std::string message = refusal_on_a_full_disk(
        [&] { write_interchange(data, shipped_templates(), file, "2026-11-27T14:00:00Z"); });
    BOOST_TEST(message.find("nothing was changed") != std::string::npos, message);
    BOOST_TEST(read_file(file) == earlier);
    BOOST_TEST(names_in(c.folder.path()) == std::vector<std::string>{"all.xml"});
}

BOOST_AUTO_TEST_CASE(a_bulk_export_onto_a_full_disk_stops_at_the_first_file_that_does_not_fit) {
    Caseload c;
    const fs::path folder = c.out("profiles");
    fs::create_directory(folder);
    const auto people = c.store->subjects(SubjectKind::Person, SubjectQuery{{}, true});
    NoProgress quiet;
    const std::string message = refusal_on_a_full_disk([&] {
        export_profiles(*c.store, shipped_templates(), people, folder, ExportFormat::Pdf, quiet,
                        EmptyProfiles::Include);
    });
    BOOST_TEST(message.find("nothing was changed") != std::string::npos, message);
    // No empty PDF that looks written, and no temporary left behind.
    BOOST_TEST(names_in(folder).empty());
}

BOOST_AUTO_TEST_SUITE_END()
