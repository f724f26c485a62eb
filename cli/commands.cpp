// The commands of pcrecords-cli: open the store and templates, call the model, print CSV.
#include "cli/commands.h"

#include <charconv>
#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/assessment_commands.h"
#include "cli/backup_commands.h"
#include "cli/evidence_command.h"
#include "cli/export_commands.h"
#include "cli/open_database.h"
#include "cli/retention_commands.h"
#include "cli/review_commands.h"
#include "cli/team_commands.h"
#include "cli/user_commands.h"
#include "cli/working_together_commands.h"
#include "model/backends/store_files.h"
#include "model/core/date.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/presence_file.h"
#include "model/core/translate.h"
#include "model/demo/demo_generator.h"
#include "model/domain/template_registry.h"
#include "model/domain/workbook_registry.h"
#include "model/exchange/csv_writer.h"
#include "model/exchange/importer.h"
#include "model/exchange/interchange_writer.h"
#include "model/export/export_audit.h"
#include "model/rules/audit_words.h"
#include "model/rules/change_words.h"
#include "model/rules/record_statuses.h"
#include "model/rules/sign_off_words.h"

namespace pcr::cli {

namespace {

using namespace pcr::model;
namespace fs = std::filesystem;

// What every command works with: the database, the templates and the day judgements are made on.
struct Context {
    const Arguments& args;
    std::ostream& out;
    std::ostream& err;
    fs::path db;
    Date today;
    TemplateRegistry templates;

