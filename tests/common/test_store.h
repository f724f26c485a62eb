// Opening a store in a test the way the programs do (open_store), acting for a named tester: in a file, or on
// the test server when the suite runs there (common/test_server.h).
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "common/test_server.h"
#include "model/backends/open_store.h"

namespace pcr::model {

inline std::unique_ptr<Store> open_test_store(const std::filesystem::path& file,
                                              OpenMode mode = OpenMode::Existing,
                                              const std::string& who = "tester") {
    return open_store(pcr::test::test_location(file), Principal(who), mode);
}

// The store as the programs open it for `acting`: with a role, wrapped so the role is enforced.
inline std::unique_ptr<Store> open_test_store(const std::filesystem::path& file, const Principal& acting,
                                              OpenMode mode = OpenMode::Existing) {
    return open_store(pcr::test::test_location(file), acting, mode);
}

}  // namespace pcr::model
