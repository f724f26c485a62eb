// Reading passwords for the command line: the environment, the terminal without echo, or a line of input.
#pragma once

#include <optional>
#include <string>

namespace pcr::cli {

// The password to sign in with: PCRECORDS_PASSWORD when it is set, else typed at the terminal without echo
// when standard input is one, else nullopt (a script with no password: the caller refuses, exit 3).
std::optional<std::string> sign_in_password(const std::string& user_name);

// A new password for `user_name`: typed twice without echo when standard input is a terminal, else the first
// line of standard input. Throws pcr::UserError when there is none or the two typed differ.
std::string new_password(const std::string& user_name);

}  // namespace pcr::cli
