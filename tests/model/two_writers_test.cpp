// Two programs writing the same person at the same moment, each through its own store (on the server run,
// two sessions of the server): changes to different records all land, and of two saves of the same record
// from the same version one is kept and the other refused, naming who changed it and when.
#include <atomic>
#include <boost/test/unit_test.hpp>
#include <thread>

#include "model/core/errors.h"
#include "support/store_samples.h"

namespace {

using namespace pcr::model;
using pcr::test::FreshStore;

}  // namespace

BOOST_AUTO_TEST_SUITE(two_writers_test)

BOOST_AUTO_TEST_CASE(changes_to_different_records_of_one_person_all_land) {
    FreshStore fresh;
    fresh.store->save_subject(pcr::test::person("P-1", "Ann Example"));
    constexpr int kSaves = 15;
    std::atomic<int> failures{0};
    const auto writer = [&](const std::string& who, const std::string& tool) {
        try {
            const auto store = open_test_store(fresh.file, OpenMode::Existing, who);
            for (int i = 1; i <= kSaves; ++i) {
                Record record =
                    tool == "learning-log" ? pcr::test::sample_log(i) : pcr::test::sample_profile();
                if (tool != "learning-log")
                    record.section_for_update("appreciation").entries.at(0).text =
                        "Version " + std::to_string(i);
                if (const auto stored = store->record(SubjectKind::Person, "P-1", tool))
                    record.version = stored->version;
                store->save_record(SubjectKind::Person, "P-1", record);
            }
        } catch (const std::exception&) {
            ++failures;
        }
    };
    std::thread maria(writer, "maria", "learning-log");
    std::thread sam(writer, "sam", "one-page-profile");
    maria.join();
    sam.join();
    BOOST_TEST(failures == 0);
    BOOST_TEST(fresh.store->record(SubjectKind::Person, "P-1", "learning-log")->version == kSaves);
    BOOST_TEST(fresh.store->record(SubjectKind::Person, "P-1", "one-page-profile")->version == kSaves);
    BOOST_TEST(fresh.store->history(SubjectKind::Person, "P-1").size() == 1u + 2 * kSaves);
    BOOST_TEST(fresh.store->check().problems.empty());
}

BOOST_AUTO_TEST_CASE(of_two_saves_from_the_same_version_one_is_kept_and_the_other_told_who_and_when) {
    FreshStore fresh;
    fresh.store->save_subject(pcr::test::person("P-1", "Ann Example"));
    fresh.store->save_record(SubjectKind::Person, "P-1", pcr::test::sample_profile());
    const auto maria = open_test_store(fresh.file, OpenMode::Existing, "maria");
    const auto sam = open_test_store(fresh.file, OpenMode::Existing, "sam");
    Record hers = *maria->record(SubjectKind::Person, "P-1", "one-page-profile");
    Record his = *sam->record(SubjectKind::Person, "P-1", "one-page-profile");
    hers.section_for_update("appreciation").entries.at(0).text = "Maria's words";
    his.section_for_update("appreciation").entries.at(0).text = "Sam's words";
    std::atomic<int> kept{0};
    std::string refusal;
    std::thread first([&] {
        try {
            maria->save_record(SubjectKind::Person, "P-1", hers);
            ++kept;
        } catch (const pcr::StorageError& e) {
            refusal = e.what();
        }
    });
    std::string second_refusal;
    try {
        sam->save_record(SubjectKind::Person, "P-1", his);
        ++kept;
    } catch (const pcr::StorageError& e) {
        second_refusal = e.what();
    }
    first.join();
    BOOST_TEST(kept == 1);
    const std::string told = refusal.empty() ? second_refusal : refusal;
    BOOST_TEST(told.find("was changed by someone else since you opened it (by ") != std::string::npos, told);
    BOOST_TEST((told.find("by maria at") != std::string::npos || told.find("by sam at") != std::string::npos),
               told);
    // The kept one is current; the earlier version is in the history; nothing is half written.
    const Record now = *fresh.store->record(SubjectKind::Person, "P-1", "one-page-profile");
    BOOST_TEST(now.version == 2);
    const std::string current = now.section("appreciation")->entries.at(0).text;
    BOOST_TEST((current == "Maria's words" || current == "Sam's words"), current);
    BOOST_TEST(fresh.store->check().problems.empty());
}

BOOST_AUTO_TEST_SUITE_END()
