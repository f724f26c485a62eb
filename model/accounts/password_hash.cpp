// Argon2id through libsodium: hashing a new password and verifying one typed at sign-in.
#include "model/accounts/password_hash.h"

#include <sodium.h>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

// libsodium must be started once before use; it is safe to call again from any thread.
void start_sodium() {
    if (sodium_init() < 0) throw Error(tr("The password library could not start; reinstall pcrecords."));
}

}  // namespace

void PasswordHash::check_new(const std::string& password) {
    if (!is_valid_utf8(password))
        throw UserError(tr("The password has characters that are not UTF-8; type it again."));
    std::size_t characters = 0;
    for (unsigned char c : password)
        if ((c & 0xC0) != 0x80) ++characters;
    if (characters < kMinimumLength || is_blank(password))
        throw UserError(
            fill_in(tr("A password needs at least {1} characters; choose a longer one (a few words "
                       "you will remember make a good one)."),
                    kMinimumLength));
}

std::string PasswordHash::make(const std::string& password) {
    start_sodium();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(
            tr("There was not enough memory to protect the password; close other programs and try "
               "again."));
    return hash;
}

bool PasswordHash::verifies(const std::string& hash, const std::string& password) {
    start_sodium();
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace pcr::model
