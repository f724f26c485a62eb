// Working Together for Change: what is working and not working, as statements a manager groups into themes.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pcr::model {

// Whether a statement says what is working or what is not working; a theme holds statements of one kind.
enum class StatementKind { Working, NotWorking };

// "working", "not-working": as the command line prints them and the database keeps them.
std::string_view to_string(StatementKind kind);
std::optional<StatementKind> statement_kind_from_string(std::string_view text);

// Which statement: one working or not-working cell of a record's entry. An entry is never changed in place
// (an edit closes it and writes another), so the key stays with the words it was given.
struct StatementKey {
    std::int64_t entry = 0;
    std::string column;
    auto operator<=>(const StatementKey&) const = default;
};

// A manager's theme: a name, and the kind of statement it gathers.
struct Theme {
    std::int64_t key = 0;  // the store's; 0 for one not yet added
    std::string name;
    StatementKind kind = StatementKind::NotWorking;
    bool operator==(const Theme&) const = default;
};

// One statement put in a theme.
struct ThemeMember {
    StatementKey statement;
    std::int64_t theme = 0;
    bool operator==(const ThemeMember&) const = default;
};

}  // namespace pcr::model
