// What a copy of a whole store moved: the rows of each of its tables.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace pcr::model {

// How many rows of each table were copied, in the order they were copied.
struct CopyCounts {
    std::vector<std::pair<std::string, std::int64_t>> tables;

    std::int64_t total() const {
        std::int64_t sum = 0;
        for (const auto& table : tables) sum += table.second;
        return sum;
    }
    std::int64_t of(const std::string& table) const {
        for (const auto& [name, rows] : tables)
            if (name == table) return rows;
        return 0;
    }
};

}  // namespace pcr::model
