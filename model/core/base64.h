// Base64 (RFC 4648, with padding) for embedding binary data in text, as photos in HTML data: URIs.
#pragma once

#include <string>
#include <vector>

namespace pcr::model {

// The standard alphabet (A-Z a-z 0-9 + /), padded with '=' to a multiple of four characters, no line breaks.
std::string base64(const std::vector<unsigned char>& bytes);

}  // namespace pcr::model
