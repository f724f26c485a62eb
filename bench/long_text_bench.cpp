// Benchmark of the exports of one person whose profile holds long unbroken text (no spaces or line breaks):
// 100,000, 300,000 and 1,000,000 characters, and five items of 1 MB. Usage: long_text_bench [folder=/tmp].
// Prints the whole-record PDF and HTML and the one-page profile PDF and HTML times; the files are removed.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "model/backends/open_store.h"
#include "model/core/errors.h"
#include "model/export/exporter.h"

using namespace pcr::model;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// `length` letters a-z over and over, after `lead` so each item differs.
std::string unbroken(const std::string& lead, std::size_t length) {
    std::string text = lead;
    text.reserve(lead.size() + length);
    for (std::size_t i = 0; i < length; ++i) text += static_cast<char>('a' + i % 26);
    return text;
}

// Seconds to write `file` with `write`.
template <class Write>
double seconds(Write write) {
    const auto start = Clock::now();
    write();
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void run(Store& store, const TemplateRegistry& templates, const fs::path& folder, const std::string& id,
         const char* what, int items, std::size_t length) {
    Subject person;
    person.kind = SubjectKind::Person;
    person.id = id;
    person.name = "Long Text";
    store.save_subject(person);
    Record profile;
    profile.tool = "one-page-profile";
    profile.reviewed = Date(2026, 6, 1);
    auto& section = profile.section_for_update("appreciation");
    section.entries.push_back(Entry{0, {}, "A short first item", {}});
    for (int i = 0; i < items; ++i)
        section.entries.push_back(Entry{0, {}, unbroken(std::to_string(i), length), {}});
    store.save_record(SubjectKind::Person, id, profile);

    const Date today(2026, 6, 30);
    int pages = 0;
    const double record_pdf = seconds([&] {
        pages = export_record(store, templates, SubjectKind::Person, id, today, folder / "record.pdf").pages;
    });
    const double record_html = seconds(
        [&] { export_record(store, templates, SubjectKind::Person, id, today, folder / "record.html"); });
    const double profile_pdf =
        seconds([&] { export_profile(store, templates, SubjectKind::Person, id, folder / "profile.pdf"); });
    const double profile_html =
        seconds([&] { export_profile(store, templates, SubjectKind::Person, id, folder / "profile.html"); });
    std::printf(
        "%-16s record PDF %6.2f s (%4d pages)  record HTML %5.2f s  profile PDF %5.2f s  "
        "profile HTML %5.2f s\n",
        what, record_pdf, pages, record_html, profile_pdf, profile_html);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path folder = (argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path()) /
                            ("pcr-long-text-bench-" + std::to_string(::getpid()));
    try {
        const auto templates = TemplateRegistry::load(TemplateRegistry::default_folder());
        fs::create_directories(folder);
        auto store = open_store(folder / "long.db", Principal("bench"), OpenMode::CreateIfMissing);
        run(*store, templates, folder, "P-0001", "100k characters", 1, 100'000);
        run(*store, templates, folder, "P-0002", "300k characters", 1, 300'000);
        run(*store, templates, folder, "P-0003", "1M characters", 1, 1'000'000);
        run(*store, templates, folder, "P-0004", "5 items of 1 MB", 5, 1'000'000);
        store.reset();
        fs::remove_all(folder);
        return 0;
    } catch (const pcr::Error& e) {
        std::fprintf(stderr, "long_text_bench: %s\n", e.what());
        std::error_code ec;
        fs::remove_all(folder, ec);
        return 1;
    }
}
