// Who has a database open for changing, in a small file beside it, so another program can say who it waits
// for.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace pcr::model {

// The program that has a database open, as its presence file gives it.
struct Presence {
    long pid = 0;
    std::string program;  // "pcrecords" (the app) or "pcrecords-cli"
    std::string user;     // the login name it runs under
    std::string host;     // the computer it runs on
    std::string since;    // when it opened the database, UTC ("2026-12-06T14:03:00Z")
};

// `NAME.lock` beside the database NAME while a program has it open for changing: the app for as long as a
// database is open, the command line for a command that writes. It is advice, not a lock (SQLite's own
// locks keep the file whole): it names who another program is waiting for. The first program to open a
// database writes it; one that opens it while that program still runs leaves it be. It is created
// readable by its owner only, whole (written under a temporary name and linked into place), and removed by
// the program that wrote it when it lets go; one whose program is no longer running (it was killed) is stale,
// ignored and replaced.
class PresenceFile {
  public:
    // Writes this process's presence beside `database`, unless a running program's is there. Never throws:
    // a folder that cannot be written only means nobody learns who has the file open.
    PresenceFile(std::filesystem::path database, const std::string& program);
    // Removes the file if this object wrote it.
    ~PresenceFile();
    PresenceFile(const PresenceFile&) = delete;
    PresenceFile& operator=(const PresenceFile&) = delete;

    // The presence file of `database`.
    static std::filesystem::path path_for(const std::filesystem::path& database);
    // The program other than this process that has `database` open, when its presence file says so and it
    // is still running (one on another computer is taken to be: it cannot be asked).
    static std::optional<Presence> other(const std::filesystem::path& database);
    // "pcrecords-cli on HOST by USER since TIME (process N)", translated.
    static std::string describe(const Presence& presence);

  private:
    std::filesystem::path file_;
    bool written_ = false;
};

}  // namespace pcr::model
