// Escaping of record text for the HTML the record viewer shows; every value from the model goes through it.
#pragma once

#include <string>
#include <string_view>

#include "model/core/text.h"

namespace pcr::app {

// The model's escaping: &, <, >, " and ' replaced by entities.
using model::escape_html;

// Escaped text with every line break kept as <br>, for table cells.
std::string html_lines(std::string_view text);

// Escaped text with line breaks kept: blank lines start a new paragraph, single newlines become <br>.
std::string html_paragraphs(std::string_view text);

}  // namespace pcr::app
