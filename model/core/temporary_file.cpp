// Private temporaries created exclusively, written with every error checked; what killed runs left.
#include "model/core/temporary_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <random>
#include <regex>
#include <set>

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

// True while a process of that id runs (or runs under another account): its temporaries may be in use.
bool running(const std::string& pid_text) {
    if (pid_text.size() > 9) return false;
    const long pid = std::stol(pid_text);
    if (pid <= 0) return true;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

bool untouched_for_an_hour(const fs::path& file) {
    std::error_code ec;
    const auto written = fs::last_write_time(file, ec);
    return !ec && fs::file_time_type::clock::now() - written > std::chrono::hours(1);
}

// Once per folder and process: a bulk export writes thousands of files into one folder.
bool first_look_at(const fs::path& folder) {
    static std::mutex mutex;
    static std::set<fs::path> seen;
    std::error_code ec;
    const fs::path key = fs::weakly_canonical(folder, ec);
    std::lock_guard<std::mutex> lock(mutex);
    return seen.insert(ec ? folder : key).second;
}

}  // namespace

fs::path temporary_name(const fs::path& target) {
    return folder_of(target) / ("." + target.filename().string() + ".pcr-" + std::to_string(::getpid()) +
                                "-" + random_hex() + ".part");
}

void remove_stale_temporaries(const fs::path& folder) noexcept {
    try {
        // The name's process id decides; the older names without one are judged by their age.
        static const std::regex current(R"(\..+\.pcr-([0-9]+)-[0-9a-f]+\.part(-journal|-wal|-shm)?)");
        static const std::regex backup(R"(.+\.partial-([0-9]+)(-journal|-wal|-shm)?)");
        static const std::regex older(R"(\..+\.part|.+\.tmp-[0-9]+)");
        std::error_code ec;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            std::smatch match;
            bool stale = false;
            if (std::regex_match(name, match, current) || std::regex_match(name, match, backup))
                stale = !running(match[1].str());
            else if (std::regex_match(name, older))
                stale = untouched_for_an_hour(it->path());
            std::error_code ignored;
            if (stale && it->is_regular_file(ignored)) fs::remove(it->path(), ignored);
        }
    } catch (...) {
        // Tidying is a courtesy: a folder that cannot be listed is written to (or refused) as before.
    }
}

TemporaryFile::TemporaryFile(fs::path target) : target_(std::move(target)) {
    const fs::path folder = folder_of(target_);
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw UserError(
            fill_in(tr("Cannot write {1}: the folder {2} does not exist. Choose an existing folder."),
                    target_.string(), folder.string()));
    if (first_look_at(folder)) remove_stale_temporaries(folder);
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
