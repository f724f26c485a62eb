// Looks for shipped files beside the program, above it, under the install prefix and in the source tree.
#include "model/core/resource_locator.h"

#include <cstdlib>
#include <mutex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace pcr::model {

namespace {

std::mutex program_mutex;
fs::path program_folder;

fs::path resolve_program(const fs::path& program) {
    std::error_code ec;
    if (program.empty()) return {};
    if (program.has_parent_path()) {
        const fs::path found = fs::weakly_canonical(fs::absolute(program, ec), ec);
        return ec ? fs::path() : found;
    }
    // A bare name: the shell found it on PATH.
    if (const char* path = std::getenv("PATH"); path && *path) {
        std::string dirs = path;
        std::size_t start = 0;
        while (start <= dirs.size()) {
            const std::size_t end = std::min(dirs.find(':', start), dirs.size());
            const fs::path candidate = fs::path(dirs.substr(start, end - start)) / program;
            if (fs::is_regular_file(candidate, ec)) return fs::weakly_canonical(candidate, ec);
            start = end + 1;
        }
    }
    return {};
}

bool present(const fs::path& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

}  // namespace

void ResourceLocator::set_program(const fs::path& program) {
    const fs::path resolved = resolve_program(program);
    const std::lock_guard lock(program_mutex);
    program_folder = resolved.parent_path();
}

std::optional<fs::path> ResourceLocator::find(const fs::path& relative) {
    fs::path folder;
    {
        const std::lock_guard lock(program_mutex);
        folder = program_folder;
    }
    if (!folder.empty()) {
        if (const fs::path installed = folder.parent_path() / "share" / "pcrecords" / relative;
            present(installed))
            return installed;
        for (fs::path dir = folder; !dir.empty(); dir = dir.parent_path()) {
            if (present(dir / relative)) return dir / relative;
            if (dir == dir.parent_path()) break;
        }
    }
    if (const fs::path prefixed = fs::path(PCR_INSTALL_DATADIR) / relative; present(prefixed))
        return prefixed;
    if (const fs::path source = fs::path(PCR_SOURCE_DIR) / relative; present(source)) return source;
    return std::nullopt;
}

}  // namespace pcr::model
