// Whole-or-nothing file writing for exports: a temporary in the same folder, then one rename.
#include "model/export/atomic_file.h"

#include <system_error>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/private_file.h"
#include "model/core/translate.h"

namespace fs = std::filesystem;

namespace pcr::model {

void write_whole_file(const fs::path& target, const std::function<void(const fs::path& temporary)>& write) {
    std::error_code ec;
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec))
        throw UserError(
            fill_in(tr("Cannot write {1}: the folder {2} does not exist. Choose an existing folder."),
                    target.string(), folder.string()));
    // A dot-name in the same folder, so the rename is atomic and a folder listing does not show it as a
    // result.
    const fs::path temporary = folder / ("." + target.filename().string() + ".part");
    // Care data: the temporary is made private to its owner before a byte is written, and the rename keeps
    // its mode, so no one else can read the export at any moment. A temporary file left by a crash is
    // replaced; anything else in its place makes the export fail.
    if (!fs::is_directory(temporary, ec)) fs::remove(temporary, ec);
    try {
        if (const std::error_code created = create_private_file(temporary))
            throw UserError(
                fill_in(tr("Cannot write {1}: {2}. Check the folder is writable and the file is not open in "
                           "another program."),
                        target.string(), created.message()));
        write(temporary);
    } catch (...) {
        fs::remove(temporary, ec);
        throw;
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw UserError(
            fill_in(tr("Cannot write {1}: {2}. Check the folder is writable and the file is not open in "
                       "another program."),
                    target.string(), ec.message()));
    }
}

}  // namespace pcr::model
