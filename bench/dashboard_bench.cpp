// Benchmark of the screens the manager opens on a demo caseload: the dashboard, staff matching for one
// person, and one saved edit with its undo. Usage: dashboard_bench [people=2000] [staff=100] [logs=40000]
// [folder=/tmp], or dashboard_bench --db FILE DAY to time the dashboard of an existing database (a copy of
// the scale benchmark's demo, say) on DAY.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "model/backends/open_store.h"
#include "model/demo/demo_generator.h"
#include "model/rules/dashboard.h"
#include "model/rules/edit_session.h"
#include "model/rules/record_edit.h"
#include "model/rules/staff_matching.h"

using namespace pcr::model;

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--db") {
        const auto templates = TemplateRegistry::load(TemplateRegistry::default_folder());
        auto store = open_store(std::filesystem::path(argv[2]), Principal("bench"));
        const Date day = Date::parse(argv[3]).value_or(Date::today());
        for (int run = 0; run < 3; ++run) {
            const auto start = Clock::now();
            const Dashboard board = Dashboard::build(*store, templates, day);
            std::printf(
                "dashboard: %.0f ms (%zu without profile, %zu records due, %zu reviews due, %zu overdue "
                "actions, %zu overdue outcomes, %zu awaiting sign-off)\n",
                ms_since(start), board.no_profile.size(), board.records_due.size(), board.reviews_due.size(),
                board.overdue_actions.size(), board.overdue_outcomes.size(), board.awaiting_sign_off.size());
        }
        return 0;
    }
    DemoOptions options;
    options.people = argc > 1 ? std::atoi(argv[1]) : 2000;
    options.staff = argc > 2 ? std::atoi(argv[2]) : 100;
    options.logs = argc > 3 ? std::atol(argv[3]) : 40000;
    options.today = Date(2026, 6, 30);
    const std::filesystem::path folder = argc > 4 ? argv[4] : std::filesystem::temp_directory_path();
    const std::filesystem::path file = folder / ("pcr-dashboard-bench-" + std::to_string(::getpid()) + ".db");

    const auto templates = TemplateRegistry::load(TemplateRegistry::default_folder());
    {
        auto store = open_store(file, Principal("bench"), OpenMode::CreateIfMissing);
        NoProgress quiet;
        auto start = Clock::now();
        const DemoCounts counts = generate_demo(*store, templates, options, quiet);
        std::printf("demo caseload: %d people, %d staff, %ld records, %ld log entries (%.0f ms)\n",
                    counts.people, counts.staff, counts.records, counts.log_entries, ms_since(start));
    }
    auto store = open_store(file, Principal("bench"));

    auto start = Clock::now();
    const Dashboard board = Dashboard::build(*store, templates, options.today);
    std::printf(
        "dashboard: %.0f ms (%zu without profile, %zu records due, %zu reviews due, %zu overdue actions, "
        "%zu overdue outcomes, %zu coverage rows)\n",
        ms_since(start), board.no_profile.size(), board.records_due.size(), board.reviews_due.size(),
        board.overdue_actions.size(), board.overdue_outcomes.size(), board.coverage.size());

    int people_with_matching = 0;
    double matching_ms = 0;
    std::size_t suggested = 0;
    const ToolTemplate* matching = templates.with_role(ToolRole::StaffMatching);
    for (const auto& person : matching ? store->subjects(SubjectKind::Person) : std::vector<Subject>{}) {
        const auto record = store->record(SubjectKind::Person, person.id, matching->id);
        if (!record) continue;
        start = Clock::now();
        suggested += StaffMatcher(*matching, *record).rank(*store).size();
        matching_ms += ms_since(start);
        if (++people_with_matching == 20) break;
    }
    if (people_with_matching > 0)
        std::printf("staff matching: %.1f ms a person (%d people, %.1f staff suggested on average)\n",
                    matching_ms / people_with_matching, people_with_matching,
                    static_cast<double>(suggested) / people_with_matching);

    EditSession session(*store);
    const ToolTemplate& log = templates.get("learning-log");
    const std::string id = store->subjects(SubjectKind::Person).front().id;
    start = Clock::now();
    session.apply(
        SubjectKind::Person, id, "learning-log",
        [&](Record& r) {
            RecordEdit edit(r, log);
            const auto row = edit.add_row("entries", options.today);
            edit.set_cell("entries", row, "what-they-did", "Benchmark walk");
            edit.set_cell("entries", row, "worked-well", "Early start");
            edit.set_cell("entries", row, "did-not-work", "Rain");
        },
        "add learning-log entry");
    const double apply_ms = ms_since(start);
    start = Clock::now();
    session.undo();
    std::printf("one learning-log entry saved: %.1f ms, undone: %.1f ms\n", apply_ms, ms_since(start));

    store.reset();
    std::filesystem::remove(file);
    std::filesystem::remove(file.string() + "-wal");
    std::filesystem::remove(file.string() + "-shm");
    return 0;
}
