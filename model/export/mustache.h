// The one wrapper around kainjow mustache: page data built from escaped values, templates checked and
// rendered.
#pragma once

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <kainjow/mustache.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

// kainjow's include folder is private to pcr_model, so only the model's export code includes this header.
namespace pcr::model::mustache {

// A number with a point whatever the locale: "3.5", "120", "-0.25"; trailing zeros dropped unless `trim` is
// false ("4.0").
inline std::string decimal(double value, int decimals, bool trim = true) {
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    std::string text(buffer, result.ptr);
    if (trim && text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

// One mustache object (a page, or one item of a list). Text is HTML-escaped as it is set, so the page is safe
// even where a provider's edited template uses {{{ }}}; templates decide with the flags, as an empty string
// would still open a mustache section.
class Fields {
  public:
    Fields& text(const std::string& key, std::string_view value) {
        data_.set(key, kainjow::mustache::data(escape_html(value)));
        return *this;
    }
    Fields& number(const std::string& key, double value, int decimals = 1) {
        data_.set(key, kainjow::mustache::data(decimal(value, decimals)));
        return *this;
    }
    Fields& flag(const std::string& key, bool value) {
        data_.set(key, kainjow::mustache::data(value));
        return *this;
    }
    Fields& object(const std::string& key, const Fields& value) {
        data_.set(key, value.data_);
        return *this;
    }
    Fields& list(const std::string& key, const std::vector<Fields>& items) {
        kainjow::mustache::data list(kainjow::mustache::data::type::list);
        for (const auto& item : items) list.push_back(item.data_);
        data_.set(key, list);
        return *this;
    }
    const kainjow::mustache::data& data() const { return data_; }

  private:
    kainjow::mustache::data data_{kainjow::mustache::data::type::object};
};

// kainjow reports "Unclosed section \"items\" at 1234" with a byte offset; people look for a line.
inline std::string problem_words(const std::string& message, const std::string& text) {
    const auto at = message.rfind(" at ");
    if (at == std::string::npos) return message;
    std::size_t offset = 0;
    const char* first = message.data() + at + 4;
    const char* last = message.data() + message.size();
    const auto parsed = std::from_chars(first, last, offset);
    if (parsed.ec != std::errc() || parsed.ptr != last) return message;
    offset = std::min(offset, text.size());
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    return fill_in(tr("line {1}: {2}"), line, message.substr(0, at));
}

[[noreturn]] inline void template_problem(const std::filesystem::path& file, const std::string& problem) {
    throw TemplateError(
        fill_in(tr("The export template {1} is not valid mustache: {2}. Correct it (docs/templates.md, "
                   "\"Export templates\") or copy the shipped one back."),
                file.string(), problem));
}

// Throws pcr::TemplateError naming `file`, the line and the problem when `text` is not valid mustache.
inline void check(const std::string& text, const std::filesystem::path& file) {
    const kainjow::mustache::mustache parsed(text);
    if (!parsed.is_valid()) template_problem(file, problem_words(parsed.error_message(), text));
}

// `text` with every line that holds nothing but one section or comment tag joined to the next line, as the
// mustache spec's "standalone" rule asks: kainjow 4.1 drops such a line only when its section is shown, so a
// hidden section or a comment would otherwise leave a blank line in the page.
inline std::string join_standalone_tags(const std::string& text) {
    const auto n = text.size();
    std::string out;
    out.reserve(n);
    std::size_t pos = 0;
    while (pos < n) {
        std::size_t i = text.find_first_not_of(" \t", pos);
        if (i != std::string::npos && text.compare(i, 2, "{{") == 0 && i + 2 < n &&
            std::string_view("#^/!").find(text[i + 2]) != std::string_view::npos) {
            const auto close = text.find("}}", i + 2);
            const bool one_line = text[i + 2] == '!' || text.find('\n', i) > close;
            if (close != std::string::npos && one_line) {
                auto j = std::min(n, text.find_first_not_of(" \t", close + 2));
                if (j < n && text[j] == '\r' && j + 1 < n && text[j + 1] == '\n') ++j;
                if (j == n || text[j] == '\n') {
                    out.append(text, i, close + 2 - i);
                    pos = j == n ? n : j + 1;
                    continue;
                }
            }
        }
        auto end = text.find('\n', pos);
        end = end == std::string::npos ? n : end + 1;
        out.append(text, pos, end - pos);
        pos = end;
    }
    return out;
}

// The page `text` makes of `fields`. Values were escaped when set, so kainjow's own escaping is turned off
// rather than escaping twice. Throws pcr::TemplateError naming `file` when the template is not valid.
inline std::string render(const std::string& text, const Fields& fields, const std::filesystem::path& file) {
    kainjow::mustache::mustache parsed(join_standalone_tags(text));
    if (!parsed.is_valid()) check(text, file);
    if (!parsed.is_valid()) template_problem(file, parsed.error_message());
    parsed.set_custom_escape([](const std::string& value) { return value; });
    std::string page = parsed.render(fields.data());
    if (!parsed.is_valid()) template_problem(file, parsed.error_message());
    return page;
}

}  // namespace pcr::model::mustache
