// The PostgreSQL server the tests may use: the URI of the throwaway cluster scripts/pg-cluster.sh started,
// and the server database that stands for a test's database file when the suite runs on the server.
#pragma once

#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include "model/store/store_location.h"

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

// True when this run of a suite keeps its stores on the server (CTest's ".postgresql" entries set
// PCR_TEST_ENGINE): every database file a test names stands for a database of its own there.
inline bool testing_on_server() {
    const char* engine = std::getenv("PCR_TEST_ENGINE");
    return engine != nullptr && std::string(engine) == "postgresql";
}

// The URI of the server database standing for `file` (made on first use by common/server_database.sh, which
// the command-line wrapper uses too, so both find the same one).
inline std::string server_database_for(const std::filesystem::path& file) {
    static std::map<std::string, std::string> known;
    const std::string path = std::filesystem::absolute(file).lexically_normal().string();
    if (const auto found = known.find(path); found != known.end()) return found->second;
    std::string quoted = "'";
    for (char c : path) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    quoted += "'";
    const std::string command = "bash '" PCR_TEST_SOURCE_DIR "/common/server_database.sh' " + quoted;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    std::string uri;
    char buffer[512];
    while (fgets(buffer, sizeof buffer, pipe)) uri += buffer;
    if (pclose(pipe) != 0 || uri.empty()) throw std::runtime_error("no server database for " + path);
    if (uri.back() == '\n') uri.pop_back();
    return known[path] = uri;
}

// Where a test's database is: the file, or on a server run the server database standing for it.
inline model::StoreLocation test_location(const std::filesystem::path& file) {
    if (!testing_on_server()) return model::StoreLocation(file);
    return model::StoreLocation::parse(server_database_for(file));
}

// What a message names for a test's database: the file as given, or the server database's URI (without a
// password, as messages show it; the test cluster has none).
inline std::string shown(const std::filesystem::path& file) {
    return test_location(file).text();
}

// A precondition for the test cases about what only a database file has (its -wal and -shm, permissions, a
// full disk, damage, SQLite tools reaching into it): skipped when the suite runs on the server, e.g.
// BOOST_AUTO_TEST_CASE(name, *boost::unit_test::precondition(pcr::test::files_only)). A function, not a
// functor: GCC warns of the unused bytes of an empty functor's copy in Boost.Test.
inline boost::test_tools::assertion_result files_only(boost::unit_test::test_unit_id) {
    boost::test_tools::assertion_result result(!testing_on_server());
    if (!result) result.message() << "only for database files";
    return result;
}

// A precondition for the test cases that need the test server itself (not a file standing for one):
// skipped where there is none, as CTest's plain entries and a machine without PostgreSQL have.
inline boost::test_tools::assertion_result server_available(boost::unit_test::test_unit_id) {
    boost::test_tools::assertion_result result(test_server_uri().has_value());
    if (!result) result.message() << "no PostgreSQL server for the tests";
    return result;
}

}  // namespace pcr::test
