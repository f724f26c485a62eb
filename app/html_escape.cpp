// HTML escaping of UTF-8 text; multi-byte sequences pass through untouched.
#include "app/html_escape.h"

namespace pcr::app {

std::string html_lines(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i <= text.size()) {
        const std::size_t end = text.find('\n', i);
        std::string_view line =
            text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (i > 0) out += "<br>";
        out += escape_html(line);
        if (end == std::string_view::npos) break;
        i = end + 1;
    }
    return out;
}

}  // namespace pcr::app
