// Tests of subject photos in the SQLite store: saved and read back, replaced, removed, size-limited, in
// history.
#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/domain/photo.h"
#include "model/rules/change_words.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::person;
using pcr::test::TempFolder;

namespace {

struct Fresh : pcr::test::FreshStore {
    Fresh() { store->save_subject(person("P-1", "Margaret Jones", "Peggy")); }
};

// The smallest file that starts like a PNG (the store checks the signature, not the picture).
std::vector<unsigned char> png(std::size_t size) {
    std::vector<unsigned char> bytes(size, 0x42);
    const unsigned char signature[] = {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    std::copy(std::begin(signature), std::end(signature), bytes.begin());
    return bytes;
}

std::vector<unsigned char> jpeg(std::size_t size) {
    std::vector<unsigned char> bytes(size, 0x11);
    bytes[0] = 0xff;
    bytes[1] = 0xd8;
    bytes[2] = 0xff;
    return bytes;
}

std::string user_error(const std::function<void()>& action) {
    try {
        action();
    } catch (const pcr::UserError& e) {
        return e.what();
    }
    BOOST_FAIL("expected a pcr::UserError");
    return {};
}

std::vector<std::string> history_words(const Store& store) {
    std::vector<std::string> out;
    for (const auto& change : store.history(SubjectKind::Person, "P-1"))
        out.push_back(change_words(change.parts));
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sqlite_store_photo_test)

BOOST_AUTO_TEST_CASE(a_photo_is_saved_read_back_and_survives_reopening) {
    Fresh f;
    BOOST_TEST(!f.store->photo(SubjectKind::Person, "P-1"));
    const auto bytes = png(2000);
    f.store->set_photo(SubjectKind::Person, "P-1", bytes, "image/png");
    f.store.reset();
    auto again = open_test_store(f.file);
    const auto photo = again->photo(SubjectKind::Person, "P-1");
    BOOST_REQUIRE(photo);
    BOOST_TEST(photo->mime == "image/png");
    BOOST_TEST(photo->bytes == bytes);
    BOOST_TEST(photo->updated_at.size() == 20u);
}

BOOST_AUTO_TEST_CASE(a_new_photo_replaces_the_old_and_each_change_is_in_history) {
    Fresh f;
    f.store->set_photo(SubjectKind::Person, "P-1", png(100), "image/png");
    f.store->set_photo(SubjectKind::Person, "P-1", jpeg(300), "image/jpeg");
    const auto photo = f.store->photo(SubjectKind::Person, "P-1");
    BOOST_REQUIRE(photo);
    BOOST_TEST(photo->mime == "image/jpeg");
    BOOST_TEST(photo->bytes.size() == 300u);
    const auto words = history_words(*f.store);
    BOOST_REQUIRE(words.size() == 3u);
    BOOST_TEST(words[1] == "photo changed");
    BOOST_TEST(words[2] == "photo changed");
}

BOOST_AUTO_TEST_CASE(clearing_removes_the_photo_and_says_so_once) {
    Fresh f;
    f.store->set_photo(SubjectKind::Person, "P-1", png(100), "image/png");
    f.store->clear_photo(SubjectKind::Person, "P-1");
    f.store->clear_photo(SubjectKind::Person, "P-1");
    BOOST_TEST(!f.store->photo(SubjectKind::Person, "P-1"));
    const auto words = history_words(*f.store);
    BOOST_REQUIRE(words.size() == 3u);
    BOOST_TEST(words.back() == "photo removed");
}

BOOST_AUTO_TEST_CASE(a_photo_over_the_limit_is_refused_naming_its_size_and_the_limit) {
    Fresh f;
    const std::string message = user_error([&] {
        f.store->set_photo(SubjectKind::Person, "P-1", png(6 * 1024 * 1024 + 512 * 1024), "image/png");
    });
    BOOST_TEST(message.find("6.5 MB") != std::string::npos);
    BOOST_TEST(message.find("at most 5.0 MB") != std::string::npos);
    BOOST_TEST(!f.store->photo(SubjectKind::Person, "P-1"));
    BOOST_TEST(history_words(*f.store).size() == 1u);
    // Exactly the limit is accepted.
    f.store->set_photo(SubjectKind::Person, "P-1", png(kMaxPhotoBytes), "image/png");
    BOOST_TEST(f.store->photo(SubjectKind::Person, "P-1")->bytes.size() == kMaxPhotoBytes);
}

BOOST_AUTO_TEST_CASE(something_that_is_not_a_png_or_jpeg_is_refused) {
    Fresh f;
    const std::string message = user_error([&] {
        f.store->set_photo(SubjectKind::Person, "P-1", {'G', 'I', 'F', '8', '9', 'a'}, "image/png");
    });
    BOOST_TEST(message ==
               "The photo of person P-1 is not a PNG or JPEG picture; choose a .png or .jpg file.");
    BOOST_TEST(user_error([&] { f.store->set_photo(SubjectKind::Person, "P-1", png(100), "image/jpeg"); }) ==
               "The photo of person P-1 is not a PNG or JPEG picture; choose a .png or .jpg file.");
}

BOOST_AUTO_TEST_CASE(a_photo_for_someone_not_in_the_store_is_refused) {
    Fresh f;
    BOOST_CHECK_THROW(f.store->set_photo(SubjectKind::Person, "P-404", png(100), "image/png"),
                      pcr::NotFoundError);
}

BOOST_AUTO_TEST_CASE(sizes_are_worded_as_people_read_them) {
    BOOST_TEST(size_words(512) == "512 bytes");
    BOOST_TEST(size_words(820 * 1024) == "820 KB");
    BOOST_TEST(size_words(7654321) == "7.3 MB");
    BOOST_TEST(photo_mime(jpeg(10)) == "image/jpeg");
    BOOST_TEST(photo_mime(png(10)) == "image/png");
    BOOST_TEST(photo_mime({}) == "");
}

BOOST_AUTO_TEST_SUITE_END()
