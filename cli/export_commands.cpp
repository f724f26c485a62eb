// The profile, record, report and profiles commands: check the file name, call the model's exporter, say on
// stderr what was written.
#include "cli/export_commands.h"

#include <ostream>
#include <system_error>

#include "cli/open_database.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/workbook_registry.h"
#include "model/export/bulk_export.h"
#include "model/export/export_audit.h"
#include "model/export/exporter.h"

namespace pcr::cli {

namespace {

using namespace pcr::model;
namespace fs = std::filesystem;

// Every this many files, the profiles command says how far it is.
constexpr long kProgressEvery = 100;

std::string required_out(const CommandContext& c) {
    const auto value = c.args.get("--out");
    if (!value || value->empty()) throw UsageError(fill_in(tr("{1} needs --out FILE"), c.args.command));
    return *value;
}

// The format of --out, checked before the database is opened: a wrong extension is a usage error.
ExportFormat out_format(const fs::path& file, const std::vector<ExportFormat>& allowed) {
    try {
        return export_format(file, allowed);
    } catch (const UserError& e) {
        throw UsageError(e.what());
    }
}

std::string pages_words(int pages) {
    if (pages <= 0) return "";
    return fill_in(tr_n(" ({1} page)", " ({1} pages)", static_cast<unsigned long>(pages)), pages);
}

// The person with `id`, or else the staff member; ids of the two kinds look different in practice, and a
// person comes first when they do not.
Subject find_subject(const Store& store, const std::string& id, const fs::path& db) {
    if (auto person = store.subject(SubjectKind::Person, id)) return *person;
    if (auto staff = store.subject(SubjectKind::Staff, id)) return *staff;
    throw NotFoundError(
        fill_in(tr("No person or staff member with id {1} in {2}. `pcrecords-cli --db FILE people "
                   "--all` lists the people's ids."),
                id, db.string()));
}

// A line on stderr every hundred files, so a long export shows it is alive.
class EveryHundred final : public Progress {
  public:
    explicit EveryHundred(std::ostream& err) : err_(err) {}
    bool update(long done, long total, const std::string& what) override {
        if (done % kProgressEvery == 0 && done < total)
            err_ << fill_in(tr("Exported {1} of {2} profiles ({3})"), grouped(done), grouped(total), what)
                 << "\n";
        return true;
    }

  private:
    std::ostream& err_;
};

}  // namespace

int run_profile(const CommandContext& c) {
    const fs::path file = required_out(c);
    const ExportFormat format = out_format(file, {ExportFormat::Pdf, ExportFormat::Html});
    const auto store = open_database(c.args);
    const Subject subject = find_subject(*store, c.args.positional.at(0), c.db);
    wait_until_exports_can_be_recorded(*store);
    const ExportResult result = export_profile(*store, c.templates, subject.kind, subject.id, file);
    record_exports(*store, {export_event(&subject, "profile", format)}, {file}, c.args, c.err);
    c.err << fill_in(tr("Wrote the one-page profile of {1} {2} to {3}"), subject.id, subject.display_name(),
                     file.string())
          << "\n";
    if (!result.warning.empty()) c.err << result.warning << "\n";
    return 0;
}

int run_record(const CommandContext& c) {
    const fs::path file = required_out(c);
    const ExportFormat format = out_format(file, {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Xml});
    const auto store = open_database(c.args);
    const Subject subject = find_subject(*store, c.args.positional.at(0), c.db);
    wait_until_exports_can_be_recorded(*store);
    const ExportResult result = export_record(*store, c.templates, subject.kind, subject.id, c.today, file);
    record_exports(*store, {export_event(&subject, "record", format)}, {file}, c.args, c.err);
    // TRANSLATORS: {4} is " (3 pages)" or empty.
    c.err << fill_in(tr("Wrote the whole record of {1} {2} to {3}{4}"), subject.id, subject.display_name(),
                     file.string(), pages_words(result.pages))
          << "\n";
    return 0;
}

int run_report(const CommandContext& c) {
    const fs::path file = required_out(c);
    const ExportFormat format = out_format(file, {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Csv});
    std::optional<Date> date;
    if (const auto text = c.args.get("--date")) {
        date = Date::parse(*text);
        if (!date) throw UsageError(fill_in(tr("--date needs a date as YYYY-MM-DD, not '{1}'"), *text));
    }
    const auto workbooks = WorkbookRegistry::load(WorkbookRegistry::default_folder(), c.templates);
    const Workbook& workbook = workbooks.get(c.args.get("--workbook").value_or(kDefaultWorkbook));
    const auto store = open_database(c.args);
    wait_until_exports_can_be_recorded(*store);
    const ExportResult result = export_report(*store, c.templates, workbook, date, file);
    record_exports(*store, {export_event(nullptr, "report", format)}, {file}, c.args, c.err);
    c.err << (date ? fill_in(tr("Wrote the {1} report of {2} to {3}{4}"), workbook.id, date->iso(),
                             file.string(), pages_words(result.pages))
                   : fill_in(tr("Wrote the {1} report to {2}{3}"), workbook.id, file.string(),
                             pages_words(result.pages)))
          << "\n";
    return 0;
}

int run_profiles(const CommandContext& c) {
    const fs::path folder = required_out(c);
    const std::string format_name = c.args.get("--format").value_or("pdf");
    if (format_name != "pdf" && format_name != "html")
        throw UsageError(fill_in(tr("--format can be pdf or html, not '{1}'"), format_name));
    const ExportFormat format = format_name == "pdf" ? ExportFormat::Pdf : ExportFormat::Html;

    const auto store = open_database(c.args);
    SubjectQuery query;
    query.search = c.args.get("--search").value_or("");
    query.include_archived = c.args.has("--include-archived");
    const SubjectKind kind = c.args.has("--staff") ? SubjectKind::Staff : SubjectKind::Person;
    const std::vector<Subject> subjects = store->subjects(kind, query);
    if (subjects.empty()) {
        const bool staff = kind == SubjectKind::Staff;
        if (query.search.empty())
            c.err << (staff ? tr("No staff; no profiles written.") : tr("No people; no profiles written."));
        else
            c.err << fill_in(staff ? tr("No staff match '{1}'; no profiles written.")
                                   : tr("No people match '{1}'; no profiles written."),
                             query.search);
        c.err << "\n";
        return 0;
    }

    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec && !fs::is_directory(folder))
        throw UserError(fill_in(tr("Cannot create the folder {1}: {2}. Choose a folder you can write to."),
                                folder.string(), ec.message()));
    EveryHundred progress(c.err);
    wait_until_exports_can_be_recorded(*store);
    const BulkExportResult result =
        export_profiles(*store, c.templates, subjects, folder, format, progress,
                        c.args.has("--include-empty") ? EmptyProfiles::Include : EmptyProfiles::Skip);

    record_exports(*store, bulk_export_events(subjects, result, format), result.written, c.args, c.err);

    c.err << result.summary();
    if (!result.warnings.empty())
        c.err << fill_in(tr(" ({1} too long for one page; see warnings)"),
                         grouped(static_cast<long>(result.warnings.size())));
    c.err << "\n";
    if (!result.skipped.empty())
        c.err << fill_in(tr("{1}. --include-empty writes an empty page for each."), result.skipped_summary())
              << "\n";
    for (const std::string& warning : result.warnings) c.err << fill_in(tr("Warning: {1}"), warning) << "\n";
    return 0;
}

}  // namespace pcr::cli
