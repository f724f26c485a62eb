// Benchmark of the SQLite store at caseload scale: bulk import, one streaming pass, export, and single saves.
// Usage: store_import_bench [people=10000] [log-entries=1000000] [folder=/tmp] [keep]
// Times are wall clock, with the CPU time of this process in brackets (the machine may be busy with others).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>

#include "model/backends/open_store.h"

using namespace pcr::model;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double cpu_seconds() {
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

// Wall and CPU seconds of one step.
class Timer {
  public:
    std::string str() const {
        char text[64];
        std::snprintf(text, sizeof text, "%.2f s [cpu %.2f s]", seconds_since(wall_), cpu_seconds() - cpu_);
        return text;
    }

  private:
    std::chrono::steady_clock::time_point wall_ = std::chrono::steady_clock::now();
    double cpu_ = cpu_seconds();
};

Entry item(const std::string& text) {
    return Entry{0, {}, text, {}};
}

Entry row(std::string date, std::initializer_list<std::pair<const char*, std::string>> cells) {
    Entry e;
    e.date = std::move(date);
    for (const auto& [column, text] : cells) e.cells.push_back(Cell{column, text, {}});
    return e;
}

// A caseload of `people` people with a profile, a relationship circle and an even share of `entries` log
// entries.
Interchange caseload(int people, long entries) {
    Interchange data;
    const Date start(2024, 1, 1);
    long written = 0;
    for (int p = 0; p < people; ++p) {
        char id[16];
        std::snprintf(id, sizeof id, "P-%05d", p + 1);
        SubjectRecords person;
        person.subject.id = id;
        person.subject.name = "Person " + std::to_string(p + 1) + " Zoë";
        person.subject.born = Date(1940 + p % 60, 1 + p % 12, 1 + p % 28);

        Record profile;
        profile.tool = "one-page-profile";
        profile.reviewed = start.plus_days(p % 700);
        for (const char* section : {"appreciation", "important-to-me", "how-to-support"})
            for (int i = 0; i < 3; ++i)
                profile.section_for_update(section).entries.push_back(
                    item(std::string(section) + " item " + std::to_string(i + 1) + " for " + id));
        Record circle;
        circle.tool = "relationship-circle";
        for (int i = 0; i < 5; ++i)
            circle.section_for_update("people").entries.push_back(
                row({}, {{"name", "Friend " + std::to_string(i)},
                         {"relationship", "neighbour"},
                         {"circle", std::to_string(1 + i % 4)},
                         {"group", "friends"}}));
        Record log;
        log.tool = "learning-log";
        const long share = entries / people + (p < entries % people ? 1 : 0);
        for (long i = 0; i < share; ++i)
            log.section_for_update("entries").entries.push_back(
                row(start.plus_days(static_cast<int>(i % 700)).iso(),
                    {{"what-they-did", "Went to the market and bought fruit, visit " + std::to_string(i)},
                     {"who-was-there", "Ayesha"},
                     {"worked-well", "Going early before it got busy"},
                     {"did-not-work", "The rain on the way back"}}));
        written += share;
        // In tool order, as the store gives them back.
        person.records.push_back(std::move(log));
        person.records.push_back(std::move(profile));
        person.records.push_back(std::move(circle));
        data.people.push_back(std::move(person));
    }
    std::printf("caseload: %d people, %ld learning-log entries\n", people, written);
    return data;
}

}  // namespace

int main(int argc, char** argv) {
    const int people = argc > 1 ? std::atoi(argv[1]) : 10000;
    const long entries = argc > 2 ? std::atol(argv[2]) : 1000000;
    const std::filesystem::path folder = argc > 3 ? argv[3] : std::filesystem::temp_directory_path();
    const bool keep = argc > 4 && std::string(argv[4]) == "keep";
    const auto file = folder / ("pcr-store-bench-" + std::to_string(getpid()) + ".db");

    Timer timer;
    const Interchange data = caseload(people, entries);
    std::printf("build in memory: %s\n", timer.str().c_str());

    auto store = open_store(file, Principal("bench"), OpenMode::CreateIfMissing);
    timer = Timer();
    const ImportCounts counts = store->import(data);
    std::printf("import: %s (%d people, %d records)\n", timer.str().c_str(), counts.people, counts.records);
    auto wal = file;
    wal += "-wal";
    std::error_code ec;
    const auto wal_size = std::filesystem::file_size(wal, ec);
    std::printf("file size: %.1f MB (write-ahead log %.1f MB)\n",
                static_cast<double>(std::filesystem::file_size(file)) / 1e6,
                ec ? 0.0 : static_cast<double>(wal_size) / 1e6);

    timer = Timer();
    long visited = 0, log_entries = 0;
    store->for_each_record(SubjectKind::Person, false, [&](const Subject&, const Record& record) {
        ++visited;
        if (const Section* s = record.section("entries")) log_entries += static_cast<long>(s->entries.size());
    });
    std::printf("for_each_record: %s (%ld records, %ld log entries)\n", timer.str().c_str(), visited,
                log_entries);

    timer = Timer();
    const Interchange exported = store->export_all();
    std::printf("export_all: %s (same as imported: %s)\n", timer.str().c_str(),
                exported == data ? "yes" : "NO");

    timer = Timer();
    const auto found = store->subjects(SubjectKind::Person, {"zoe 9999"});
    std::printf("search \"zoe 9999\": %s (%zu found)\n", timer.str().c_str(), found.size());

    const std::string middle = data.people.at(data.people.size() / 2).subject.id;
    timer = Timer();
    Record log = *store->record(SubjectKind::Person, middle, "learning-log");
    const std::string read = timer.str();
    log.section_for_update("entries").entries.push_back(
        row("2026-11-20", {{"what-they-did", "Baked bread"}}));
    timer = Timer();
    const int version = store->save_record(SubjectKind::Person, middle, log);
    std::printf("one learning log: read %s, save with one more entry %s (now version %d)\n", read.c_str(),
                timer.str().c_str(), version);

    timer = Timer();
    const bool healthy = store->check().ok();
    std::printf("check: %s (%s)\n", timer.str().c_str(), healthy ? "ok" : "PROBLEMS");

    store.reset();
    if (keep) {
        std::printf("kept %s\n", file.c_str());
        return 0;
    }
    for (const char* suffix : {"", "-wal", "-shm"}) {
        auto f = file;
        f += suffix;
        std::filesystem::remove(f);
    }
    return 0;
}
