// Copying a whole store into a new one (the `migrate` command, and a server's backup): everything comes
// across, the copy says where it came from, and a copy that cannot be whole is not kept.
#include "model/backends/copy_store.h"

#include <boost/test/unit_test.hpp>

#include "common/test_server.h"
#include "model/core/errors.h"
#include "model/core/progress.h"
#include "model/demo/demo_generator.h"
#include "model/exchange/interchange_writer.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

namespace {

using namespace pcr::model;
using pcr::test::everything;
using pcr::test::shipped_templates;
using pcr::test::test_location;

// A small caseload with history, sign-offs of none, and an audit trail of every change.
struct Original {
    Original() {
        DemoOptions options;
        options.people = 12;
        options.staff = 4;
        options.logs = 150;
        options.today = Date(2026, 11, 30);
        NoProgress quiet;
        generate_demo(*original.store, shipped_templates(), options, quiet);
    }
    pcr::test::FreshStore original;
};

const Principal kAdministrator("ada", Role::Administrator);

}  // namespace

BOOST_AUTO_TEST_SUITE(copy_store_test)

BOOST_AUTO_TEST_CASE(a_copy_holds_everything_the_original_did_and_says_where_it_came_from) {
    Original o;
    pcr::test::TempFolder folder;
    const auto copy_file = folder.path() / "copy.pcrdb";
    const auto original_trail = o.original.store->audit({});
    const CopyCounts counts =
        copy_store(test_location(o.original.file), test_location(copy_file), kAdministrator);
    const auto& store = *o.original.store;
    BOOST_TEST(counts.of("subject") == static_cast<std::int64_t>(store.count(SubjectKind::Person, true) +
                                                                 store.count(SubjectKind::Staff, true) +
                                                                 store.count(SubjectKind::Team, true)));
    BOOST_TEST(counts.of("audit_log") == static_cast<std::int64_t>(original_trail.size()));

    const auto copy = open_test_store(copy_file);
    BOOST_TEST(everything(*copy) == everything(*o.original.store));
    BOOST_TEST(copy->history(SubjectKind::Person, "P-00001").size() ==
               o.original.store->history(SubjectKind::Person, "P-00001").size());
    BOOST_TEST(copy->check().problems.empty());
    const auto trail = copy->audit({});
    BOOST_TEST_REQUIRE(trail.size() == original_trail.size() + 1);
    BOOST_TEST(to_string(trail.back().action) == "import");
    BOOST_TEST(trail.back().user == "ada");
    BOOST_TEST(trail.back().detail == "copy of " + test_location(o.original.file).text());
}

BOOST_AUTO_TEST_CASE(a_copy_into_a_database_that_holds_records_is_refused_and_changes_nothing) {
    Original o;
    pcr::test::FreshStore other;
    other.store->save_subject(pcr::test::person("P-9", "Kept As Is"));
    const std::string before = everything(*other.store);
    BOOST_CHECK_EXCEPTION(
        copy_store(test_location(o.original.file), test_location(other.file), kAdministrator),
        pcr::StorageError, [](const pcr::StorageError& e) {
            return std::string(e.what()).find("it already holds records") != std::string::npos;
        });
    BOOST_TEST(everything(*open_test_store(other.file)) == before);
}

BOOST_AUTO_TEST_CASE(only_those_who_may_back_up_may_copy) {
    Original o;
    pcr::test::TempFolder folder;
    BOOST_CHECK_THROW(copy_store(test_location(o.original.file), test_location(folder.path() / "copy.pcrdb"),
                                 Principal("mo", Role::Manager)),
                      pcr::NotAllowedError);
}

BOOST_AUTO_TEST_CASE(a_file_moves_to_the_server_and_back_unchanged,
                     *boost::unit_test::precondition(pcr::test::server_available)) {
    Original o;
    pcr::test::TempFolder folder;
    // The original is a file, or on a server run a server database already: either way it comes back a file.
    const StoreLocation file = test_location(o.original.file);
    const StoreLocation server =
        StoreLocation::parse(pcr::test::server_database_for(folder.path() / "moved"));
    const StoreLocation back(folder.path() / "back.pcrdb");
    copy_store(file, server, kAdministrator);
    copy_store(server, back, kAdministrator);
    const auto on_server = open_store(server, Principal("tester"));
    BOOST_TEST(everything(*on_server) == everything(*o.original.store));
    BOOST_TEST(everything(*open_store(back, Principal("tester"))) == everything(*o.original.store));
    // A server's backup is such a file.
    on_server->backup(folder.path() / "backup.pcrdb");
    BOOST_TEST(everything(*open_store(StoreLocation(folder.path() / "backup.pcrdb"), Principal("tester"))) ==
               everything(*o.original.store));
}

BOOST_AUTO_TEST_SUITE_END()
