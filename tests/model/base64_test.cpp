// Tests of the base64 encoder used for photos in HTML exports: the RFC 4648 test vectors.
#include "model/core/base64.h"

#include <boost/test/unit_test.hpp>
#include <string>

using pcr::model::base64;

namespace {

std::string encode(const std::string& text) {
    return base64({text.begin(), text.end()});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(base64_test)

BOOST_AUTO_TEST_CASE(rfc_4648_vectors) {
    BOOST_TEST(encode("") == "");
    BOOST_TEST(encode("f") == "Zg==");
    BOOST_TEST(encode("fo") == "Zm8=");
    BOOST_TEST(encode("foo") == "Zm9v");
    BOOST_TEST(encode("foob") == "Zm9vYg==");
    BOOST_TEST(encode("fooba") == "Zm9vYmE=");
    BOOST_TEST(encode("foobar") == "Zm9vYmFy");
}

BOOST_AUTO_TEST_CASE(high_bytes_use_the_whole_alphabet) {
    BOOST_TEST(base64({0xfb, 0xff, 0xbf}) == "+/+/");
    BOOST_TEST(base64({0x00, 0x00, 0x00}) == "AAAA");
}

BOOST_AUTO_TEST_SUITE_END()
