// SQLite's spelling of statement parameters ("?", ":name") turned into PostgreSQL's ("$1", "$2", ...).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pcr::model::sql {

struct NumberedSql {
    std::string text;
    // The name of each parameter by its number less one ("" for a "?"); a name used twice has one number.
    std::vector<std::string> names;
};

// Numbers the parameters as SQLite does ("?NNN" is number NNN; "?" and a new ":name" the number after the
// highest so far), leaving string literals, quoted names and comments as they are.
NumberedSql number_parameters(std::string_view sql);

}  // namespace pcr::model::sql
