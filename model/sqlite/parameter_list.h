// Lists of bound parameters for SQL's IN (...): one named parameter a value, so values are never spliced in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/sql/statement.h"

namespace pcr::model {

// ":NAME0, :NAME1, ..." for `count` values (an empty string for none).
inline std::string parameter_list(std::string_view name, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        if (i) out += ", ";
        out += ':';
        out += name;
        out += std::to_string(i);
    }
    return out;
}

// Binds `values` to the parameters parameter_list(name, values.size()) wrote.
inline void bind_list(sql::Statement& statement, std::string_view name,
                      const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i)
        statement.bind(":" + std::string(name) + std::to_string(i), values[i]);
}

}  // namespace pcr::model
