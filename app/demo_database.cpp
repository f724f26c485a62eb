// Generates the demo database into a side file and renames it, so a cancelled run leaves no half caseload.
#include "app/demo_database.h"

#include <system_error>

#include "app/acting_principal.h"
#include "app/dialogs/progress_dialog.h"
#include "app/wx_text.h"
#include "model/backends/open_store.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/demo/demo_generator.h"

namespace pcr::app {

namespace {

void remove_database_files(const std::filesystem::path& file) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(std::filesystem::path(file).concat(suffix), ignored);
}

}  // namespace

bool create_demo_database(const std::filesystem::path& file, const model::TemplateRegistry& templates,
                          const model::Date& today, wxWindow* parent) {
    std::error_code error;
    std::filesystem::create_directories(file.parent_path(), error);
    if (error)
        throw StorageError(
            model::fill_in(model::tr("Cannot create the folder {1} for the demo database: {2}. Check its "
                                     "permissions, or open a database with File > Open."),
                           file.parent_path().string(), error.message()));

    const std::filesystem::path part = std::filesystem::path(file).concat(".part");
    remove_database_files(part);
    bool finished = false;
    try {
        auto store = model::open_store(part, acting_principal(), model::OpenMode::CreateIfMissing);
        model::DemoOptions options;
        options.people = 400;
        options.staff = 30;
        options.logs = 12000;
        options.seed = 1;
        options.today = today;
        ProgressDialog progress(to_wx(model::tr("Preparing the demo database")),
                                to_wx(model::tr("Writing a demo caseload so there is something to look at.")),
                                parent);
        model::generate_demo(*store, templates, options, progress);
        finished = !progress.cancelled();
    } catch (...) {
        remove_database_files(part);
        throw;
    }
    if (!finished) {
        remove_database_files(part);
        return false;
    }
    std::filesystem::rename(part, file, error);
    if (error) {
        remove_database_files(part);
        throw StorageError(
            model::fill_in(model::tr("Cannot save the demo database as {1}: {2}. Check the folder's "
                                     "permissions."),
                           file.string(), error.message()));
    }
    return true;
}

}  // namespace pcr::app
