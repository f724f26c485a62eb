// The PostgreSQL server the tests may use: the URI of the throwaway cluster scripts/pg-cluster.sh started.
#pragma once

#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>

namespace pcr::test {

// The connection URI (postgresql://user@127.0.0.1:port/pcrecords), or nothing when there is no server. Tests
// skip their server part on nothing: PostgreSQL may be missing or unable to start where the suite runs, and
// the suite still passes there. The CTest entries marked with pcr_needs_postgresql (tests/CMakeLists.txt) get
// PCR_TEST_PG_URI_FILE; the cluster writes the file only once it accepts connections.
inline std::optional<std::string> test_server_uri() {
    const char* file = std::getenv("PCR_TEST_PG_URI_FILE");
    if (file == nullptr || *file == '\0') return std::nullopt;
    std::ifstream in(file);
    std::string uri;
    if (!std::getline(in, uri) || uri.empty()) return std::nullopt;
    return uri;
}

}  // namespace pcr::test