    std::unique_ptr<Store> open(OpenMode mode = OpenMode::Existing) const {
        return open_database(args, mode);
    }
};

long number_option(const Arguments& args, const std::string& name, long fallback, long min, long max) {
    auto text = args.get(name);
    if (!text) return fallback;
    long value = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size() || value < min || value > max)
        throw UsageError(
            fill_in(tr("{1} needs a whole number from {2} to {3}, not '{4}'"), name, min, max, *text));
    return value;
}

std::string required_option(const Arguments& args, const std::string& name) {
    auto value = args.get(name);
    if (!value || value->empty()) throw UsageError(fill_in(tr("{1} needs {2}"), args.command, name));
    return *value;
}

const char* yes_no(bool b) {
    return b ? "1" : "0";
}

int cmd_init(Context& c) {
    // Opening with CreateIfMissing refuses a file that is not a pcrecords database and upgrades an older one.
    const bool existed = fs::exists(c.db);
    c.open(OpenMode::CreateIfMissing);
    c.err << fill_in(existed ? tr("Already a pcrecords database: {1}") : tr("Created {1}"), c.db.string())
          << "\n";
    return 0;
}

int cmd_import(Context& c) {
    // Assessments are checked against the workbooks too: an unknown workbook or topic is named by its line.
    const auto workbooks = WorkbookRegistry::load(WorkbookRegistry::default_folder(), c.templates);
    auto store = c.open(OpenMode::CreateIfMissing);
    const std::string backup_problem = store->automatic_backup_problem();
    ImportCounts counts = import_interchange(*store, c.templates, c.args.positional.at(0), &workbooks);
    if (store->automatic_backup_problem() != backup_problem)
        c.err << fill_in(tr("Warning: {1}"), store->automatic_backup_problem()) << "\n";
    // Each change the import made is in the trail already; this says which file brought them.
    store->record_event(AuditEvent{AuditAction::Import, std::nullopt, {}, c.args.positional.at(0)});
    CsvWriter csv(c.out);
    csv.row({"people", "staff", "records", "assessments"});
    csv.row({std::to_string(counts.people), std::to_string(counts.staff), std::to_string(counts.records),
             std::to_string(counts.assessments)});
    return 0;
}

int cmd_export(Context& c) {
    const fs::path target = required_option(c.args, "--out");
    auto store = c.open();
    wait_until_exports_can_be_recorded(*store);
    std::vector<std::pair<SubjectKind, std::string>> written;
    if (auto id = c.args.get("--person")) {
        if (!store->subject(SubjectKind::Person, *id))
            throw NotFoundError(
                fill_in(tr("No person with id {1} in {2}. `pcrecords-cli --db FILE people --all` lists "
                           "the ids."),
                        *id, c.db.string()));
        write_interchange(store->export_subject(SubjectKind::Person, *id), c.templates, target,
                          utc_stamp_now());
        written.emplace_back(SubjectKind::Person, *id);
    } else {
        // Streamed: memory holds one subject's records, however large the database.
        InterchangeFileWriter writer(c.templates, target, utc_stamp_now());
        store->export_each(writer);
        writer.finish();
        written = writer.written();
    }
    // Whose records left the database, one entry each: people, staff and the default team.
    std::size_t people = 0, staff = 0;
    for (const auto& entry : written) {
        people += entry.first == SubjectKind::Person;
        staff += entry.first == SubjectKind::Staff;
    }
    record_exports(*store, interchange_export_events(written), {target}, c.args, c.err);
    // TRANSLATORS: {1} is "5 people", {2} "3 staff".
    c.err << fill_in(tr("Wrote {1}, {2} to {3}"), fill_in(tr_n("{1} people", "{1} people", people), people),
                     fill_in(tr_n("{1} staff", "{1} staff", staff), staff), target.string())
          << "\n";
    return 0;
}

int cmd_people(Context& c) {
    auto store = c.open();
    SubjectQuery query;
    query.search = c.args.get("--search").value_or("");
    query.include_archived = c.args.has("--all");
    if (const auto caseload = c.args.get("--caseload")) {
        const auto chosen = caseload_from_string(*caseload);
        if (!chosen)
            throw UsageError(fill_in(tr("--caseload needs mine, teams or all, not '{1}'"), *caseload));
        query.caseload = *chosen;
    } else if (store->principal().staff_id()) {
        // Who has a staff record sees their own people first, as the app opens on them, when they have any.
        SubjectQuery mine = query;
        mine.caseload = CaseloadScope::MyPeople;
        if (!store->subjects(SubjectKind::Person, mine).empty()) query.caseload = CaseloadScope::MyPeople;
    }
    CsvWriter csv(c.out);
    csv.row({"id", "name", "preferred_name", "status"});
    for (const Subject& s : store->subjects(SubjectKind::Person, query))
        csv.row({s.id, s.name, s.preferred_name, std::string(to_string(s.status))});
    return 0;
}

int cmd_completeness(Context& c) {
    auto store = c.open();
    // Kept until every row is read: a damaged file may fail part-way, and a failing command prints nothing.
    std::ostringstream rows;
    CsvWriter csv(rows);
    csv.row({"person_id", "tool", "completeness", "complete", "current"});
    auto print = [&](const std::string& id, const std::string& tool, const RecordStatus& s) {
        csv.row({id, tool, std::to_string(s.completeness), yes_no(s.complete), yes_no(s.current)});
    };
    if (auto id = c.args.get("--person")) {
        if (!store->subject(SubjectKind::Person, *id))
            throw NotFoundError(fill_in(tr("No person with id {1} in {2}."), *id, c.db.string()));
        for (const ToolStanding& t : tool_standings(*store, c.templates, SubjectKind::Person, *id, c.today))
            if (t.record) print(*id, t.tool->id, t.status);
    } else {
        for_each_status(*store, c.templates, SubjectKind::Person, c.today,
                        [&](const Subject& s, const ToolTemplate& tool, const RecordJudgement&,
                            const RecordStatus& status) { print(s.id, tool.id, status); });
    }
    c.out << rows.str();
    return 0;
}

int cmd_coverage(Context& c) {
    auto store = c.open();
    CsvWriter csv(c.out);
    csv.row({"tool", "scope", "complete_and_current", "total", "coverage"});
    for (const CoverageRow& row : coverage(*store, c.templates, c.today))
        csv.row({row.tool, std::string(to_string(row.scope)), std::to_string(row.complete_and_current),
                 std::to_string(row.total), std::to_string(row.coverage)});
    return 0;
}

// Reports demo progress on stderr, a line per tenth, so long runs show they are alive.
class StderrProgress final : public Progress {
  public:
    explicit StderrProgress(std::ostream& err) : err_(err) {}
    bool update(long done, long total, const std::string& what) override {
        const long tenth = total > 0 ? done * 10 / total : 0;
        if (tenth != last_) {
            err_ << fill_in(tr("{1}: {2} of {3}"), what, done, total) << "\n";
            last_ = tenth;
        }
        return true;
    }

