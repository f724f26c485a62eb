// Writing, reading and removing the presence file that names who has a database open.
#include "model/core/presence_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>

#include "model/core/fill_in.h"
#include "model/core/login_name.h"
#include "model/core/private_file.h"
#include "model/core/temporary_file.h"
#include "model/core/translate.h"
#include "model/core/utc_time.h"

namespace fs = std::filesystem;

namespace pcr::model {

namespace {

std::string host_name() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0) return "unknown";
    return name;
}

std::optional<Presence> read_presence(const fs::path& file) {
    std::ifstream in(file);
    if (!in) return std::nullopt;
    Presence presence;
    for (std::string line; std::getline(in, line);) {
        const auto equals = line.find('=');
        if (equals == std::string::npos) continue;
        const std::string key = line.substr(0, equals), value = line.substr(equals + 1);
        if (key == "pid")
            presence.pid = std::strtol(value.c_str(), nullptr, 10);
        else if (key == "program")
            presence.program = value;
        else if (key == "user")
            presence.user = value;
        else if (key == "host")
            presence.host = value;
        else if (key == "since")
            presence.since = value;
    }
    if (presence.pid <= 0) return std::nullopt;
    return presence;
}

// Whether the program that wrote `presence` may still have the database open.
bool running(const Presence& presence) {
    if (presence.host != host_name()) return true;
    return ::kill(static_cast<pid_t>(presence.pid), 0) == 0 || errno == EPERM;
}

}  // namespace

fs::path PresenceFile::path_for(const fs::path& database) {
    fs::path file = database;
    file += ".lock";
    return file;
}

PresenceFile::PresenceFile(fs::path database, const std::string& program) : file_(path_for(database)) {
    if (const auto present = read_presence(file_); present && running(*present)) return;
    const fs::path temporary = temporary_name(file_);
    if (create_private_file(temporary)) return;
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << "pid=" << ::getpid() << "\nprogram=" << program << "\nuser=" << login_name()
            << "\nhost=" << host_name() << "\nsince=" << utc_stamp_now() << "\n";
        out.close();
        if (!out) {
            ::unlink(temporary.c_str());
            return;
        }
    }
    // A stale file goes first; link() then puts ours in place only if no other program's came meanwhile.
    if (fs::exists(file_)) ::unlink(file_.c_str());
    written_ = ::link(temporary.c_str(), file_.c_str()) == 0;
    ::unlink(temporary.c_str());
}

PresenceFile::~PresenceFile() {
    if (!written_) return;
    // Ours unless a program took it as stale, which it does only once we are gone.
    if (const auto present = read_presence(file_); present && present->pid == ::getpid())
        ::unlink(file_.c_str());
}

std::optional<Presence> PresenceFile::other(const fs::path& database) {
    auto present = read_presence(path_for(database));
    if (!present || (present->pid == ::getpid() && present->host == host_name()) || !running(*present))
        return std::nullopt;
    return present;
}

std::string PresenceFile::describe(const Presence& presence) {
    // TRANSLATORS: {1} is a program ("pcrecords"), {2} a computer, {3} a login name, {4} a time in UTC
    // ("2026-12-06T14:03:00Z"), {5} a process number.
    return fill_in(tr("{1} on {2} by {3} since {4} (process {5})"), presence.program, presence.host,
                   presence.user, presence.since, presence.pid);
}

}  // namespace pcr::model
