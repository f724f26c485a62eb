// Export by file name: the extension picks the writer, and every file is written whole or not at all.
#include "model/export/exporter.h"

#include <sstream>

#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/exchange/interchange_writer.h"
#include "model/exchange/score_csv.h"
#include "model/export/atomic_file.h"
#include "model/export/html_exporter.h"
#include "model/export/profile_pdf.h"
#include "model/export/record_pdf.h"
#include "model/export/report_pdf.h"
#include "model/export/whole_record.h"
#include "model/export/workbook_report.h"
#include "model/rules/change_words.h"

namespace fs = std::filesystem;

namespace pcr::model {

namespace {

// Everything the store keeps about the subject besides what is current: for the subject access copy, which
// must hold text that a later save replaced as well as what is there now.
SubjectHistory subject_history(const Store& store, SubjectKind kind, const std::string& id) {
    SubjectHistory history;
    history.kind = kind;
    history.id = id;
    history.details = store.subject_versions(kind, id);
    for (const auto& current : store.records(kind, id))
        for (int version = 1; version < current.version; ++version)
            if (auto earlier = store.record_at(kind, id, current.tool, version)) {
                earlier->version = version;
                history.records.push_back(std::move(*earlier));
            }
    for (const auto& change : store.history(kind, id))
        history.changes.push_back(HistoryLine{change.when, change.who, change.tool, change.version,
                                              display_dates_in(change_words(change.parts))});
    return history;
}

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// ".pdf or .html", ".pdf, .html or .xml".
std::string extension_list(const std::vector<ExportFormat>& allowed) {
    std::string list;
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i > 0) list += i + 1 == allowed.size() ? tr(" or ") : tr(", ");
        list += file_extension(allowed[i]);
    }
    return list;
}

// "Wrote Mo's whole record to /home/ann/mo.pdf (3 pages)": the whole path, so the user can find it.
std::string written_words(const std::string& what, const fs::path& file, int pages) {
    // TRANSLATORS: {1} is what was written ("Mo's whole record"), {2} the file, {3} how many pages.
    if (pages > 0)
        return fill_in(tr_n("Wrote {1} to {2} ({3} page)", "Wrote {1} to {2} ({3} pages)",
                            static_cast<unsigned long>(pages)),
                       what, file.string(), pages);
    return fill_in(tr("Wrote {1} to {2}"), what, file.string());
}

}  // namespace

std::string_view file_extension(ExportFormat format) {
    switch (format) {
        case ExportFormat::Pdf:
            return ".pdf";
        case ExportFormat::Html:
            return ".html";
        case ExportFormat::Xml:
            return ".xml";
        case ExportFormat::Csv:
            return ".csv";
    }
    return "";
}

ExportFormat export_format(const fs::path& file, const std::vector<ExportFormat>& allowed) {
    std::string extension = lower_ascii(file.extension().string());
    // ".htm" is how some systems name HTML; it is the same format.
    if (extension == ".htm") extension = ".html";
    for (ExportFormat format : allowed)
        if (extension == file_extension(format)) return format;
    throw UserError(fill_in(tr("Cannot export to {1}: use {2}."), file.string(), extension_list(allowed)));
}

void write_text_export(const fs::path& file, const std::string& text) {
    write_whole_file(file, [&](TemporaryFile& out) { out.write(text); });
}

ExportResult export_profile(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                            const std::string& id, const fs::path& file) {
    store.require(Action::ExportProfile);
    const ExportFormat format = export_format(file, {ExportFormat::Pdf, ExportFormat::Html});
    const ProfilePage page = profile_page(store, templates, kind, id);
    ExportResult result{
        file,
        0,
        {},
        written_words(fill_in(tr("{1}'s one-page profile"), page.subject.display_name()), file, 0)};
    if (format == ExportFormat::Pdf) {
        const ProfileFit fit = write_profile_pdf(page, file);
        result.pages = 1;
        result.warning = fit.message();
    } else {
        write_text_export(file, HtmlExporter::load(HtmlExporter::folder_for(templates)).profile(page));
    }
    return result;
}

ExportResult export_record(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                           const std::string& id, const Date& today, const fs::path& file) {
    store.require(Action::ExportWholeRecord);
    const ExportFormat format =
        export_format(file, {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Xml});
    ExportResult result{file, 0, {}, {}};
    if (format == ExportFormat::Xml) {
        // Names an unknown id before anything is written.
        const Subject subject = existing_subject(store, kind, id);
        write_text_export(
            file, write_subject_access_text(store.export_subject(kind, id), subject_history(store, kind, id),
                                            templates, utc_stamp_now()));
        result.summary = written_words(
            fill_in(tr("{1}'s records as an interchange file"), subject.display_name()), file, 0);
        return result;
    }
    const WholeRecord record = whole_record(store, templates, kind, id, today);
    if (format == ExportFormat::Pdf)
        result.pages = write_record_pdf(record, file);
    else
        write_text_export(file, HtmlExporter::load(HtmlExporter::folder_for(templates)).record(record));
    result.summary =
        written_words(fill_in(tr("{1}'s whole record"), record.subject.display_name()), file, result.pages);
    return result;
}

ExportResult export_report(const Store& store, const TemplateRegistry& templates, const Workbook& workbook,
                           const std::optional<Date>& date, const fs::path& file) {
    const ExportFormat format =
        export_format(file, {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Csv});
    const WorkbookReport report = workbook_report(store, workbook, date, &templates);
    ExportResult result{file, 0, {}, {}};
    if (format == ExportFormat::Pdf) {
        result.pages = write_report_pdf(report, file);
    } else if (format == ExportFormat::Html) {
        write_text_export(file, HtmlExporter::load(HtmlExporter::folder_for(templates)).report(report));
    } else {
        std::ostringstream csv;
        write_scores_csv(csv, report.sheet);
        write_text_export(file, csv.str());
    }
    // TRANSLATORS: {1} is a workbook's title, {2} the day of its assessment.
    result.summary =
        written_words(fill_in(format == ExportFormat::Csv ? tr("the scores of the {1} assessment of {2}")
                                                          : tr("the report of the {1} assessment of {2}"),
                              workbook.title, display_date(report.assessment.date)),
                      file, result.pages);
    return result;
}

}  // namespace pcr::model
