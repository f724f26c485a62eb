// Turns the subset of Markdown the user guide is written in into HTML, line by line.
#include "model/help/markdown.h"

#include <cctype>
#include <vector>

#include "model/core/text.h"

namespace pcr::model {

namespace {

// **bold**, `code` and [text](address) inside one block; the rest escaped.
std::string inline_html(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text.compare(i, 2, "**") == 0) {
            const std::size_t end = text.find("**", i + 2);
            if (end != std::string_view::npos && end > i + 2) {
                out += "<b>" + inline_html(text.substr(i + 2, end - i - 2)) + "</b>";
                i = end + 2;
                continue;
            }
        } else if (text[i] == '`') {
            const std::size_t end = text.find('`', i + 1);
            if (end != std::string_view::npos) {
                out += "<code>" + escape_html(text.substr(i + 1, end - i - 1)) + "</code>";
                i = end + 1;
                continue;
            }
        } else if (text[i] == '[') {
            const std::size_t close = text.find("](", i + 1);
            const std::size_t end = close == std::string_view::npos ? close : text.find(')', close + 2);
            if (end != std::string_view::npos) {
                out += "<a href=\"" + escape_html(text.substr(close + 2, end - close - 2)) + "\">" +
                       inline_html(text.substr(i + 1, close - i - 1)) + "</a>";
                i = end + 1;
                continue;
            }
        }
        const std::size_t next = text.find_first_of("*`[", i + 1);
        const std::size_t stop = next == std::string_view::npos ? text.size() : next;
        out += escape_html(text.substr(i, stop - i));
        i = stop;
    }
    return out;
}

// The item text of a "- ", "* " or "1. " line; empty view (and false) for any other line.
bool list_item(std::string_view line, bool& ordered, std::string_view& item) {
    if (line.size() > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
        ordered = false;
        item = line.substr(2);
        return true;
    }
    std::size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
    if (digits > 0 && line.size() > digits + 2 && line[digits] == '.' && line[digits + 1] == ' ') {
        ordered = true;
        item = line.substr(digits + 2);
        return true;
    }
    return false;
}

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
    std::string out;
    std::string paragraph;           // lines of the paragraph being read, joined by spaces
    std::vector<std::string> items;  // items of the list being read
    bool ordered = false;
    const auto flush = [&] {
        if (!paragraph.empty()) out += "<p>" + inline_html(paragraph) + "</p>\n";
        paragraph.clear();
        if (!items.empty()) {
            out += ordered ? "<ol>\n" : "<ul>\n";
            for (const auto& item : items) out += "<li>" + inline_html(item) + "</li>\n";
            out += ordered ? "</ol>\n" : "</ul>\n";
        }
        items.clear();
    };
    std::size_t start = 0;
    while (start <= markdown.size()) {
        std::size_t end = markdown.find('\n', start);
        if (end == std::string_view::npos) end = markdown.size();
        const std::string line = trim(markdown.substr(start, end - start));
        start = end + 1;

        std::size_t level = 0;
        while (level < line.size() && line[level] == '#') ++level;
        bool this_ordered = false;
        std::string_view item;
        if (line.empty()) {
            flush();
        } else if (level >= 1 && level <= 4 && level < line.size() && line[level] == ' ') {
            flush();
            const std::string tag = "h" + std::to_string(level);
            out += "<" + tag + ">" + inline_html(trim(line.substr(level + 1))) + "</" + tag + ">\n";
        } else if (list_item(line, this_ordered, item)) {
            if (!paragraph.empty() || (!items.empty() && this_ordered != ordered)) flush();
            ordered = this_ordered;
            items.emplace_back(trim(item));
        } else if (!items.empty()) {
            items.back() += " " + line;  // a wrapped list item
        } else {
            paragraph += (paragraph.empty() ? "" : " ") + line;
        }
        if (end == markdown.size()) break;
    }
    flush();
    return out;
}

}  // namespace pcr::model
