// Private temporaries created exclusively and written with every error checked.
#include "model/core/temporary_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace fs = std::filesystem;

namespace pcr::model {

namespace {

// Written to the file whenever this much has gathered: C libraries hand over a few bytes at a time.
constexpr std::size_t kBufferBytes = 64 * 1024;

fs::path folder_of(const fs::path& target) {
    return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

std::string random_hex() {
    std::random_device random;
    const std::uint64_t value = (std::uint64_t{random()} << 32) ^ random();
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

}  // namespace

fs::path temporary_name(const fs::path& target) {
    return folder_of(target) / ("." + target.filename().string() + ".pcr-" + std::to_string(::getpid()) +
                                "-" + random_hex() + ".part");
}

TemporaryFile::TemporaryFile(fs::path target) : target_(std::move(target)) {
    const fs::path folder = folder_of(target_);
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw UserError(
            fill_in(tr("Cannot write {1}: the folder {2} does not exist. Choose an existing folder."),
                    target_.string(), folder.string()));
    // The temporary earlier versions wrote for this same file: left by a crash, and holding care data.
    const fs::path older = folder / ("." + target_.filename().string() + ".part");
    if (fs::is_regular_file(fs::symlink_status(older, ec))) fs::remove(older, ec);
    // Care data: private to its owner from its first moment (the rename keeps the mode). O_EXCL and
    // O_NOFOLLOW: a file or link someone put in its place makes this fail instead of writing through it.
    path_ = temporary_name(target_);
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd_ < 0)
        throw UserError(fill_in(tr("Cannot write {1}: {2}. Check the folder is writable."), target_.string(),
                                std::strerror(errno)));
    buffer_.reserve(kBufferBytes);
}

TemporaryFile::~TemporaryFile() {
    if (committed_) return;
    if (fd_ >= 0) ::close(fd_);
    std::error_code ignored;
    fs::remove(path_, ignored);
}

bool TemporaryFile::flush() noexcept {
    std::size_t done = 0;
    while (error_ == 0 && done < buffer_.size()) {
        const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            error_ = n < 0 ? errno : ENOSPC;
        else
            done += static_cast<std::size_t>(n);
    }
    buffer_.clear();
    return error_ == 0;
}

bool TemporaryFile::try_write(const char* data, std::size_t size) noexcept {
    if (error_ != 0) return false;
    if (buffer_.size() + size > kBufferBytes && !flush()) return false;
    if (size >= kBufferBytes) {
        buffer_.assign(data, size);
        return flush();
    }
    buffer_.append(data, size);
    return true;
}

void TemporaryFile::write(std::string_view data) {
    if (!try_write(data.data(), data.size())) fail(error_);
}

void TemporaryFile::check() const {
    if (error_ != 0) fail(error_);
}

void TemporaryFile::commit() {
    flush();
    check();
    // close() is where some file systems (network ones) report that the data did not fit.
    const int closed = ::close(fd_);
    fd_ = -1;
    if (closed != 0) fail(errno);
    std::error_code ec;
    fs::rename(path_, target_, ec);
    if (ec)
        throw UserError(
            fill_in(tr("Cannot write {1}: {2}. Check the folder is writable and the file is not open in "
                       "another program; nothing was changed."),
                    target_.string(), ec.message()));
    committed_ = true;
}

void TemporaryFile::fail(int error) const {
    if (error == ENOSPC || error == EDQUOT)
        // TRANSLATORS: {1} is the file, {2} the system's words for the error.
        throw UserError(fill_in(tr("Cannot write {1}: the disk is full ({2}); nothing was changed. Make room "
                                   "on the disk, or choose another, and try again."),
                                target_.string(), std::strerror(error)));
    // TRANSLATORS: {1} is the file, {2} the system's words for the error.
    throw UserError(fill_in(tr("Cannot write {1}: {2}; nothing was changed. Check the disk has room and the "
                               "folder is writable."),
                            target_.string(), std::strerror(error)));
}

}  // namespace pcr::model
