// Where a store is: a database file, or a PostgreSQL server's address.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace pcr::model {

class StoreLocation {
  public:
    // A database file.
    StoreLocation(std::filesystem::path file) : text_(file.string()), file_(std::move(file)) {}  // NOLINT

    // What a user typed: "postgresql://host/db" is a server, anything else a file path.
    static StoreLocation parse(std::string_view text);

    bool is_server() const { return server_; }
    const std::filesystem::path& file() const { return file_; }
    // As given, password and all: what opens the store.
    const std::string& text() const { return text_; }
    // As it may be shown and kept (title, messages, recent files, settings): a server address without its
    // password (user:PASSWORD@ and password=…), a file as given. libpq finds the password in ~/.pgpass or
    // PGPASSWORD when the address is opened again.
    std::string shown() const;

  private:
    std::string text_;
    std::filesystem::path file_;
    bool server_ = false;
};

}  // namespace pcr::model
