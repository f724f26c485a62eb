// Imports an interchange file in one pass: read, checked and written as it goes inside one transaction,
// which is committed only when the whole file is right.
#include "model/exchange/importer.h"

#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/exchange/import_pipeline.h"

namespace pcr::model {

namespace {

// The first problems are the ones worth reading; the rest are counted.
constexpr std::size_t kProblemsShown = 10;

std::string import_message(const std::filesystem::path& file,
                           const std::vector<InterchangeProblem>& problems) {
    if (problems.size() == 1 && problems.front().line == 0 && problems.front().element.empty())
        return fill_in(tr("Cannot import {1}: {2}. Nothing was changed."), file.string(),
                       problems.front().message);
    const std::size_t n = problems.size();
    // Reading stops at kMaxInterchangeProblems, so that many means there may be more.
    std::string out = fill_in(n >= kMaxInterchangeProblems
                                  ? tr_n("Cannot import {1}: at least {2} problem; nothing was changed.",
                                         "Cannot import {1}: at least {2} problems; nothing was changed.", n)
                                  : tr_n("Cannot import {1}: {2} problem; nothing was changed.",
                                         "Cannot import {1}: {2} problems; nothing was changed.", n),
                              file.string(), n);
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i)
        out += "\n" + problems[i].to_string();
    if (problems.size() > kProblemsShown)
        out += "\n" + fill_in(tr("... and {1} more"), problems.size() - kProblemsShown);
    return out;
}

}  // namespace

ImportError::ImportError(const std::filesystem::path& file, std::vector<InterchangeProblem> problems)
    : UserError(import_message(file, problems)), file_(file), problems_(std::move(problems)) {}

ImportCounts import_interchange(Store& store, const TemplateRegistry& templates,
                                const std::filesystem::path& file, const WorkbookRegistry* workbooks) {
    // Refused before the file is read, so a refusal never waits for a large file.
    store.require(Action::Import);
    // A device or pipe may never end (/dev/zero) or be gone once read: only a file is imported.
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
        !std::filesystem::is_directory(status))
        throw ImportError(file, {{0, "",
                                  tr("this is not a file but a device, pipe or socket; save the data as an "
                                     "interchange file (.xml) and import that")}});
    // Judged as they are written, so the first question about them need not read them all again.
    store.judge_by(templates);
    // Written as it is read, in one transaction that rolls back unless everything is right.
    const auto session = store.begin_import();
    InterchangeReadResult result;
    {
        // The database takes each subject on a second thread while the file's next ones are read.
        ImportPipeline pipeline(*session);
        result = stream_interchange(file, templates, pipeline, workbooks);
        // A write that failed came before any problem found later in the file, so it is what is reported,
        // as it would be had the import stopped at it.
        pipeline.finish();
    }
    if (!result.ok()) throw ImportError(file, std::move(result.problems));
    // Teams and key workers the file names but does not hold must be in the database already.
    for (const auto& reference : result.references_outside) {
        if (store.subject(reference.kind, reference.id)) continue;
        result.problems.push_back(
            {reference.line, reference.element,
             reference.kind == SubjectKind::Team
                 // TRANSLATORS: {1} is a team's id.
                 ? fill_in(tr("team {1} is neither in the file nor in the database; add a <team id=\"{1}\"> "
                              "element or add the team first (pcrecords-cli team add), or check the id"),
                           reference.id)
                 // TRANSLATORS: {1} is a staff member's id.
                 : fill_in(tr("key worker {1} is neither in the file nor in the database; add a <staff "
                              "id=\"{1}\"> element or the staff member first, or check the id"),
                           reference.id)});
    }
    if (!result.ok()) throw ImportError(file, std::move(result.problems));
    return session->commit();
}

}  // namespace pcr::model
