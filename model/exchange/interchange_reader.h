// Reads and validates an interchange file against the templates; problems name element, line and fault.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/domain/interchange.h"
#include "model/domain/template_registry.h"
#include "model/domain/workbook_registry.h"
#include "model/store/interchange_sink.h"

namespace pcr::model {

struct InterchangeProblem {
    int line = 0;                   // 1-based line in the file; 0 when the file as a whole is wrong
    std::string element;            // e.g. "<cell column=\"wrong\">"
    std::string message;            // what is wrong and what to do
    std::string to_string() const;  // "line 12: <cell column="wrong">: unknown column 'wrong' of ..."
};

// A team or key worker the file names (in teams="..." or key-worker="...") but does not hold: it must be in
// the database the file is imported into, which the importer checks.
struct InterchangeReference {
    int line = 0;
    std::string element;  // the person or staff element naming it, e.g. "<person id=\"P-1\">"
    SubjectKind kind = SubjectKind::Team;
    std::string id;
};

struct InterchangeReadResult {
    Interchange data;
    std::vector<InterchangeProblem> problems;
    std::vector<InterchangeReference> references_outside;  // in the order the file gives them
    bool ok() const { return problems.empty(); }
};

// The reader stops listing problems at this many: enough to fix a file in a few rounds.
inline constexpr std::size_t kMaxInterchangeProblems = 50;

// With `workbooks`, each assessment's workbook must be one of them and its topics must be in that workbook;
// without, topics are checked only for their form (1.3).
InterchangeReadResult read_interchange(const std::filesystem::path& file, const TemplateRegistry& templates,
                                       const WorkbookRegistry* workbooks = nullptr);
InterchangeReadResult read_interchange_text(const std::string& xml, const TemplateRegistry& templates,
                                            const WorkbookRegistry* workbooks = nullptr);
// Reads the file in one pass, a piece at a time, handing each subject and assessment to `sink` as it is read
// while no problem has been found (after the first, it reads on only to list problems), so memory does not
// grow with the file. The result's data stays empty; its problems and references are as read_interchange's.
// What `sink` throws ends the reading and is thrown on.
InterchangeReadResult stream_interchange(const std::filesystem::path& file, const TemplateRegistry& templates,
                                         InterchangeSink& sink, const WorkbookRegistry* workbooks = nullptr);

}  // namespace pcr::model
