// Feeds arbitrary bytes to the readers of files a user gives: the interchange reader and importer, the CSV
// reader with the assessment rows, and the template loader.
#include "fuzz_entry_points.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "model/backends/open_store.h"
#include "model/core/errors.h"
#include "model/domain/template_registry.h"
#include "model/domain/workbook_registry.h"
#include "model/exchange/assessment_csv.h"
#include "model/exchange/csv_reader.h"
#include "model/exchange/importer.h"
#include "model/exchange/interchange_reader.h"

namespace pcr::fuzz {

namespace {

namespace fs = std::filesystem;
using namespace pcr::model;

const TemplateRegistry& templates() {
    static const TemplateRegistry registry = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
    return registry;
}

const WorkbookRegistry& workbooks() {
    static const WorkbookRegistry registry =
        WorkbookRegistry::load(fs::path(PCR_SOURCE_DATA) / "workbooks", templates());
    return registry;
}

// A problem is there to be read: one without words, or with a line before the file's start, is a fault.
template <class Problems>
void check_problems(const Problems& problems) {
    for (const auto& problem : problems)
        if (problem.message.empty() || problem.line < 0) std::abort();
}

void write_file(const fs::path& file, std::string_view bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) std::abort();
}

// A folder of this process's own, with a database holding the tests' small caseload made once; each input
// is imported into a fresh copy of it.
class ImportBench {
  public:
    ImportBench() {
        folder_ = fs::temp_directory_path() / ("pcr-fuzz-import-" + std::to_string(getpid()));
        fs::remove_all(folder_);
        fs::create_directories(folder_);
        pristine_ = folder_ / "pristine.db";
        const auto store = open_store(pristine_, Principal("fuzz"), OpenMode::CreateIfMissing);
        import_interchange(*store, templates(), fs::path(PCR_SOURCE_TESTS) / "data" / "caseload.xml",
                           &workbooks());
    }
    ~ImportBench() {
        std::error_code ignored;
        fs::remove_all(folder_, ignored);
    }

    void run(std::string_view bytes) {
        const fs::path db = folder_ / "work.db", input = folder_ / "input.xml";
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
        fs::copy_file(pristine_, db);
        write_file(input, bytes);
        const auto store = open_store(db, Principal("fuzz"));
        try {
            import_interchange(*store, templates(), input, &workbooks());
        } catch (const ImportError& e) {
            if (e.problems().empty()) std::abort();
            check_problems(e.problems());
        } catch (const pcr::Error&) {
        }
    }

  private:
    fs::path folder_;
    fs::path pristine_;
};

}  // namespace

void interchange_reader(std::string_view bytes) {
    try {
        const auto result = read_interchange_text(std::string(bytes), templates(), &workbooks());
        check_problems(result.problems);
        if (result.problems.size() > kMaxInterchangeProblems) std::abort();
    } catch (const pcr::Error&) {
    }
}

void importer(std::string_view bytes) {
    static ImportBench bench;
    bench.run(bytes);
}

void csv_reader(std::string_view bytes) {
    const CsvReadResult csv = read_csv_text(bytes);
    check_problems(csv.problems);
    if (csv.problems.size() > kMaxCsvProblems) std::abort();
    for (const auto& record : csv.records)
        if (record.line < 1 || record.fields.empty()) std::abort();
    const Workbook& workbook = workbooks().get(kDefaultWorkbook);
    check_problems(read_score_rows(csv, workbook).problems);
    check_problems(read_action_rows(csv, workbook).problems);
}

void template_loader(std::string_view bytes) {
    const TemplateParseResult parsed = parse_tool_template_text(std::string(bytes), "fuzz.xml");
    check_problems(parsed.problems);
    if (!parsed.ok()) return;
    TemplateRegistry registry = templates();
    try {
        registry.add(*parsed.tool);
    } catch (const TemplateError&) {
        // An id or a role the shipped templates have already: refused, as it should be.
    }
}

EntryPoint entry_point(std::string_view target) {
    if (target == "interchange_reader") return &interchange_reader;
    if (target == "importer") return &importer;
    if (target == "csv_reader") return &csv_reader;
    if (target == "template_loader") return &template_loader;
    return nullptr;
}

}  // namespace pcr::fuzz
