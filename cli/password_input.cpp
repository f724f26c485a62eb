// Passwords from the environment or standard input; echo is turned off while one is typed at a terminal.
#include "cli/password_input.h"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::cli {

namespace {

using model::fill_in;
using model::tr;

// One line of standard input without its line end; nullopt at the end of input.
std::optional<std::string> read_line() {
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

// Asks on stderr and reads a line from the terminal with echo off, restoring the terminal however it ends.
std::optional<std::string> read_hidden(const std::string& prompt) {
    std::cerr << prompt << std::flush;
    termios before{};
    const bool restore = tcgetattr(STDIN_FILENO, &before) == 0;
    if (restore) {
        termios hidden = before;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    auto line = read_line();
    if (restore) tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    std::cerr << "\n";
    return line;
}

}  // namespace

std::optional<std::string> sign_in_password(const std::string& user_name) {
    if (const char* given = std::getenv("PCRECORDS_PASSWORD")) return std::string(given);
    if (!isatty(STDIN_FILENO)) return std::nullopt;
    return read_hidden(fill_in(tr("Password for {1}: "), user_name));
}

std::string new_password(const std::string& user_name) {
    if (!isatty(STDIN_FILENO)) {
        auto line = read_line();
        if (!line || line->empty())
            throw UserError(
                fill_in(tr("Give the new password for {1} as one line on standard input."), user_name));
        return *line;
    }
    auto first = read_hidden(fill_in(tr("New password for {1}: "), user_name));
    auto second = read_hidden(tr("Type it again: "));
    if (!first || first->empty()) throw UserError(fill_in(tr("No password was typed for {1}."), user_name));
    if (first != second)
        throw UserError(tr("The two passwords typed differ; nothing was changed. Try again."));
    return *first;
}

}  // namespace pcr::cli
