// Numbering SQL parameters for PostgreSQL, skipping what is quoted or commented.
#include "model/sql/placeholders.h"

#include <algorithm>
#include <cctype>

namespace pcr::model::sql {

namespace {

bool name_start(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}

bool name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

}  // namespace

NumberedSql number_parameters(std::string_view sql) {
    NumberedSql out;
    out.text.reserve(sql.size() + 8);
    const auto copy_until = [&](std::size_t& i, std::string_view end) {
        const auto found = sql.find(end, i);
        const std::size_t stop = found == std::string_view::npos ? sql.size() : found + end.size();
        out.text.append(sql.substr(i, stop - i));
        i = stop;
    };
    for (std::size_t i = 0; i < sql.size();) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            // A doubled quote inside ends nothing: the next quote search starts after it.
            std::size_t end = i + 1;
            for (;;) {
                end = sql.find(c, end);
                if (end == std::string_view::npos || end + 1 >= sql.size() || sql[end + 1] != c) break;
                end += 2;
            }
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            out.text.append(sql.substr(i, stop - i));
            i = stop;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            copy_until(i, "\n");
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            copy_until(i, "*/");
        } else if (c == '?') {
            // "?NNN" is parameter NNN; a bare "?" the one after the highest so far.
            std::size_t end = i + 1;
            while (end < sql.size() && std::isdigit(static_cast<unsigned char>(sql[end]))) ++end;
            std::size_t number = out.names.size() + 1;
            if (end > i + 1) number = std::stoul(std::string(sql.substr(i + 1, end - i - 1)));
            if (number > out.names.size()) out.names.resize(number);
            out.text += '$' + std::to_string(number);
            i = end;
        } else if (c == ':' && i + 1 < sql.size() && name_start(sql[i + 1]) &&
                   (i == 0 || sql[i - 1] != ':')) {
            std::size_t end = i + 1;
            while (end < sql.size() && name_char(sql[end])) ++end;
            const std::string name(sql.substr(i, end - i));
            auto found = std::find(out.names.begin(), out.names.end(), name);
            if (found == out.names.end()) {
                out.names.push_back(name);
                found = out.names.end() - 1;
            }
            out.text += '$' + std::to_string(found - out.names.begin() + 1);
            i = end;
        } else {
            out.text += c;
            ++i;
        }
    }
    return out;
}

}  // namespace pcr::model::sql
