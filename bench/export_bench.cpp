// Benchmark: one-page profiles of a demo caseload, one at a time (PDF and HTML) and in bulk into a folder.
// Usage: export_bench [people=2500] [folder=/tmp]. The demo database and the exported files are removed at
// the end.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "model/backends/open_store.h"
#include "model/core/errors.h"
#include "model/demo/demo_generator.h"
#include "model/export/bulk_export.h"
#include "model/export/exporter.h"

using namespace pcr::model;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::uintmax_t folder_bytes(const fs::path& folder) {
    std::uintmax_t bytes = 0;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.is_regular_file()) bytes += entry.file_size();
    return bytes;
}

// The median of `runs` exports of one profile to `file`, in milliseconds.
double median_export_ms(const Store& store, const TemplateRegistry& templates, const std::string& id,
                        const fs::path& file, int runs) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        export_profile(store, templates, SubjectKind::Person, id, file);
        times.push_back(ms_since(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void time_bulk(const Store& store, const TemplateRegistry& templates, const std::vector<Subject>& people,
               const fs::path& folder, ExportFormat format, const char* what) {
    fs::create_directories(folder);
    NoProgress quiet;
    const auto start = Clock::now();
    const BulkExportResult result = export_profiles(store, templates, people, folder, format, quiet);
    const double ms = ms_since(start);
    std::printf("bulk %s: %zu profiles in %.1f s (%.1f ms each), folder %.1f MB", what, result.written.size(),
                ms / 1000, ms / static_cast<double>(result.written.size()),
                static_cast<double>(folder_bytes(folder)) / 1e6);
    if (format == ExportFormat::Pdf) std::printf(", %zu too long for one page", result.warnings.size());
    std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path root = (argc > 2 ? fs::path(argv[2]) : fs::temp_directory_path()) /
                          ("pcr-export-bench-" + std::to_string(::getpid()));
    try {
        const auto templates = TemplateRegistry::load(TemplateRegistry::default_folder());
        DemoOptions options;
        options.people = argc > 1 ? std::atoi(argv[1]) : 2500;
        options.staff = std::max(1, options.people / 20);
        options.logs = 16L * options.people;
        options.today = Date(2026, 6, 30);
        fs::create_directories(root);
        const fs::path file = root / "demo.db";
        {
            auto store = open_store(file, Principal("bench"), OpenMode::CreateIfMissing);
            NoProgress quiet;
            const auto start = Clock::now();
            const DemoCounts counts = generate_demo(*store, templates, options, quiet);
            std::printf("demo caseload: %d people, %d staff, %ld records (%.1f s)\n", counts.people,
                        counts.staff, counts.records, ms_since(start) / 1000);
        }
        auto store = open_store(file, Principal("bench"));
        // Archived people too, so the bulk export covers the whole caseload.
        std::vector<Subject> people = store->subjects(SubjectKind::Person, SubjectQuery{"", true});
        std::sort(people.begin(), people.end(),
                  [](const Subject& a, const Subject& b) { return a.id < b.id; });
        const std::string id = people.front().id;

        std::printf("one profile (%s), median of 20: PDF %.1f ms, HTML %.1f ms (templates read each time)\n",
                    id.c_str(), median_export_ms(*store, templates, id, root / "one.pdf", 20),
                    median_export_ms(*store, templates, id, root / "one.html", 20));
        time_bulk(*store, templates, people, root / "pdf", ExportFormat::Pdf, "PDF");
        time_bulk(*store, templates, people, root / "html", ExportFormat::Html, "HTML");
        fs::remove_all(root);
        return 0;
    } catch (const pcr::Error& e) {
        std::fprintf(stderr, "export_bench: %s\n", e.what());
        std::error_code ec;
        fs::remove_all(root, ec);
        return 1;
    }
}
