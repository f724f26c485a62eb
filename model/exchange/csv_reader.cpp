// RFC 4180 CSV parsing with line numbers, so a wrong file is reported where it is wrong.
#include "model/exchange/csv_reader.h"

#include <fstream>
#include <sstream>

#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

std::string CsvProblem::to_string() const {
    return line > 0 ? fill_in(tr("line {1}: {2}"), line, message) : message;
}

namespace {

class Parser {
  public:
    explicit Parser(std::string_view text) : text_(text) {}

    CsvReadResult run() {
        if (text_.size() >= 2 &&
            ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF))) {
            add(0, tr("the file is UTF-16; save it as CSV UTF-8"));
            return std::move(result_);
        }
        if (text_.starts_with("PK\x03\x04")) {
            add(0, tr("this is a zip file, as a workbook saved from a spreadsheet (.xlsx, .ods) is, not CSV; "
                      "save the sheet as CSV UTF-8"));
            return std::move(result_);
        }
        if (text_.starts_with("\xEF\xBB\xBF")) at_ = 3;
        if (!check_encoding()) return std::move(result_);
        while (at_ < text_.size() && !full()) read_record();
        return std::move(result_);
    }

  private:
    std::string_view text_;
    std::size_t at_ = 0;
    int line_ = 1;
    CsvReadResult result_;

    unsigned char byte(std::size_t i) const { return static_cast<unsigned char>(text_[i]); }
    bool full() const { return result_.problems.size() >= kMaxCsvProblems; }
    void add(int line, std::string message) {
        if (!full()) result_.problems.push_back({line, std::move(message)});
    }

    // Every line must be UTF-8 text before fields mean anything; report each line that is not.
    bool check_encoding() {
        bool ok = true;
        int line = 1;
        for (std::size_t start = at_; start <= text_.size() && !full(); ++line) {
            auto end = text_.find('\n', start);
            if (end == std::string_view::npos) end = text_.size();
            const std::string_view part = text_.substr(start, end - start);
            if (part.find('\0') != std::string_view::npos) {
                add(line, tr("the line holds a NUL byte; this is not a text file saved as CSV UTF-8"));
                ok = false;
            } else if (!is_valid_utf8(part)) {
                add(line,
                    tr("the line is not valid UTF-8; save the file as CSV UTF-8 (it may be in Latin-1 or "
                       "Windows-1252)"));
                ok = false;
            }
            start = end + 1;
        }
        return ok;
    }

    bool at_line_end() const { return at_ >= text_.size() || text_[at_] == '\n' || text_[at_] == '\r'; }

    // Steps over one line break (CRLF, LF or CR), counting it.
    void end_line() {
        if (at_ < text_.size() && text_[at_] == '\r') ++at_;
        if (at_ < text_.size() && text_[at_] == '\n') ++at_;
        ++line_;
    }

    // After a problem the rest of the physical line is skipped, so one mistake is reported once.
    void skip_line() {
        while (!at_line_end()) ++at_;
        end_line();
    }

    void read_record() {
        CsvRecord record{line_, {}};
        while (true) {
            std::string field;
            if (at_ < text_.size() && text_[at_] == '"') {
                if (!read_quoted(field, record)) return;
            } else {
                while (!at_line_end() && text_[at_] != ',') {
                    if (text_[at_] == '"') {
                        add(line_,
                            fill_in(
                                tr("a quote inside field {1}, which does not start with one; put the whole "
                                   "field in quotes and double the quote inside (\"\")"),
                                record.fields.size() + 1));
                        skip_line();
                        return;
                    }
                    field += text_[at_++];
                }
            }
            record.fields.push_back(std::move(field));
            if (at_ < text_.size() && text_[at_] == ',') {
                ++at_;
                continue;
            }
            end_line();
            break;
        }
        if (record.fields.size() == 1 && record.fields[0].empty()) return;  // a blank line
        result_.records.push_back(std::move(record));
    }

    // A field in quotes; false (with a problem) when it is never closed or text follows the closing quote.
    bool read_quoted(std::string& field, const CsvRecord& record) {
        const int opened = line_;
        ++at_;
        while (true) {
            if (at_ >= text_.size()) {
                add(opened,
                    fill_in(tr("field {1} opens a quote that is never closed; add the closing quote (\")"),
                            record.fields.size() + 1));
                at_ = text_.size();
                return false;
            }
            const char c = text_[at_];
            if (c == '"') {
                if (at_ + 1 < text_.size() && text_[at_ + 1] == '"') {
                    field += '"';
                    at_ += 2;
                    continue;
                }
                ++at_;
                break;
            }
            if (c == '\r' || c == '\n') {
                // A line break inside quotes belongs to the field; CRLF is kept as it was written.
                field += c;
                if (c == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') field += text_[++at_];
                ++at_;
                ++line_;
                continue;
            }
            field += c;
            ++at_;
        }
        if (!at_line_end() && text_[at_] != ',') {
            add(line_,
                fill_in(tr("text after the closing quote of field {1}; put the whole field in quotes and "
                           "double any quote inside it (\"\")"),
                        record.fields.size() + 1));
            skip_line();
            return false;
        }
        return true;
    }
};

}  // namespace

CsvReadResult read_csv_text(std::string_view text) {
    return Parser(text).run();
}

CsvReadResult read_csv(const std::filesystem::path& file) {
    std::error_code error;
    CsvReadResult result;
    if (!std::filesystem::exists(file, error)) {
        result.problems.push_back({0, tr("the file does not exist; check its name and folder")});
        return result;
    }
    if (std::filesystem::is_directory(file, error)) {
        result.problems.push_back({0, tr("this is a folder; choose a .csv file inside it")});
        return result;
    }
    // A device or pipe may never end (/dev/zero): only a file is read, whole.
    if (!std::filesystem::is_regular_file(file, error)) {
        result.problems.push_back(
            {0, tr("this is not a file but a device, pipe or socket; save the data as a .csv file and give "
                   "that")});
        return result;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream contents;
    if (in) contents << in.rdbuf();
    if (!in.is_open() || in.bad()) {
        result.problems.push_back({0, tr("the file cannot be read; check that you may open it")});
        return result;
    }
    return read_csv_text(contents.str());
}

}  // namespace pcr::model
