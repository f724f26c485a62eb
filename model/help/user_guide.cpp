// Finds the user guide beside the installed templates or in the source tree, and makes it a page.
#include "model/help/user_guide.h"

#include <fstream>
#include <sstream>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/resource_locator.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/help/markdown.h"

namespace fs = std::filesystem;

namespace pcr::model {

std::optional<fs::path> user_guide_file() {
    return ResourceLocator::find(fs::path("docs") / "user-guide.md");
}

std::string user_guide_html(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in)
        throw StorageError(fill_in(tr("The user guide {1} could not be read. Reinstall pcrecords, or read "
                                      "docs/user-guide.md in its source."),
                                   file.string()));
    const std::string markdown = text.str();
    if (!is_valid_utf8(markdown))
        throw StorageError(fill_in(tr("The user guide {1} is not UTF-8 text."), file.string()));
    std::string title = tr("pcrecords user guide");
    if (markdown.rfind("# ", 0) == 0) title = trim(markdown.substr(2, markdown.find('\n') - 2));
    return "<html><head><meta charset=\"utf-8\"><title>" + escape_html(title) + "</title></head><body>\n" +
           markdown_to_html(markdown) + "</body></html>\n";
}

}  // namespace pcr::model
