// A small Markdown reader for the program's own documents (the user guide): headings, paragraphs, lists,
// bold, code and links, turned into plain HTML that wxHtmlWindow and browsers show.
#pragma once

#include <string>
#include <string_view>

namespace pcr::model {

// The HTML body of `markdown`: "# " to "#### " headings, paragraphs (lines joined), "- " / "* " and "1. "
// lists, **bold**, `code` and [text](address) links. Everything else is text, HTML-escaped, so a document
// cannot inject markup.
std::string markdown_to_html(std::string_view markdown);

}  // namespace pcr::model
