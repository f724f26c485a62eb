// File modes in tests: the usual umask for the length of a test, and a file's permission bits.
#pragma once

#include <sys/stat.h>

#include <filesystem>

namespace pcr::test {

// The usual umask, which leaves new files readable by everyone unless the program says otherwise (commands a
// test runs inherit it); the test's own umask comes back afterwards.
struct UsualUmask {
    mode_t previous = ::umask(022);
    ~UsualUmask() { ::umask(previous); }
    UsualUmask() = default;
    UsualUmask(const UsualUmask&) = delete;
    UsualUmask& operator=(const UsualUmask&) = delete;
};

inline unsigned mode_of(const std::filesystem::path& file) {
    return static_cast<unsigned>(std::filesystem::status(file).permissions() & std::filesystem::perms::mask);
}

}  // namespace pcr::test
