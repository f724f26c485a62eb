// Benchmark: generating a large demo caseload into a new SQLite file (default 10,000 people, 1,000,000 log
// entries). Usage: demo_bench [--people N] [--staff M] [--logs K] [--seed S] [--keep FILE]
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "model/backends/open_store.h"
#include "model/core/errors.h"
#include "model/demo/demo_generator.h"
#include "model/domain/template_registry.h"

namespace {

using namespace pcr::model;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Forwards everything to the real store, timing the imports so generation and storage can be told apart.
class TimedStore final : public Store {
  public:
    explicit TimedStore(Store& inner) : inner_(inner) {}
    double import_seconds = 0;
    int imports = 0;

    const Principal& principal() const override { return inner_.principal(); }
    std::vector<Subject> subjects(SubjectKind kind, const SubjectQuery& query) const override {
        return inner_.subjects(kind, query);
    }
    std::optional<Subject> subject(SubjectKind kind, const std::string& id) const override {
        return inner_.subject(kind, id);
    }
    std::size_t count(SubjectKind kind, bool include_archived) const override {
        return inner_.count(kind, include_archived);
    }
    std::size_t count_subjects(SubjectKind kind, const SubjectQuery& query) const override {
        return inner_.count_subjects(kind, query);
    }
    void save_subject(const Subject& subject) override { inner_.save_subject(subject); }
    std::vector<Record> records(SubjectKind kind, const std::string& id) const override {
        return inner_.records(kind, id);
    }
    std::optional<Record> record(SubjectKind kind, const std::string& id,
                                 const std::string& tool) const override {
        return inner_.record(kind, id, tool);
    }
    int save_record(SubjectKind kind, const std::string& id, const Record& record) override {
        return inner_.save_record(kind, id, record);
    }
    std::optional<Record> record_at(SubjectKind kind, const std::string& id, const std::string& tool,
                                    int version) const override {
        return inner_.record_at(kind, id, tool, version);
    }
    SignOff sign_off(SubjectKind kind, const std::string& id, const std::string& tool,
                     const std::string& comment) override {
        return inner_.sign_off(kind, id, tool, comment);
    }
    std::vector<SignOff> sign_offs(SubjectKind kind, const std::optional<std::string>& id) const override {
        return inner_.sign_offs(kind, id);
    }
    std::vector<std::string> teams_of(SubjectKind kind, const std::string& id) const override {
        return inner_.teams_of(kind, id);
    }
    void set_teams(SubjectKind kind, const std::string& id, const std::vector<std::string>& teams) override {
        inner_.set_teams(kind, id, teams);
    }
    std::optional<std::string> key_worker(const std::string& person) const override {
        return inner_.key_worker(person);
    }
    void set_key_worker(const std::string& person, const std::optional<std::string>& staff) override {
        inner_.set_key_worker(person, staff);
    }
    std::vector<Subject> subject_versions(SubjectKind kind, const std::string& id) const override {
        return inner_.subject_versions(kind, id);
    }
    std::vector<Change> history(SubjectKind kind, const std::string& id) const override {
        return inner_.history(kind, id);
    }
    void for_each_record(SubjectKind kind, bool include_archived, const RecordVisitor& visit) const override {
        inner_.for_each_record(kind, include_archived, visit);
    }
    void judge_by(const TemplateRegistry& templates) const override { inner_.judge_by(templates); }
    void for_each_subject_judgements(SubjectKind kind, const std::vector<std::string>& tools,
                                     const std::vector<std::string>& rows_of, CaseloadScope caseload,
                                     const SubjectJudgementsVisitor& visit) const override {
        inner_.for_each_subject_judgements(kind, tools, rows_of, caseload, visit);
    }
    std::vector<ToolTally> tally_by_tool(SubjectKind kind, const Date& day,
                                         CaseloadScope caseload) const override {
        return inner_.tally_by_tool(kind, day, caseload);
    }
    std::map<std::string, SubjectTally> tally_by_subject(SubjectKind kind, const Date& day,
                                                         const std::vector<std::string>& ids) const override {
        return inner_.tally_by_subject(kind, day, ids);
    }
    void set_photo(SubjectKind kind, const std::string& id, const std::vector<unsigned char>& bytes,
                   const std::string& mime) override {
        inner_.set_photo(kind, id, bytes, mime);
    }
    std::optional<Photo> photo(SubjectKind kind, const std::string& id) const override {
        return inner_.photo(kind, id);
    }
    void clear_photo(SubjectKind kind, const std::string& id) override { inner_.clear_photo(kind, id); }
    std::vector<WorkbookAssessment> assessments() const override { return inner_.assessments(); }
    std::optional<WorkbookAssessment> assessment(const Date& date,
                                                 const std::string& workbook) const override {
        return inner_.assessment(date, workbook);
    }
    int save_assessment(const WorkbookAssessment& assessment) override {
        return inner_.save_assessment(assessment);
    }
    bool remove_assessment(const Date& date, const std::string& workbook) override {
        return inner_.remove_assessment(date, workbook);
    }
    std::vector<AssessmentChange> assessment_history(const std::string& workbook) const override {
        return inner_.assessment_history(workbook);
    }
    ImportCounts import(const Interchange& data) override {
        const auto start = Clock::now();
        ImportCounts counts = inner_.import(data);
        import_seconds += seconds_since(start);
        ++imports;
        return counts;
    }
    std::unique_ptr<ImportSession> begin_import() override { return inner_.begin_import(); }
    Interchange export_all() const override { return inner_.export_all(); }
    void export_each(InterchangeSink& sink) const override { inner_.export_each(sink); }
    Interchange export_subject(SubjectKind kind, const std::string& id) const override {
        return inner_.export_subject(kind, id);
    }
    std::unique_ptr<WriteHold> hold_writes() override { return inner_.hold_writes(); }
    IntegrityReport check() const override { return inner_.check(); }
    void backup(const std::filesystem::path& target) const override { inner_.backup(target); }
    std::vector<BackupEntry> backups() const override { return inner_.backups(); }
    std::string automatic_backup_problem() const override { return inner_.automatic_backup_problem(); }
    std::optional<std::string> setting(const std::string& name) const override {
        return inner_.setting(name);
    }
    void change_setting(const std::string& name, const std::string& value) override {
        inner_.change_setting(name, value);
    }
    bool has_accounts() const override { return inner_.has_accounts(); }
    std::size_t account_count() const override { return inner_.account_count(); }
    std::vector<Account> accounts() const override { return inner_.accounts(); }
    std::optional<Account> account(const std::string& user_name) const override {
        return inner_.account(user_name);
    }
    void add_account(const Account& account) override { inner_.add_account(account); }
    void update_account(const Account& account) override { inner_.update_account(account); }
    Account count_wrong_password(const std::string& user_name, TimePoint now, int lock_after,
                                 std::chrono::minutes lock_for) override {
        return inner_.count_wrong_password(user_name, now, lock_after, lock_for);
    }
    void record_sign_in(const std::string& user_name, TimePoint now) override {
        inner_.record_sign_in(user_name, now);
    }
    void record_refused_sign_in(const std::string& user_name, const std::string& reason) override {
        inner_.record_refused_sign_in(user_name, reason);
    }
    void record_events(const std::vector<AuditEvent>& events) override { inner_.record_events(events); }
    bool read_only() const override { return inner_.read_only(); }
    bool changed_elsewhere() override { return inner_.changed_elsewhere(); }
    std::vector<AuditEntry> audit(const AuditFilter& filter) const override { return inner_.audit(filter); }
    std::vector<ArchivedPerson> archived_people() const override { return inner_.archived_people(); }
    Erasure erase_person(const std::string& id, const std::string& reason) override {
        return inner_.erase_person(id, reason);
    }
    void keep_person(const std::string& id, const std::string& reason) override {
        inner_.keep_person(id, reason);
    }

