// Opening a store in a test the way the programs do (open_store), acting for a named tester.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "model/backends/open_store.h"

namespace pcr::model {

inline std::unique_ptr<Store> open_test_store(const std::filesystem::path& file,
                                              OpenMode mode = OpenMode::Existing,
                                              const std::string& who = "tester") {
    return open_store(file, Principal(who), mode);
}

// The store as the programs open it for `acting`: with a role, wrapped so the role is enforced.
inline std::unique_ptr<Store> open_test_store(const std::filesystem::path& file, const Principal& acting,
                                              OpenMode mode = OpenMode::Existing) {
    return open_store(file, acting, mode);
}

}  // namespace pcr::model
