// libFuzzer target: arbitrary bytes into pcr::fuzz::interchange_reader (fuzz_entry_points.h).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry_points.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pcr::fuzz::interchange_reader(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