  private:
    Store& inner_;
};

long number(int argc, char** argv, const std::string& name, long fallback) {
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == name) return std::strtol(argv[i + 1], nullptr, 10);
    return fallback;
}

std::string text(int argc, char** argv, const std::string& name) {
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == name) return argv[i + 1];
    return {};
}

}  // namespace

int main(int argc, char** argv) {
    try {
        DemoOptions options;
        options.people = static_cast<int>(number(argc, argv, "--people", 10'000));
        options.staff = static_cast<int>(number(argc, argv, "--staff", options.people / 20));
        options.logs = number(argc, argv, "--logs", 1'000'000);
        options.seed = static_cast<std::uint64_t>(number(argc, argv, "--seed", 1));
        options.today = Date(2026, 6, 30);

        const std::string keep = text(argc, argv, "--keep");
        const std::filesystem::path file = keep.empty()
                                               ? std::filesystem::temp_directory_path() /
                                                     ("pcr-demo-bench-" + std::to_string(getpid()) + ".db")
                                               : std::filesystem::path(keep);
        std::filesystem::remove(file);

        const TemplateRegistry templates = TemplateRegistry::load(TemplateRegistry::default_folder());
        auto store = open_store(file, Principal("bench"), OpenMode::CreateIfMissing);
        TimedStore timed(*store);
        NoProgress progress;

        const auto start = Clock::now();
        const DemoCounts counts = generate_demo(timed, templates, options, progress);
        const double total = seconds_since(start);
        store.reset();

        const auto size = std::filesystem::file_size(file);
        std::printf("demo: %d people, %d staff, %ld log entries asked (seed %llu)\n", options.people,
                    options.staff, options.logs, static_cast<unsigned long long>(options.seed));
        std::printf("  total            %8.2f s\n", total);
        std::printf("  generating       %8.2f s\n", total - timed.import_seconds);
        std::printf("  importing        %8.2f s in %d transactions\n", timed.import_seconds, timed.imports);
        std::printf("  written          %d people, %d staff, %ld records, %ld log entries\n", counts.people,
                    counts.staff, counts.records, counts.log_entries);
        std::printf("  file size        %8.1f MB (%s)\n", static_cast<double>(size) / 1e6, file.c_str());
        if (keep.empty()) {
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix);
        }
        return 0;
    } catch (const pcr::Error& e) {
        std::cerr << "demo_bench: " << e.what() << "\n";
        return 1;
    }
}
