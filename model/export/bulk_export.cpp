// One-page profiles for many subjects into a folder: safe file names, whole files, people without a profile
// skipped and named, progress and cancel.
#include "model/export/bulk_export.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <future>
#include <optional>
#include <set>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/export/html_exporter.h"
#include "model/export/profile_page.h"
#include "model/export/profile_pdf.h"
#include "model/export/worker_threads.h"

namespace fs = std::filesystem;

namespace pcr::model {

namespace {

// Room for the extension and a " (2)" within the 255 bytes most file systems allow, with a margin for
// folders that add their own limits (zip files, cloud sync).
constexpr std::size_t kMaxStemBytes = 120;

bool refused_in_file_names(unsigned char c) {
    switch (c) {
        case '/':
        case '\\':
        case ':':
        case '*':
        case '?':
        case '"':
        case '<':
        case '>':
        case '|':
            return true;
        default:
            return c < 0x20 || c == 0x7f;
    }
}

// `text` with the characters no file system takes (and control characters, C1 included) made '_'; other
// UTF-8 passes through, so names in every script stay readable.
std::string safe_characters(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (c == 0xc2 && next >= 0x80 && next <= 0x9f) {
            out += '_';
            ++i;
        } else {
            out += refused_in_file_names(c) ? '_' : static_cast<char>(c);
        }
    }
    return out;
}

// At most `limit` bytes of UTF-8 `text`, cut before a character rather than inside one.
std::string utf8_prefix(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xc0) == 0x80) --end;
    return text.substr(0, end);
}

// Without spaces at either end and dots at the end (Windows drops them), and with no leading dot (a hidden
// file on Linux and macOS).
std::string tidy_ends(std::string stem) {
    const auto last = stem.find_last_not_of(" .");
    stem.erase(last == std::string::npos ? 0 : last + 1);
    const auto first = stem.find_first_not_of(' ');
    stem.erase(0, first == std::string::npos ? stem.size() : first);
    if (!stem.empty() && stem.front() == '.') stem.front() = '_';
    return stem;
}

// The file name for `subject`, made unique among `used` by " (2)", " (3)"... when two subjects' ids only
// differ in characters a file name cannot hold.
std::string unique_file_name(const Subject& subject, ExportFormat format, std::set<std::string>& used) {
    std::string name = export_file_name(subject, format);
    if (used.insert(name).second) return name;
    const std::string stem = name.substr(0, name.size() - file_extension(format).size());
    for (int n = 2;; ++n) {
        name = stem + " (" + std::to_string(n) + ")" + std::string(file_extension(format));
        if (used.insert(name).second) return name;
    }
}

// "1 person", "2 people", "1 staff member", "3 staff members".
std::string subjects_words(long n, SubjectKind kind) {
    const auto count = static_cast<unsigned long>(n);
    return fill_in(kind == SubjectKind::Person ? tr_n("{1} person", "{1} people", count)
                                               : tr_n("{1} staff member", "{1} staff members", count),
                   grouped(n));
}

std::string profiles_words(long n) {
    return fill_in(tr_n("{1} one-page profile", "{1} one-page profiles", static_cast<unsigned long>(n)),
                   grouped(n));
}

// Names listed in a message before the rest are counted.
constexpr std::size_t kNamesListed = 10;

// What became of the files before a failed one, for its message.
std::string earlier_files(std::size_t written, const fs::path& folder) {
    if (written == 0) return tr("No profile was written.");
    if (written == 1)
        return fill_in(tr("The profile written before it is whole and stays in {1}."), folder.string());
    return fill_in(tr_n("The {1} profile written before it is whole and stays in {2}.",
                        "The {1} profiles written before it are whole and stay in {2}.", written),
                   written, folder.string());
}

// Threads drawing PDF pages at most: each loads fonts of its own (about 10 ms and a few megabytes), and more
// than four have not been measured.
constexpr unsigned kMostThreads = 4;

// One subject of a bulk export from when it is read until its outcome is taken.
struct Pending {
    const Subject* subject = nullptr;
    std::string who;  // "P-0001 Mo Khan", for progress and messages
    bool skipped = false;
    std::filesystem::path file;          // where its page goes; empty when skipped or it failed before
    std::future<ProfileFit> fit;         // a PDF page being drawn on a worker thread
    std::optional<std::string> failure;  // why reading or writing it failed
};

bool ready(const Pending& p) {
    return !p.fit.valid() || p.fit.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

// Waits for the pages still being drawn and removes the files of those written, since the result does not
// list them.
void drop_unreported(std::deque<Pending>& pending) {
    for (Pending& p : pending) {
        bool written = !p.skipped && !p.failure && !p.file.empty();
        if (p.fit.valid()) {
            try {
                p.fit.get();
            } catch (const Error&) {
                written = false;  // and write_whole_file has removed its temporary
            }
        }
        std::error_code ignored;
        if (written) fs::remove(p.file, ignored);
    }
    pending.clear();
}

}  // namespace

std::string export_file_name(const Subject& subject, ExportFormat format) {
    std::string stem = tidy_ends(safe_characters(subject.id));
    const std::string name = tidy_ends(safe_characters(subject.name));
    if (!name.empty()) stem += (stem.empty() ? "" : " ") + name;
    stem = tidy_ends(utf8_prefix(stem, kMaxStemBytes));
    if (stem.empty()) stem = "_";
    return stem + std::string(file_extension(format));
}

