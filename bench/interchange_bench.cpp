// Benchmark of the interchange file: write, read, import and export of the sample caseload copied N times.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "model/backends/open_store.h"
#include "model/exchange/importer.h"
#include "model/exchange/interchange_writer.h"

using namespace pcr::model;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

// usage: interchange_bench [COPIES] [CASELOAD.xml]   (defaults: 100 copies of the shared contract caseload)
int main(int argc, char** argv) {
    const int copies = argc > 1 ? std::atoi(argv[1]) : 100;
    const std::filesystem::path templates_folder = TemplateRegistry::default_folder();
    const std::filesystem::path caseload =
        argc > 2 ? std::filesystem::path(argv[2])
                 : templates_folder / ".." / ".." / "shared" / "contract" / "caseload.xml";
    const auto templates = TemplateRegistry::load(templates_folder);
    const auto sample = read_interchange(caseload, templates);
    if (!sample.ok()) {
        std::cerr << "Cannot read " << caseload << ": " << sample.problems.front().to_string() << "\n";
        return 1;
    }

    Interchange data;
    for (int copy = 0; copy < copies; ++copy) {
        const std::string suffix = "-" + std::to_string(copy);
        for (auto person : sample.data.people) {
            person.subject.id += suffix;
            data.people.push_back(std::move(person));
        }
        for (auto member : sample.data.staff) {
            member.subject.id += suffix;
            data.staff.push_back(std::move(member));
        }
    }
    data.team = sample.data.team;
    std::size_t records = 0;
    for (const auto& p : data.people) records += p.records.size();
    for (const auto& s : data.staff) records += s.records.size();

    auto start = std::chrono::steady_clock::now();
    const std::string text = write_interchange_text(data, templates, utc_stamp_now());
    const double write_s = seconds_since(start);
    const double megabytes = static_cast<double>(text.size()) / (1 << 20);

    start = std::chrono::steady_clock::now();
    const auto back = read_interchange_text(text, templates);
    const double read_s = seconds_since(start);
    if (!back.ok()) {
        std::cerr << "The written file does not read back: " << back.problems.front().to_string() << "\n";
        return 1;
    }

    const auto folder =
        std::filesystem::temp_directory_path() / ("pcr-interchange-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    double import_s = 0, export_s = 0;
    {
        auto store = open_store(folder / "bench.db", Principal("bench"), OpenMode::CreateIfMissing);
        start = std::chrono::steady_clock::now();
        store->import(back.data);
        import_s = seconds_since(start);
        start = std::chrono::steady_clock::now();
        const auto exported = store->export_all();
        export_s = seconds_since(start);
        if (exported.people.size() != data.people.size()) std::cerr << "export lost people\n";
    }
    std::filesystem::remove_all(folder);

    std::printf("people %zu, staff %zu, records %zu, file %.1f MB\n", data.people.size(), data.staff.size(),
                records, megabytes);
    std::printf("write text   %8.3f s  %8.1f MB/s\n", write_s, megabytes / write_s);
    std::printf("read text    %8.3f s  %8.1f MB/s\n", read_s, megabytes / read_s);
    std::printf("store import %8.3f s  %8.0f records/s\n", import_s, static_cast<double>(records) / import_s);
    std::printf("store export %8.3f s  %8.0f records/s\n", export_s, static_cast<double>(records) / export_s);
    return 0;
}
