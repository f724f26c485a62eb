// Marks the sentences a user reads so a translator can put them in another language (gettext, "pcrecords").
#pragma once

#include <filesystem>
#include <string>

namespace pcr::model {

// The text domain of every pcrecords message: po/pcrecords.pot, <locale>/<lang>/LC_MESSAGES/pcrecords.mo.
inline constexpr const char* text_domain = "pcrecords";

// Called once by the app and the command line before anything is said to the user: takes the language from
// the environment (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), reads catalogues from `locale_dir` (a folder of
// <lang>/LC_MESSAGES/pcrecords.mo; empty: the system's own) and hands back UTF-8 whatever the user's codeset.
// Only the messages' language changes: numbers, sorting and dates keep their own settings. With no catalogue
// for the language every message stays the English written in the code.
void start_translation(const std::filesystem::path& locale_dir);

// The user's language's words for `message`, or `message` itself when there are none.
std::string tr(const char* message);

// The form of a sentence that fits `n` in the user's language ("1 entry", "2 entries"): languages have
// one to six plural forms, so a count is never joined to a word chosen by `n == 1` in the code.
std::string tr_n(const char* singular, const char* plural, unsigned long n);

// Marks a string for extraction without translating it, for tables built before the language is known; the
// table's user calls tr() on the entry when it shows it.
constexpr const char* tr_noop(const char* message) {
    return message;
}

}  // namespace pcr::model
