// Creating files private to their owner and checking or mending the permissions of existing ones.
#include "model/core/private_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace fs = std::filesystem;

namespace pcr::model {

namespace {

constexpr fs::perms kOthers = fs::perms::group_all | fs::perms::others_all;

}  // namespace

std::error_code create_private_file(const fs::path& file) noexcept {
    // open() with the mode given, not a stream: a stream creates the file 0666 less the umask, readable by
    // everyone under the usual umask 022 until its mode is changed.
    const int fd =
        ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) return {errno, std::generic_category()};
    ::close(fd);
    return {};
}

bool others_can_read(const fs::path& file) noexcept {
    std::error_code ec;
    const fs::file_status status = fs::status(file, ec);
    if (ec || !fs::exists(status)) return false;
    return (status.permissions() & (fs::perms::group_read | fs::perms::others_read)) != fs::perms::none;
}

void make_private(const fs::path& file) {
    std::error_code ec;
    fs::permissions(file, kOthers, fs::perm_options::remove, ec);
    if (ec)
        throw UserError(fill_in(tr("Cannot make {1} private to you: {2}. Only the account that owns the file "
                                   "(or an administrator of the computer) can change who may read it."),
                                file.string(), ec.message()));
}

}  // namespace pcr::model