std::string BulkExportResult::summary() const {
    const long written_count = static_cast<long>(written.size());
    // TRANSLATORS: {1} is "3 one-page profiles", {2} a folder.
    if (!cancelled) return fill_in(tr("Wrote {1} to {2}"), profiles_words(written_count), folder.string());
    const long done = written_count + static_cast<long>(skipped.size());
    return fill_in(tr("Stopped after {1} of {2}: wrote {3} to {4}"), grouped(done), grouped(listed),
                   profiles_words(written_count), folder.string());
}

std::string BulkExportResult::skipped_summary() const {
    if (skipped.empty()) return {};
    std::string names;
    const std::size_t named = std::min(skipped.size(), kNamesListed);
    for (std::size_t i = 0; i < named; ++i)
        names += (i ? ", " : "") + skipped[i].display_name() + " (" + skipped[i].id + ")";
    if (named < skipped.size())
        names = fill_in(tr("{1} and {2} more"), names, grouped(static_cast<long>(skipped.size() - named)));
    // TRANSLATORS: {1} is "2 people" or "1 staff member", {2} their names.
    return fill_in(tr("Skipped {1} with no one-page profile: {2}"),
                   subjects_words(static_cast<long>(skipped.size()), skipped.front().kind), names);
}

BulkExportResult export_profiles(const Store& store, const TemplateRegistry& templates,
                                 const std::vector<Subject>& subjects, const fs::path& folder,
                                 ExportFormat format, Progress& progress, EmptyProfiles empty) {
    store.require(Action::BulkExport);
    if (format != ExportFormat::Pdf && format != ExportFormat::Html)
        throw UserError(
            fill_in(tr("One-page profiles are exported as .pdf or .html, not {1}."), file_extension(format)));
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw UserError(
            fill_in(tr("Cannot export the profiles to {1}: there is no such folder. Create it or choose "
                       "another."),
                    folder.string()));
    // Read and checked once: a bad template stops the export before any file is written.
    std::optional<HtmlExporter> html;
    if (format == ExportFormat::Html) html = HtmlExporter::load(HtmlExporter::folder_for(templates));

    BulkExportResult result;
    result.folder = folder;
    std::set<std::string> used;
    const long total = static_cast<long>(subjects.size());
    result.listed = total;
    // PDF pages are drawn and written on worker threads while this thread reads the next people from the
    // store; the outcomes are taken in the people's order, so progress, the result and any failure read as
    // if one page were written after another.
    const unsigned threads = WorkerThreads::per_processor(kMostThreads);
    std::optional<WorkerThreads> workers;
    if (!html) workers.emplace(threads);
    const std::size_t ahead = 2 * threads;  // pages read and not yet taken, at most: a bound on memory
    std::deque<Pending> pending;
    long finished = 0;
    // Takes the oldest outcome; false when progress asks to stop.
    const auto finish_oldest = [&] {
        Pending p = std::move(pending.front());
        pending.pop_front();
        if (p.fit.valid()) {
            try {
                const ProfileFit fit = p.fit.get();
                if (fit.continued()) result.warnings.push_back(p.who + ": " + fit.message());
            } catch (const Error& e) {
                p.failure = e.what();
            }
        }
        if (p.failure)
            // TRANSLATORS: {1} is who ("P-001 Alice Smith"), {2} the reason, {3} what became of the files
            // before.
            throw UserError(p.file.empty() ? fill_in(tr("Cannot export the profile of {1}: {2} {3}"), p.who,
                                                     *p.failure, earlier_files(result.written.size(), folder))
                                           : fill_in(tr("Cannot export the profile of {1} to {2}: {3} {4}"),
                                                     p.who, p.file.string(), *p.failure,
                                                     earlier_files(result.written.size(), folder)));
        if (p.skipped)
            result.skipped.push_back(*p.subject);
        else
            result.written.push_back(p.file);
        return progress.update(++finished, total, p.who);
    };
    bool stopped = false;
    bool failed = false;  // someone's page failed on this thread: no one after them is read
    try {
        for (long i = 0; i < total && !stopped && !failed; ++i) {
            Pending& p = pending.emplace_back();
            p.subject = &subjects[static_cast<std::size_t>(i)];
            p.who = p.subject->id + " " + p.subject->display_name();
            try {
                ProfilePage page = profile_page(store, templates, p.subject->kind, p.subject->id);
                if (page.empty() && empty == EmptyProfiles::Skip) {
                    p.skipped = true;
                } else {
                    p.file = folder / unique_file_name(*p.subject, format, used);
                    if (html)
                        write_text_export(p.file, html->profile(page));
                    else
                        p.fit = workers->run([page = std::move(page), file = p.file] {
                            return write_profile_pdf(page, file);
                        });
                }
            } catch (const Error& e) {
                p.failure = e.what();
                failed = true;
            }
            while (!pending.empty() && (pending.size() > ahead || ready(pending.front())))
                if (!finish_oldest()) {
                    stopped = true;
                    break;
                }
        }
        while (!stopped && !pending.empty()) stopped = !finish_oldest();
    } catch (...) {
        drop_unreported(pending);
        throw;
    }
    // Pages already drawn for people after a stop are not kept: the folder holds what the result lists.
    drop_unreported(pending);
    result.cancelled = stopped && finished < total;
    return result;
}

}  // namespace pcr::model
