// RFC 4180 CSV output.
#include "model/exchange/csv_writer.h"

namespace pcr::model {

std::string CsvWriter::field(std::string_view value) {
    const bool needs_quotes = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                              (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!needs_quotes) return std::string(value);
    std::string quoted = "\"";
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
        if (!first) out << ',';
        out << CsvWriter::field(f);
        first = false;
    }
    out << '\n';
}

}  // namespace

void CsvWriter::row(const std::vector<std::string>& fields) {
    write_row(out_, fields);
}

void CsvWriter::row(std::initializer_list<std::string_view> fields) {
    write_row(out_, fields);
}

}  // namespace pcr::model
