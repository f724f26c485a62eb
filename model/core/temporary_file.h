// A private temporary beside a file being written, renamed over it only once it is whole.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace pcr::model {

// Writing a file whole or not at all, safely in a folder others may write to: the temporary
// (`.NAME.pcr-PID-RANDOM.part`) is created exclusively, never through a link or over an existing file,
// readable by its owner only; every write, and the close, is checked; the target is replaced by one rename
// only when all went well, so on any failure (a full disk, say) an earlier file of that name is kept as it
// was.
class TemporaryFile {
  public:
    // Creates the temporary in the folder of `target`, removing first the temporaries that killed runs left
    // there (remove_stale_temporaries) and the one earlier versions named `.NAME.part` for this target.
    // Throws pcr::UserError naming `target` when the folder is missing or the temporary cannot be created.
    explicit TemporaryFile(std::filesystem::path target);
    // Removes the temporary unless it was committed.
    ~TemporaryFile();
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    const std::filesystem::path& target() const { return target_; }
    const std::filesystem::path& path() const { return path_; }

    // Appends `data`. Throws pcr::UserError ("the disk is full", or the system's reason; nothing was
    // changed).
    void write(std::string_view data);
    // The same for C libraries' callbacks, which must not throw: false once a write failed, and commit() (or
    // check()) then throws the reason.
    bool try_write(const char* data, std::size_t size) noexcept;
    // Throws the reason a try_write failed, if one did.
    void check() const;
    // Writes what is buffered, closes the temporary and renames it to the target. Throws pcr::UserError
    // (nothing was changed) on any failure.
    void commit();

  private:
    bool flush() noexcept;
    [[noreturn]] void fail(int error) const;

    std::filesystem::path target_;
    std::filesystem::path path_;
    int fd_ = -1;
    int error_ = 0;  // errno of the first failed write or close
    std::string buffer_;
    bool committed_ = false;
};

// Removes from `folder` what killed pcrecords runs left there: `.NAME.pcr-PID-RANDOM.part` temporaries (and
// the -journal, -wal and -shm files SQLite keeps beside a backup's) of processes no longer running, and the
// older names (`.NAME.part`, `NAME.tmp-N`, `NAME.partial-PID`) once a process has ended or, where the name
// holds none, an hour after they were last written. Files of other names are never touched; nothing is
// reported, as a file that cannot be removed is no one's loss.
void remove_stale_temporaries(const std::filesystem::path& folder) noexcept;

// The name of a new temporary for `target` (as TemporaryFile makes): for writers such as SQLite that create
// their file themselves.
std::filesystem::path temporary_name(const std::filesystem::path& target);

}  // namespace pcr::model
