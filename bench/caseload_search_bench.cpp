// Benchmark of the caseload list's search as you type at scale: reading the caseload once, then each
// keystroke answered in memory (model/rules/caseload_index), beside the SQL search each keystroke used to
// run. Usage: caseload_search_bench [FILE] — an existing database (the scale demo, say), or without one a
// 10,000-person demo made in the temporary folder and removed after.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "model/backends/open_store.h"
#include "model/demo/demo_generator.h"
#include "model/rules/caseload_index.h"

using namespace pcr::model;

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Spread {
    double median = 0, p95 = 0, max = 0;
};

Spread spread(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    if (ms.empty()) return {};
    return {ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back()};
}

template <typename Work>
double median_ms(int runs, Work work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        ms.push_back(ms_since(start));
    }
    return spread(ms).median;
}

}  // namespace

int main(int argc, char** argv) {
    std::filesystem::path file;
    bool made = false;
    if (argc > 1) {
        file = argv[1];
    } else {
        file = std::filesystem::temp_directory_path() /
               ("pcr-caseload-search-bench-" + std::to_string(::getpid()) + ".db");
        DemoOptions options;
        options.people = 10000;
        options.staff = 300;
        options.logs = 10000;  // the search reads no records; a few keep the demo quick to make
        options.today = Date(2026, 6, 30);
        const auto templates = TemplateRegistry::load(TemplateRegistry::default_folder());
        auto store = open_store(file, Principal("bench"), OpenMode::CreateIfMissing);
        NoProgress quiet;
        generate_demo(*store, templates, options, quiet);
        made = true;
    }
    auto store = open_store(file, Principal("bench"));
    const SubjectQuery everyone;

    CaseloadIndex index;
    const double load_ms =
        median_ms(5, [&] { index = CaseloadIndex::load(*store, SubjectKind::Person, everyone); });
    std::size_t counted = 0;
    const double count_ms =
        median_ms(5, [&] { counted = store->count_subjects(SubjectKind::Person, everyone); });
    std::printf("caseload of %zu people: read once %.1f ms (median of 5); COUNT query %.2f ms (%zu)\n",
                index.size(), load_ms, count_ms, counted);

    // Someone typing the start of a name, a letter at a time: 40 names spread over the caseload, up to ten
    // keystrokes each.
    std::vector<std::string> typed;
    const std::size_t step = std::max<std::size_t>(1, index.size() / 40);
    for (std::size_t i = 0; i < index.size(); i += step) {
        const std::string& name = index.subjects()[i].name;
        for (std::size_t n = 1; n <= std::min<std::size_t>(10, name.size()); ++n)
            typed.push_back(name.substr(0, n));
    }
    std::vector<double> memory_ms, sql_ms;
    std::size_t found = 0, listed = 0;
    for (const std::string& search : typed) {
        auto start = Clock::now();
        found += index.find(search).size();
        memory_ms.push_back(ms_since(start));
        // What a keystroke cost before: the SQL search and the count for the label.
        start = Clock::now();
        SubjectQuery query;
        query.search = search;
        listed += store->subjects(SubjectKind::Person, query).size();
        store->count(SubjectKind::Person);
        sql_ms.push_back(ms_since(start));
    }
    const Spread memory = spread(memory_ms), sql = spread(sql_ms);
    std::printf("%zu keystrokes, in memory: median %.3f ms, 95%% %.3f ms, max %.3f ms (%zu rows found)\n",
                typed.size(), memory.median, memory.p95, memory.max, found);
    std::printf(
        "%zu keystrokes, SQL search and count: median %.3f ms, 95%% %.3f ms, max %.3f ms (%zu rows)\n",
        typed.size(), sql.median, sql.p95, sql.max, listed);
    store.reset();
    if (made) std::filesystem::remove(file);
    return found == listed ? 0 : 1;
}
