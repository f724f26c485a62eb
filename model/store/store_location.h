// Where a store is: a database file today, a server address once there is a server backend.
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
    static StoreLocation parse(std::string_view text) {
        StoreLocation location{std::filesystem::path(std::string(text))};
        location.text_ = std::string(text);
        location.server_ = text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0;
        return location;
    }

    bool is_server() const { return server_; }
    const std::filesystem::path& file() const { return file_; }
    // As given, for messages.
    const std::string& text() const { return text_; }

  private:
    std::string text_;
    std::filesystem::path file_;
    bool server_ = false;
};

}  // namespace pcr::model
