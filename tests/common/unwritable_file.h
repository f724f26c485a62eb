// Makes a file that even root cannot write (the immutable attribute, as `chattr +i` sets it) for a test, and
// writable again when the test is done.
#pragma once

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <filesystem>

namespace pcr::test {

// The tests run as root, who may write any file whatever its mode; an immutable file refuses even root. Not
// every file system has the attribute: made() says whether it took.
class UnwritableFile {
  public:
    explicit UnwritableFile(std::filesystem::path file) : file_(std::move(file)) { made_ = set(true); }
    ~UnwritableFile() {
        if (made_) set(false);
    }
    UnwritableFile(const UnwritableFile&) = delete;
    UnwritableFile& operator=(const UnwritableFile&) = delete;
    bool made() const { return made_; }

  private:
    bool set(bool immutable) const {
        const int fd = ::open(file_.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return false;
        int flags = 0;
        bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (done) {
            flags = immutable ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return done;
    }

    std::filesystem::path file_;
    bool made_ = false;
};

}  // namespace pcr::test
