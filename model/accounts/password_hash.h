// Passwords turned into Argon2id hashes (libsodium's crypto_pwhash_str) and checked against them.
#pragma once

#include <string>

namespace pcr::model {

// The only place a password is handled: it is hashed or checked and never kept, logged or written.
class PasswordHash {
  public:
    // Fewer characters than this are refused for a new password.
    static constexpr std::size_t kMinimumLength = 8;

    // Throws pcr::UserError saying what a password needs when `password` is too short or not UTF-8.
    static void check_new(const std::string& password);
    // An Argon2id hash with libsodium's interactive limits, salted: "$argon2id$v=19$m=...". Throws
    // pcr::Error if the machine has not the memory to make it.
    static std::string make(const std::string& password);
    // True when `password` is the one `hash` was made from.
    static bool verifies(const std::string& hash, const std::string& password);
};

}  // namespace pcr::model
