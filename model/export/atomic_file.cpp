// Whole-or-nothing file writing for exports: a temporary in the same folder, then one rename.
#include "model/export/atomic_file.h"

namespace pcr::model {

void write_whole_file(const std::filesystem::path& target,
                      const std::function<void(TemporaryFile& out)>& write) {
    TemporaryFile out(target);
    write(out);
    out.commit();
}

}  // namespace pcr::model
