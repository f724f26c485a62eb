// Tests of store locations: a server address is told from a file, and is shown without any password.
#include "model/store/store_location.h"

#include <boost/test/unit_test.hpp>

using pcr::model::StoreLocation;

BOOST_AUTO_TEST_SUITE(store_location_test)

BOOST_AUTO_TEST_CASE(a_server_address_is_told_from_a_file) {
    BOOST_TEST(StoreLocation::parse("postgresql://ann@db.example/care").is_server());
    BOOST_TEST(StoreLocation::parse("postgres://db.example/care").is_server());
    BOOST_TEST(!StoreLocation::parse("/home/ann/care.pcrdb").is_server());
    BOOST_TEST(!StoreLocation::parse("postgresql.pcrdb").is_server());
}

BOOST_AUTO_TEST_CASE(a_server_address_is_shown_without_its_password_wherever_it_was_written) {
    BOOST_TEST(StoreLocation::parse("postgresql://ann:secret@db.example/care").shown() ==
               "postgresql://ann@db.example/care");
    BOOST_TEST(
        StoreLocation::parse("postgresql://ann@db.example/care?password=secret&sslmode=require").shown() ==
        "postgresql://ann@db.example/care?sslmode=require");
    BOOST_TEST(
        StoreLocation::parse("postgresql://db.example/care?sslmode=require&password=s3cr@t/x").shown() ==
        "postgresql://db.example/care?sslmode=require");
    BOOST_TEST(StoreLocation::parse("postgres://ann:p%40ss@[::1]:6543/care").shown() ==
               "postgres://ann@[::1]:6543/care");
    // A file's name is shown as given, whatever it holds.
    BOOST_TEST(StoreLocation::parse("/home/ann/my:file@x.pcrdb").shown() == "/home/ann/my:file@x.pcrdb");
    BOOST_TEST(StoreLocation(std::filesystem::path("care.pcrdb")).shown() == "care.pcrdb");
}

BOOST_AUTO_TEST_SUITE_END()
