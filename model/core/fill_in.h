// Puts values into a translated sentence by number ({1}, {2}), so a translator can move them within it.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pcr::model {

// `sentence` with each {n} replaced by the n-th value (from 1) and "{{" by "{". A placeholder with no value
// stays as written, so a translation with a mistake in it still shows everything else.
std::string fill_in_values(std::string_view sentence, const std::vector<std::string>& values);

namespace fill_in_detail {
inline std::string as_text(std::string_view text) {
    return std::string(text);
}
inline std::string as_text(const std::string& text) {
    return text;
}
inline std::string as_text(const char* text) {
    return text;
}
// Whole numbers only: how a fraction is written (digits, decimal mark) is for the caller to decide.
template <typename Number,
          typename = std::enable_if_t<std::is_integral_v<Number> && !std::is_same_v<Number, bool> &&
                                      !std::is_same_v<Number, char>>>
std::string as_text(Number n) {
    return std::to_string(n);
}
}  // namespace fill_in_detail

// fill_in(tr("{1} of {2} sections"), done, total): values are text or whole numbers. Never build a sentence
// from translated fragments joined in the code: the order of the words is the translator's.
template <typename... Values>
std::string fill_in(std::string_view sentence, const Values&... values) {
    return fill_in_values(sentence, {fill_in_detail::as_text(values)...});
}

}  // namespace pcr::model
