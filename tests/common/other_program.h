// Another program with a database open, for tests of what pcrecords does beside one: a child process holding
// an SQLite connection to the file until the test ends.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>

namespace pcr::test {

// SQLite's locks show a connection to other processes only, so the holder must be one. Fork with no
// connection of this process open: a child forked with one would share this process's locks and take none of
// its own.
class OtherProgram {
  public:
    explicit OtherProgram(const std::filesystem::path& file) {
        int ready[2];
        BOOST_REQUIRE(pipe(ready) == 0);
        pid_ = fork();
        if (pid_ == 0) {
            SQLite::Database db(file, SQLite::OPEN_READONLY);
            db.execAndGet("SELECT count(*) FROM subject");
            if (write(ready[1], "x", 1) != 1) _exit(1);
            pause();
            _exit(0);
        }
        char byte = 0;
        BOOST_REQUIRE(read(ready[0], &byte, 1) == 1);
        close(ready[0]);
        close(ready[1]);
    }
    ~OtherProgram() {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    OtherProgram(const OtherProgram&) = delete;
    OtherProgram& operator=(const OtherProgram&) = delete;

  private:
    pid_t pid_ = -1;
};

}  // namespace pcr::test
