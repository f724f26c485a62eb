// Signing in: a user name and password checked against the account, with lockout, expiry and disabling.
#pragma once

#include <chrono>
#include <string>

#include "model/core/clock_time.h"
#include "model/core/errors.h"
#include "model/domain/principal.h"
#include "model/store/account_store.h"

namespace pcr::model {

// A refused sign-in; the message says why and what to do, and never which of name or password was wrong.
class SignInError : public AccessError {
  public:
    using AccessError::AccessError;
};

class SignIn {
  public:
    // Wrong passwords in a row that lock the account, and for how long.
    static constexpr int kAttemptsBeforeLock = 5;
    static constexpr std::chrono::minutes kLockTime{15};

    // Who a store acts for, as a status bar says it: "Open database: no sign-in" for a principal with no
    // account, else "Signed in as ann (administrator)".
    static std::string describe(const Principal& principal);

    // The principal of the account `user_name` when `password` is its password at `now` (the real clock in
    // the programs; expiry is judged on the local day of `now`). Records the outcome on the account: a wrong
    // password counts toward the lock, the fifth in a row locks it for kLockTime, a right one clears the
    // count and stamps the last sign-in. Throws SignInError for an unknown name or wrong password (one
    // message for both), a locked account (until when, local time), a disabled account, or an expired one
    // (since when).
    static Principal authenticate(AccountStore& store, const std::string& user_name,
                                  const std::string& password, TimePoint now);
};

}  // namespace pcr::model
