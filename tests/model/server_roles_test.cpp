// The server's roles as docs/server-roles.sql makes them: the programs' account does all its work, the schema
// belongs to the owner, and the audit trail cannot be changed or emptied by that account, even with SQL.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>

#include "common/test_server.h"
#include "model/backends/open_store.h"
#include "model/core/errors.h"
#include "model/sql/postgres_connection.h"
#include "model/sql/statement.h"
#include "support/interchange_files.h"
#include "support/store_samples.h"

namespace {

using namespace pcr::model;
using pcr::test::file_text;

// A database set up by the administrator's script, with pcrecords' tables made by the administrator (the
// test cluster's superuser) through `init`'s open, and the address the programs use.
struct RolesDatabase {
    RolesDatabase() {
        const std::string admin_uri = pcr::test::server_database_for(folder.path() / "roles");
        const std::string name = admin_uri.substr(admin_uri.rfind('/') + 1);
        const std::string user = admin_uri.substr(13, admin_uri.find('@') - 13);
        std::string bindir =
            file_text(std::filesystem::path(std::getenv("PCR_TEST_PG_URI_FILE")).parent_path() / "bindir");
        while (!bindir.empty() && bindir.back() == '\n') bindir.pop_back();
        const std::string command =
            "'" + bindir + "/psql' -qX -v db=" + name + " -v admin=" + user +
            " -v app_password=not-used-by-trust '" + admin_uri.substr(0, admin_uri.rfind('/')) +
            "/postgres' -f '" PCR_TEST_SOURCE_DIR "/../docs/server-roles.sql' > /dev/null";
        BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0, command);
        open_store(StoreLocation::parse(admin_uri), Principal("alice"), OpenMode::CreateIfMissing);
        app_uri = "postgresql://pcrecords_app@" + admin_uri.substr(admin_uri.find('@') + 1);
    }
    pcr::test::TempFolder folder;
    std::string app_uri;
};

std::string refusal(sql::Connection& connection, const std::string& statement) {
    try {
        connection.exec(statement);
    } catch (const sql::Error& e) {
        return e.failure() == sql::Failure::Denied ? "denied" : std::string("refused: ") + e.what();
    }
    return "done";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(server_roles_test, *boost::unit_test::precondition(pcr::test::server_available))

BOOST_AUTO_TEST_CASE(the_programs_account_keeps_records_but_cannot_rewrite_the_trail) {
    RolesDatabase db;
    const auto store = open_store(StoreLocation::parse(db.app_uri), Principal("maria"));
    store->save_subject(pcr::test::person("P-1", "Ann Example"));
    store->save_subject(pcr::test::person("P-2", "Bea Example"));
    store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_profile());
    BOOST_TEST(store->records(SubjectKind::Person, "P-1").size() == 1u);
    // Erasure's one change to the trail goes through the owner's function.
    BOOST_TEST(store->erase_person("P-2", "asked to be forgotten").anonymised > 0);
    BOOST_TEST(store->check().problems.empty());

    sql::PostgresConnection app(db.app_uri);
    BOOST_TEST(refusal(app, "UPDATE audit_log SET detail = 'rewritten'") == "denied");
    BOOST_TEST(refusal(app, "DELETE FROM audit_log") == "denied");
    BOOST_TEST(refusal(app, "TRUNCATE audit_log") == "denied");
    BOOST_TEST(refusal(app, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update") == "denied");
    BOOST_TEST(refusal(app, "DROP TABLE subject CASCADE") == "denied");
    BOOST_TEST(sql::one_integer(app, "SELECT count(*) FROM audit_log") > 0);
}

BOOST_AUTO_TEST_SUITE_END()
