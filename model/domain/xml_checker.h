// Checking the program's own XML data files (tool templates, workbooks): parsing, line numbers, problems
// found.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "model/domain/template_registry.h"

namespace pcr::model {

// Ids are what the database and interchange files store, so they keep to a safe, stable alphabet:
// lower-case letters, digits and single hyphens inside.
bool valid_id(std::string_view id);

// A whole number written with digits only (and an optional minus sign, so "-1" can be reported as negative).
std::optional<long> parse_whole(std::string_view text);

// Text of an element with runs of whitespace made single spaces, so data files may wrap long lines.
std::string collapsed_text(const pugi::xml_node& node);

// "a, b, c".
std::string joined(const std::vector<std::string>& items);

// Every *.xml file directly in `folder`, sorted by file name; `ec` set when the folder cannot be listed.
std::vector<std::filesystem::path> xml_files_in(const std::filesystem::path& folder, std::error_code& ec);

// The base of a data file's parser: it keeps the file's line starts so each problem names its line, collects
// the problems, and checks what every element of these formats must have. `guide` names the document a
// reader should look at ("docs/templates.md").
class XmlChecker {
  public:
    XmlChecker(const std::string& xml, std::filesystem::path file, std::string guide);

    std::vector<TemplateProblem>& problems() { return problems_; }

  protected:
    // Parses the text into `doc`; reports malformed XML (false) and text that is not UTF-8.
    bool parse(pugi::xml_document& doc);

    int line_at(std::ptrdiff_t offset) const;
    int line_of(const pugi::xml_node& node) const { return line_at(node.offset_debug()); }
    void add(int line, std::string message);
    void add(const pugi::xml_node& node, std::string message) { add(line_of(node), std::move(message)); }

    // Reports attributes and child elements the format does not define, which are usually typing mistakes,
    // and loose text where only elements belong (`text_elements` says where the text should go).
    void check_known(const pugi::xml_node& node, std::initializer_list<std::string_view> attributes,
                     std::initializer_list<std::string_view> children, const std::string& text_elements);

    // The text of the one child element `name`; reports a repeated one, and a missing or empty one when
    // required.
    std::string child_text(const pugi::xml_node& node, const char* name, const std::string& owner,
                           bool required);

    // A true/false attribute; none when absent (or wrong, which is reported).
    std::optional<bool> read_flag(const pugi::xml_node& node, const char* name, const std::string& owner);

    const std::filesystem::path& file() const { return file_; }

  private:
    const std::string& xml_;
    std::filesystem::path file_;
    std::string guide_;
    std::vector<std::size_t> line_starts_;
    std::vector<TemplateProblem> problems_;
};

}  // namespace pcr::model
