// Building and reading libpq connection URIs (PostgreSQL manual, "Connection URIs"): percent-escapes, an
// IPv6 host in brackets; the password is left out (model::StoreLocation::shown).
#include "app/server_address.h"

#include <cctype>
#include <string_view>

#include "model/store/store_location.h"

namespace pcr::app {

namespace {

// Escapes every byte but letters, digits, "-._~" and `also`, so a name with "@", "/" or a space (or in
// another alphabet) reaches the server as typed.
std::string escaped(std::string_view part, std::string_view also = {}) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const char c : part) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || std::string_view("-._~").find(c) != std::string_view::npos ||
            also.find(c) != std::string_view::npos) {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 15];
        }
    }
    return out;
}

std::string unescaped(std::string_view part) {
    std::string out;
    for (std::size_t i = 0; i < part.size(); ++i) {
        if (part[i] == '%' && i + 2 < part.size() && std::isxdigit(static_cast<unsigned char>(part[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(part[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(part.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += part[i];
        }
    }
    return out;
}

}  // namespace

std::string ServerAddress::uri() const {
    std::string text = "postgresql://";
    if (!user.empty()) text += escaped(user) + "@";
    // A comma lists several hosts (each with its port), which libpq tries in turn: kept as written.
    const bool several = host.find(',') != std::string::npos;
    if (!several && host.find(':') != std::string::npos && host.front() != '[')
        text += "[" + host + "]";  // an IPv6 address, whose colons are not a port
    else
        text += escaped(host, ":,[]");
    if (!several && port > 0) text += ":" + std::to_string(port);
    text += "/" + escaped(database);
    if (!options.empty()) text += "?" + options;
    return text;
}

std::optional<ServerAddress> ServerAddress::parse(const std::string& uri) {
    const model::StoreLocation location = model::StoreLocation::parse(uri);
    if (!location.is_server()) return std::nullopt;
    // Read from the address as shown, so no password reaches the parts.
    const std::string safe = location.shown();
    std::string_view rest = std::string_view(safe).substr(safe.find("://") + 3);
    ServerAddress address;
    address.port = 0;
    if (const std::size_t question = rest.find('?'); question != std::string_view::npos) {
        address.options = std::string(rest.substr(question + 1));
        rest = rest.substr(0, question);
    }
    if (const std::size_t slash = rest.find('/'); slash != std::string_view::npos) {
        address.database = unescaped(rest.substr(slash + 1));
        rest = rest.substr(0, slash);
    }
    if (const std::size_t at = rest.rfind('@'); at != std::string_view::npos) {
        const std::string_view user_info = rest.substr(0, at);
        address.user = unescaped(user_info.substr(0, user_info.find(':')));
        rest = rest.substr(at + 1);
    }
    std::string_view port;
    if (rest.find(',') != std::string_view::npos) {
        address.host = std::string(rest);
    } else if (!rest.empty() && rest.front() == '[') {
        const std::size_t close = rest.find(']');
        if (close == std::string_view::npos) return std::nullopt;
        address.host = std::string(rest.substr(1, close - 1));
        if (close + 1 < rest.size()) {
            if (rest[close + 1] != ':') return std::nullopt;
            port = rest.substr(close + 2);
        }
    } else {
        const std::size_t colon = rest.rfind(':');
        address.host = unescaped(rest.substr(0, colon));
        if (colon != std::string_view::npos) port = rest.substr(colon + 1);
    }
    if (!port.empty()) {
        if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string_view::npos)
            return std::nullopt;
        address.port = std::stoi(std::string(port));
    } else if (address.host.find(',') == std::string::npos) {
        address.port = kDefaultPort;
    }
    return address;
}

}  // namespace pcr::app
