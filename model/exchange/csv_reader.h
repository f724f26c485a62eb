// Reads CSV as spreadsheets write it (RFC 4180, UTF-8): quoted fields with commas, line breaks and doubled
// quotes.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pcr::model {

// One record of the file, with the line it starts on (a quoted field may run over several lines).
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;
};

struct CsvProblem {
    int line = 0;  // 1-based; 0 when the file as a whole is wrong
    std::string message;
    std::string to_string() const;  // "line 4: unknown topic '9.9' ..."
};

struct CsvReadResult {
    std::vector<CsvRecord> records;  // blank lines left out
    std::vector<CsvProblem> problems;
    bool ok() const { return problems.empty(); }
};

// The reader stops listing problems at this many.
inline constexpr std::size_t kMaxCsvProblems = 50;

// Fields are kept exactly (no trimming); records end at CRLF, LF or CR outside quotes; a UTF-8 byte order
// mark is skipped. Problems: text that is not UTF-8, NUL bytes, a quote inside an unquoted field, text after
// a closing quote, and a quoted field never closed; read_csv also a path that is missing, a folder or not a
// regular file (a device, a pipe).
CsvReadResult read_csv_text(std::string_view text);
CsvReadResult read_csv(const std::filesystem::path& file);

}  // namespace pcr::model
