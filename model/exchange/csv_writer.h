// Writes CSV that spreadsheets open as it is: UTF-8, RFC 4180 quoting, one header row, no formulas.
#pragma once

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace pcr::model {

class CsvWriter {
  public:
    explicit CsvWriter(std::ostream& out) : out_(out) {}

    void row(const std::vector<std::string>& fields);
    void row(std::initializer_list<std::string_view> fields);

    // A field quoted when it holds a comma, a quote, a line break or leading/trailing spaces; quotes doubled.
    // A field starting with = + - @, a tab or a carriage return (other than a plain number such as -3) is
    // quoted with a single quote first, so a spreadsheet shows it as text instead of running it as a formula.
    static std::string field(std::string_view value);

  private:
    std::ostream& out_;
};

}  // namespace pcr::model
