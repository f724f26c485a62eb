// Looks messages up in the "pcrecords" gettext catalogue of the user's language (glibc's libintl).
#include "model/core/translate.h"

#include <libintl.h>

#include <clocale>

namespace pcr::model {

void start_translation(const std::filesystem::path& locale_dir) {
    // LC_MESSAGES only: LC_ALL would also change how numbers are written and parsed in files and exports.
    std::setlocale(LC_MESSAGES, "");
    if (!locale_dir.empty()) bindtextdomain(text_domain, locale_dir.string().c_str());
    bind_textdomain_codeset(text_domain, "UTF-8");
}

// dgettext names the domain, so a library or toolkit that changes the default domain (textdomain) cannot take
// the messages away.
std::string tr(const char* message) {
    return dgettext(text_domain, message);
}

std::string tr_n(const char* singular, const char* plural, unsigned long n) {
    return dngettext(text_domain, singular, plural, n);
}

}  // namespace pcr::model
