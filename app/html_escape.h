// Escaping of record text for the HTML the record viewer shows; every value from the model goes through it.
#pragma once

#include <string>
#include <string_view>

namespace pcr::app {

// `text` with &, <, >, " and ' replaced by entities, so no record text can change the page's markup.
std::string escape_html(std::string_view text);

// Escaped text with every line break kept as <br>, for table cells.
std::string html_lines(std::string_view text);

// Escaped text with line breaks kept: blank lines start a new paragraph, single newlines become <br>.
std::string html_paragraphs(std::string_view text);

}  // namespace pcr::app
