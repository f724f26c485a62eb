// RFC 4180 CSV output, with fields a spreadsheet would run as formulas neutralised.
#include "model/exchange/csv_writer.h"

namespace pcr::model {

namespace {

// A plain number ("-3", "+1.5") is data, not a formula: spreadsheets read it as the number it is.
bool plain_number(std::string_view value) {
    std::size_t at = value.front() == '-' || value.front() == '+' ? 1 : 0;
    bool digits = false, point = false;
    for (; at < value.size(); ++at) {
        const char c = value[at];
        if (c >= '0' && c <= '9')
            digits = true;
        else if (c == '.' && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

// Spreadsheets run a cell starting with = + - @ (and some a tab or carriage return) as a formula, so a note
// such as "=HYPERLINK(...)" would act when the file is opened (CSV injection, OWASP).
bool formula_like(std::string_view value) {
    if (value.empty()) return false;
    const char c = value.front();
    const bool trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return trigger && !plain_number(value);
}

// Whether a field is written in quotes: to hold a separator, a quote, a line break or edge spaces, or to be
// neutralised.
bool needs_quotes(std::string_view value) {
    return formula_like(value) || value.find_first_of(",\"\r\n") != std::string_view::npos ||
           (!value.empty() && (value.front() == ' ' || value.back() == ' '));
}

}  // namespace

std::string CsvWriter::field(std::string_view value) {
    if (!needs_quotes(value)) return std::string(value);
    const bool neutralise = formula_like(value);
    // The single quote inside the quotes makes the spreadsheet show the text as it is, never run it.
    std::string quoted = neutralise ? "\"'" : "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

namespace {

template <class Fields>
void write_row(std::ostream& out, const Fields& fields) {
    bool first = true;
    for (const auto& f : fields) {
        if (!first) out.put(',');
        first = false;
        const std::string_view value(f);
        // Most fields need no quoting: written as they are, without a copy.
        if (!needs_quotes(value))
            out.write(value.data(), static_cast<std::streamsize>(value.size()));
        else
            out << CsvWriter::field(value);
    }
    out.put('\n');
}

}  // namespace

void CsvWriter::row(const std::vector<std::string>& fields) {
    write_row(out_, fields);
}

void CsvWriter::row(std::initializer_list<std::string_view> fields) {
    write_row(out_, fields);
}

}  // namespace pcr::model
