// A database the program cannot write is found before it is opened, so the app opens it for reading only and
// the store then refuses every change, saying it is read-only.
#include "model/backends/store_writable.h"

#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "common/unwritable_file.h"
#include "model/core/errors.h"
#include "support/store_samples.h"

using namespace pcr::model;
using pcr::test::person;
using pcr::test::TempFolder;

BOOST_AUTO_TEST_SUITE(store_writable_test)

BOOST_AUTO_TEST_CASE(an_unwritable_database_opens_for_reading_and_refuses_changes) {
    TempFolder folder;
    const auto file = folder.path() / "archive.pcrdb";
    open_test_store(file, OpenMode::CreateIfMissing)->save_subject(person("P-1", "Ann"));
    BOOST_TEST(store_writable(StoreLocation(file)));
    BOOST_TEST(store_writable(StoreLocation(folder.path() / "missing.pcrdb")));

    pcr::test::UnwritableFile unwritable(file);
    if (!unwritable.made()) {
        BOOST_TEST_MESSAGE("the file system cannot make a file immutable: not checked here");
        return;
    }
    BOOST_TEST(!store_writable(StoreLocation(file)));
    // What the app does with such a file: opened for changing it is refused, for reading it is read.
    BOOST_CHECK_THROW(open_test_store(file, OpenMode::Existing), pcr::StorageError);
    auto store = open_test_store(file, OpenMode::Reading);
    BOOST_TEST(store->read_only());
    BOOST_TEST(store->subject(SubjectKind::Person, "P-1")->name == "Ann");
    Subject ann = *store->subject(SubjectKind::Person, "P-1");
    ann.status = Status::Archived;
    try {
        store->save_subject(ann);
        BOOST_FAIL("a change to a read-only database was not refused");
    } catch (const pcr::StorageError& e) {
        BOOST_TEST(std::string(e.what()).find("it is read-only: it can be read but not changed") !=
                       std::string::npos,
                   e.what());
    }
    BOOST_TEST(!store->changed_elsewhere());
}

BOOST_AUTO_TEST_SUITE_END()