  private:
    std::ostream& err_;
    long last_ = -1;
};

int cmd_demo(Context& c) {
    DemoOptions options;
    options.people = static_cast<int>(number_option(c.args, "--people", options.people, 0, 1'000'000));
    options.staff = static_cast<int>(number_option(c.args, "--staff", options.staff, 0, 100'000));
    options.logs = number_option(c.args, "--logs", options.logs, 0, 100'000'000);
    options.seed = static_cast<std::uint64_t>(number_option(c.args, "--seed", 1, 0, 1'000'000'000));
    options.today = c.today;
    auto store = c.open(OpenMode::CreateIfMissing);
    // The demo's made-up people take the ids P-00001... and S-0001...: over real ones they would replace
    // their details and records, so that is only done when asked for.
    const std::size_t people = store->count(SubjectKind::Person, true);
    const std::size_t staff = store->count(SubjectKind::Staff, true);
    if ((people > 0 || staff > 0) && !c.args.has("--overwrite"))
        // TRANSLATORS: {1} is the database file, {2} "5 people", {3} "3 staff".
        throw UserError(fill_in(tr("{1} already holds {2} and {3}: the demo would write made-up people over "
                                   "those with its ids (P-00001..., S-0001...). Nothing was changed. Give "
                                   "--db a new file, or add --overwrite to do it anyway."),
                                c.db.string(), fill_in(tr_n("{1} person", "{1} people", people), people),
                                fill_in(tr_n("{1} staff", "{1} staff", staff), staff)));
    StderrProgress progress(c.err);
    const auto start = std::chrono::steady_clock::now();
    DemoCounts counts = generate_demo(*store, c.templates, options, progress);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CsvWriter csv(c.out);
    csv.row({"people", "staff", "records", "log_entries"});
    csv.row({std::to_string(counts.people), std::to_string(counts.staff), std::to_string(counts.records),
             std::to_string(counts.log_entries)});
    std::ostringstream duration;
    duration << seconds;
    c.err << fill_in(tr("Generated in {1} s"), duration.str()) << "\n";
    return 0;
}

// The subject a command names: --staff ID, or else --person ID (required).
std::pair<SubjectKind, std::string> person_or_staff(const Arguments& args) {
    if (auto staff = args.get("--staff")) return {SubjectKind::Staff, *staff};
    return {SubjectKind::Person, required_option(args, "--person")};
}

int cmd_signoff(Context& c) {
    const auto [kind, id] = person_or_staff(c.args);
    const std::string tool = required_option(c.args, "--tool");
    if (!c.templates.find(tool))
        throw NotFoundError(fill_in(tr("There is no tool '{1}' in the templates in use."), tool));
    auto store = c.open();
    const SignOff done = store->sign_off(kind, id, tool, c.args.get("--comment").value_or(""));
    c.err << sign_off_words(done, done.version) << ".\n";
    return 0;
}

int cmd_history(Context& c) {
    if (c.args.has("--assessments")) {
        const std::string workbook = c.args.get("--workbook").value_or(kDefaultWorkbook);
        auto store = c.open();
        CsvWriter csv(c.out);
        csv.row({"when", "who", "assessment", "version", "change"});
        for (const AssessmentChange& change : store->assessment_history(workbook))
            csv.row({change.when, change.who, change.date.iso(),
                     change.version ? std::to_string(change.version) : "", change_words(change.parts)});
        return 0;
    }
    const auto [kind, id] = person_or_staff(c.args);
    auto store = c.open();
    if (!store->subject(kind, id))
        throw NotFoundError(fill_in(kind == SubjectKind::Staff ? tr("No staff with id {1} in {2}.")
                                                               : tr("No person with id {1} in {2}."),
                                    id, c.db.string()));
    CsvWriter csv(c.out);
    csv.row({"when", "who", "tool", "change"});
    for (const Change& change : store->history(kind, id))
        csv.row({change.when, change.who, change.tool, change_words(change.parts)});
    return 0;
}

int cmd_audit(Context& c) {
    AuditFilter filter;
    if (auto id = c.args.get("--person")) {
        filter.kind = SubjectKind::Person;
        filter.subject = *id;
    }
    // `audit --user NAME` arrives as --by (arguments.cpp): a --user before the command word signs in.
    filter.user = c.args.get("--by").value_or("");
    if (auto text = c.args.get("--since")) {
        filter.since = Date::parse(*text);
        if (!filter.since)
            throw UsageError(fill_in(tr("--since needs a date as YYYY-MM-DD, not '{1}'"), *text));
    }
    auto store = c.open();
    CsvWriter csv(c.out);
    csv.row({"when", "user", "action", "subject", "detail"});
    for (const AuditEntry& entry : store->audit(filter))
        csv.row({entry.when, entry.user, std::string(to_string(entry.action)), entry.subject,
                 audit_detail_words(entry)});
    return 0;
}

int cmd_check(Context& c) {
    auto store = c.open();
    IntegrityReport report = store->check();
    if (report.ok()) {
        c.out << "ok\n";
        return 0;
    }
    for (const auto& problem : report.problems) c.err << problem << "\n";
    c.err << fill_in(
                 tr("{1} failed {2} check(s). Restore it from a backup, or keep a copy and ask for help."),
                 c.db.string(), report.problems.size())
          << "\n";
    return 1;
}

int cmd_backup(Context& c) {
    const fs::path target = required_option(c.args, "--out");
    auto store = c.open();
    store->backup(target);
    c.err << fill_in(tr("Backed up {1} to {2}"), c.db.string(), target.string()) << "\n";
    return 0;
}

int cmd_fix_permissions(Context& c) {
    // Opened first, so only a pcrecords database is changed and a wrong path says so.
    auto store = c.open();
    store->require(Action::Settings);
    make_store_private(StoreLocation::parse(c.args.get("--db").value_or("")));
    c.err << fill_in(tr("Only you can read {1} now."), c.db.string()) << "\n";
    return 0;
}

// Care records: one line a run when other accounts on the computer can read the database or its -wal/-shm.
void warn_if_others_can_read(const Context& c) {
    if (c.args.command == "fix-permissions") return;
    const auto readable = store_files_others_can_read(StoreLocation::parse(c.args.get("--db").value_or("")));
    if (readable.empty()) return;
    c.err << fill_in(tr("Warning: other accounts on this computer can read {1}. Run `pcrecords-cli --db {2} "
                        "fix-permissions` to make it readable by you only."),
                     readable.front().string(), c.db.string())
          << "\n";
}

}  // namespace

int run_command(const Arguments& args, std::ostream& out, std::ostream& err) {
    Date today = Date::today();
    if (auto text = args.get("--today")) {
        auto parsed = Date::parse(*text);
        if (!parsed)
            throw UsageError(
                model::fill_in(model::tr("--today needs a date as YYYY-MM-DD, not '{1}'"), *text));
        today = *parsed;
    }
    const fs::path folder =
        args.get("--templates") ? fs::path(*args.get("--templates")) : TemplateRegistry::default_folder();
    Context c{args, out, err, *args.get("--db"), today, TemplateRegistry::load(folder)};

    static const std::map<std::string, std::function<int(Context&)>> commands = {
        {"init", cmd_init},
        {"import", cmd_import},
        {"export", cmd_export},
        {"people", cmd_people},
        {"completeness", cmd_completeness},
        {"coverage", cmd_coverage},
        {"demo", cmd_demo},
        {"history", cmd_history},
        {"signoff", cmd_signoff},
        {"audit", cmd_audit},
        {"check", cmd_check},
        {"backup", cmd_backup},
        {"fix-permissions", cmd_fix_permissions},
        {"backups",
         [](Context& c) {
             return run_backups({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"restore",
         [](Context& c) {
             return run_restore({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"migrate",
         [](Context& c) {
             return run_migrate({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"settings",
         [](Context& c) {
             return run_settings({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"evidence", [](Context& c) { return run_evidence(c.args, c.today, c.templates, c.out, c.err); }},
        {"working-together",
         [](Context& c) {
             return run_working_together({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"themes",
         [](Context& c) {
             return run_themes({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"assess",
         [](Context& c) {
             return run_assess({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"scores",
         [](Context& c) {
             return run_scores({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"actions",
         [](Context& c) {
             return run_actions({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"profile",
         [](Context& c) {
             return run_profile({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"record",
         [](Context& c) {
             return run_record({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"report",
         [](Context& c) {
             return run_report({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"profiles",
         [](Context& c) {
             return run_profiles({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"user",
         [](Context& c) {
             return run_user({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"team",
         [](Context& c) {
             return run_team({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"teams",
         [](Context& c) {
             return run_teams({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"reviews-without-person",
         [](Context& c) {
             return run_reviews_without_person({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"assign",
         [](Context& c) {
             return run_assign({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"erase",
         [](Context& c) {
             return run_erase({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
        {"retention",
         [](Context& c) {
             return run_retention({c.args, c.db, c.today, c.templates, c.out, c.err});
         }},
    };
    // A command that writes says so beside the database, so a program kept waiting by it can name it.
    std::optional<PresenceFile> presence;
    if (!only_reads(args) && fs::exists(c.db)) presence.emplace(c.db, "pcrecords-cli");
    // After the command, so a file that is not a database (or a folder) is only refused, in one line.
    const int code = commands.at(args.command)(c);
    warn_if_others_can_read(c);
    return code;
}

}  // namespace pcr::cli
