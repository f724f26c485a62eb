// A limit on the size any file may grow to, standing in for a full disk in tests.
#pragma once

#include <signal.h>
#include <sys/resource.h>

namespace pcr::test {

// While it lives, no file may grow past `bytes`: a write past it fails (EFBIG, with SIGXFSZ ignored) as a
// write onto a full disk does, without needing a small file system (the tests run as root, without mount).
class FileSizeLimit {
  public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &saved_);
        handler_ = signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved_;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &saved_);
        signal(SIGXFSZ, handler_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

  private:
    rlimit saved_{};
    sighandler_t handler_ = SIG_DFL;
};

}  // namespace pcr::test
