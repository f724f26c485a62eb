// How a record's sign-off reads on the record page, the whole record and the dashboard.
#pragma once

#include <string>

#include "model/domain/sign_off.h"

namespace pcr::model {

// "Signed off by Ayesha Khan on 5 Dec 2026: Agreed at the review", and, once the record has moved past the
// version signed off, "; changed since sign-off".
std::string sign_off_words(const SignOff& sign_off, int record_version);

}  // namespace pcr::model
