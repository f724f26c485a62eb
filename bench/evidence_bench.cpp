// Benchmark: the workbook evidence over a whole demo caseload, beside the full coverage pass for comparison.
// Usage: evidence_bench [people=2000] [staff=100] [logs=40000] [folder=/tmp], or evidence_bench --db FILE to
// time an existing database (judged on 2026-06-30 either way).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "model/backends/open_store.h"
#include "model/core/errors.h"
#include "model/demo/demo_generator.h"
#include "model/domain/workbook_registry.h"
#include "model/rules/evidence.h"
#include "model/rules/record_statuses.h"

using namespace pcr::model;

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void time_evidence(const std::filesystem::path& file, const TemplateRegistry& templates, const Date& today) {
    const WorkbookRegistry workbooks = WorkbookRegistry::load(WorkbookRegistry::default_folder(), templates);
    const Workbook& workbook = workbooks.get(kDefaultWorkbook);
    auto store = open_store(file, Principal("bench"));

    std::vector<TopicEvidence> evidence;
    for (int run = 1; run <= 3; ++run) {
        const auto start = Clock::now();
        evidence = compute_evidence(*store, templates, workbook, today);
        std::printf("evidence, run %d: %.0f ms\n", run, ms_since(start));
    }
    std::size_t lacking = 0;
    for (const auto& e : evidence) lacking += e.lacking.size();
    std::printf("%zu topics, %zu lacking entries\n", evidence.size(), lacking);
    for (const auto& e : evidence)
        if (e.measured)
            std::printf("  %-5s %-40s %6ld of %6ld %3d%% -> %d\n", e.topic.c_str(), e.measure.c_str(),
                        e.count, e.total, e.coverage, e.suggested.value_or(0));

    const auto start = Clock::now();
    const auto rows = coverage(*store, templates, today);
    std::printf("coverage of every tool (reads every record, learning logs too): %.0f ms, %zu rows\n",
                ms_since(start), rows.size());
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const Date today(2026, 6, 30);
        const auto templates = TemplateRegistry::load(TemplateRegistry::default_folder());
        if (argc == 3 && std::string(argv[1]) == "--db") {
            time_evidence(argv[2], templates, today);
            return 0;
        }
        DemoOptions options;
        options.people = argc > 1 ? std::atoi(argv[1]) : 2000;
        options.staff = argc > 2 ? std::atoi(argv[2]) : 100;
        options.logs = argc > 3 ? std::atol(argv[3]) : 40000;
        options.today = today;
        const std::filesystem::path folder = argc > 4 ? argv[4] : std::filesystem::temp_directory_path();
        const std::filesystem::path file =
            folder / ("pcr-evidence-bench-" + std::to_string(::getpid()) + ".db");
        {
            auto store = open_store(file, Principal("bench"), OpenMode::CreateIfMissing);
            NoProgress quiet;
            const auto start = Clock::now();
            const DemoCounts counts = generate_demo(*store, templates, options, quiet);
            std::printf("demo caseload: %d people, %d staff, %ld records, %ld log entries (%.0f ms)\n",
                        counts.people, counts.staff, counts.records, counts.log_entries, ms_since(start));
        }
        time_evidence(file, templates, today);
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix, ec);
        return 0;
    } catch (const pcr::Error& e) {
        std::fprintf(stderr, "evidence_bench: %s\n", e.what());
        return 1;
    }
}
