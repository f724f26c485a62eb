// Test helpers for the PDF exports: page count, text and fonts of a PDF read back with poppler's tools.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string>

namespace pcr::test {

// What a shell command printed on standard output.
inline std::string command_output(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return out;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

inline std::string quoted(const std::filesystem::path& file) {
    return "'" + file.string() + "'";
}

// The page count `pdfinfo` reports; 0 when it cannot read the file.
inline int pdf_pages(const std::filesystem::path& file) {
    const std::string info = command_output("pdfinfo " + quoted(file) + " 2>/dev/null");
    const auto at = info.find("Pages:");
    return at == std::string::npos ? 0 : std::stoi(info.substr(at + 6));
}

// Runs of spaces, tabs and line breaks made one space, so text wrapped on the page compares with the text
// as typed.
inline std::string collapse_spaces(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

// The text `pdftotext` extracts (every page), with whitespace collapsed.
inline std::string pdf_text(const std::filesystem::path& file) {
    return collapse_spaces(command_output("pdftotext -enc UTF-8 " + quoted(file) + " - 2>/dev/null"));
}

// `pdffonts`' table: one line per font with whether it is embedded.
inline std::string pdf_fonts(const std::filesystem::path& file) {
    return command_output("pdffonts " + quoted(file) + " 2>/dev/null");
}

}  // namespace pcr::test
