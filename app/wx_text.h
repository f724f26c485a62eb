// The one place the app converts between the model's UTF-8 strings, paths and store locations and wxString.
#pragma once

#include <wx/string.h>

#include <filesystem>
#include <string>

#include "model/store/store_location.h"

namespace pcr::app {

inline wxString to_wx(const std::string& utf8) {
    return wxString::FromUTF8(utf8.data(), utf8.size());
}

inline std::string from_wx(const wxString& text) {
    const wxScopedCharBuffer utf8 = text.ToUTF8();
    return std::string(utf8.data(), utf8.length());
}

// Paths go through UTF-8 too, so a folder named "Zoë's records" survives the round trip.
inline wxString to_wx(const std::filesystem::path& path) {
    const std::u8string utf8 = path.u8string();
    return wxString::FromUTF8(reinterpret_cast<const char*>(utf8.data()), utf8.size());
}

inline std::filesystem::path to_path(const wxString& text) {
    const std::string utf8 = from_wx(text);
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

// Where a database is, from what a user typed or the settings hold: a postgresql:// address or a file path.
inline model::StoreLocation to_location(const wxString& text) {
    const model::StoreLocation location = model::StoreLocation::parse(from_wx(text));
    if (location.is_server()) return location;
    return model::StoreLocation(to_path(text));
}

}  // namespace pcr::app
