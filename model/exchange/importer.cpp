// Imports an interchange file: every problem is found before the store is touched, then one all-or-nothing
// write.
#include "model/exchange/importer.h"

namespace pcr::model {

namespace {

// The first problems are the ones worth reading; the rest are counted.
constexpr std::size_t kProblemsShown = 10;

std::string import_message(const std::filesystem::path& file,
                           const std::vector<InterchangeProblem>& problems) {
    const std::string head = "Cannot import " + file.string() + ": ";
    if (problems.size() == 1 && problems.front().line == 0 && problems.front().element.empty())
        return head + problems.front().message + ". Nothing was changed.";
    const std::string count = (problems.size() >= kMaxInterchangeProblems ? "at least " : "") +
                              std::to_string(problems.size()) +
                              (problems.size() == 1 ? " problem" : " problems");
    std::string out = head + count + "; nothing was changed.";
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i)
        out += "\n" + problems[i].to_string();
    if (problems.size() > kProblemsShown)
        out += "\n... and " + std::to_string(problems.size() - kProblemsShown) + " more";
    return out;
}

}  // namespace

ImportError::ImportError(const std::filesystem::path& file, std::vector<InterchangeProblem> problems)
    : UserError(import_message(file, problems)), file_(file), problems_(std::move(problems)) {}

ImportCounts import_interchange(Store& store, const TemplateRegistry& templates,
                                const std::filesystem::path& file, const WorkbookRegistry* workbooks) {
    auto result = read_interchange(file, templates, workbooks);
    if (!result.ok()) throw ImportError(file, std::move(result.problems));
    return store.import(result.data);
}

}  // namespace pcr::model
