// Escaping of record text for the HTML the record viewer shows; every value from the model goes through it.
#pragma once

#include <string>
#include <string_view>

#include "model/core/text.h"

namespace pcr::app {

// The model's escaping: &, <, >, " and ' replaced by entities.
using model::escape_html;

// Escaped text with every line break kept as <br>, for table cells and paragraphs.
std::string html_lines(std::string_view text);

}  // namespace pcr::app
