// Words for a sign-off and whether the record changed after it.
#include "model/rules/sign_off_words.h"

#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

std::string sign_off_words(const SignOff& sign_off, int record_version) {
    const std::string day = display_stored_date(sign_off.when.substr(0, 10));
    std::string words = sign_off.comment.empty() ? fill_in(tr("Signed off by {1} on {2}"), sign_off.who, day)
                                                 : fill_in(tr("Signed off by {1} on {2}: {3}"), sign_off.who,
                                                           day, sign_off.comment);
    if (sign_off.outdated_by(record_version)) words = fill_in(tr("{1}; changed since sign-off"), words);
    return words;
}

}  // namespace pcr::model
