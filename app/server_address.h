// A PostgreSQL server's address as a care manager gives it (server, port, database, account) and the
// postgresql:// URI the model opens, both ways, without a password.
#pragma once

#include <optional>
#include <string>

namespace pcr::app {

struct ServerAddress {
    static constexpr int kDefaultPort = 5432;

    std::string host;
    int port = kDefaultPort;
    std::string database;
    std::string user;
    // What follows "?" in a URI that was pasted whole (sslmode=require…), kept as given without a password.
    std::string options;

    // "postgresql://user@host:5432/database", each part escaped where the URI syntax needs it.
    std::string uri() const;
    // The parts of a postgresql:// (or postgres://) URI, without its password; nothing for any other text.
    static std::optional<ServerAddress> parse(const std::string& uri);
};

}  // namespace pcr::app
