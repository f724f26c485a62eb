// Replaces {1}, {2}, ... in a sentence with values, in whatever order the sentence has them.
#include "model/core/fill_in.h"

namespace pcr::model {

std::string fill_in_values(std::string_view sentence, const std::vector<std::string>& values) {
    std::string out;
    out.reserve(sentence.size());
    std::size_t i = 0;
    while (i < sentence.size()) {
        const char c = sentence[i];
        if (c == '{' && i + 1 < sentence.size() && sentence[i + 1] == '{') {
            out += '{';
            i += 2;
            continue;
        }
        if (c == '{') {
            std::size_t end = i + 1;
            std::size_t number = 0;
            while (end < sentence.size() && sentence[end] >= '0' && sentence[end] <= '9' && end - i < 4)
                number = number * 10 + static_cast<std::size_t>(sentence[end++] - '0');
            if (end > i + 1 && end < sentence.size() && sentence[end] == '}' && number >= 1 &&
                number <= values.size()) {
                out += values[number - 1];
                i = end + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

}  // namespace pcr::model
