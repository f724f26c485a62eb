// A store location as it may be shown: a server address without the password libpq URIs can carry.
#include "model/store/store_location.h"

namespace pcr::model {

namespace {

constexpr std::string_view kSchemes[] = {"postgresql://", "postgres://"};

std::size_t scheme_length(std::string_view text) {
    for (const std::string_view scheme : kSchemes)
        if (text.substr(0, scheme.size()) == scheme) return scheme.size();
    return 0;
}

// The query's parameters but password=…, joined again with "&".
std::string query_without_password(std::string_view query) {
    std::string kept;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view parameter = query.substr(0, amp);
        if (!parameter.empty() && parameter.substr(0, 9) != "password=") {
            if (!kept.empty()) kept += '&';
            kept += parameter;
        }
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return kept;
}

}  // namespace

StoreLocation StoreLocation::parse(std::string_view text) {
    StoreLocation location{std::filesystem::path(std::string(text))};
    location.text_ = std::string(text);
    location.server_ = scheme_length(text) > 0;
    return location;
}

std::string StoreLocation::shown() const {
    const std::size_t start = server_ ? scheme_length(text_) : 0;
    if (start == 0) return text_;
    std::string_view rest = std::string_view(text_).substr(start);
    std::string query;
    // The query first: a parameter may hold an "@" or "/" of its own.
    if (const std::size_t question = rest.find('?'); question != std::string_view::npos) {
        query = query_without_password(rest.substr(question + 1));
        rest = rest.substr(0, question);
    }
    std::string shown = text_.substr(0, start);
    const std::string_view authority = rest.substr(0, rest.find('/'));
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
        const std::string_view user_info = authority.substr(0, at);
        shown += user_info.substr(0, user_info.find(':'));
        shown += rest.substr(at);
    } else {
        shown += rest;
    }
    if (!query.empty()) shown += "?" + query;
    return shown;
}

}  // namespace pcr::model
