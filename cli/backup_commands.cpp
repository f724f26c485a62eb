// Backups, restore, moving and settings from the command line, through the model's StoreAdmin, restore_store
// and copy_store.
#include "cli/backup_commands.h"

#include <chrono>
#include <cstdio>
#include <optional>
#include <ostream>

#include "cli/open_database.h"
#include "model/backends/copy_store.h"
#include "model/backends/restore_store.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/database_settings.h"
#include "model/exchange/csv_writer.h"

namespace pcr::cli {

using namespace pcr::model;

int run_backups(const CommandContext& c) {
    auto store = open_database(c.args, OpenMode::Existing);
    const auto backups = store->backups();
    CsvWriter csv(c.out);
    csv.row({"when", "file", "size", "ok"});
    for (const auto& entry : backups)
        csv.row({entry.backup.when, entry.backup.file.string(), std::to_string(entry.backup.size),
                 entry.ok ? "1" : "0"});
    return 0;
}

int run_restore(const CommandContext& c) {
    const auto from = c.args.get("--from");
    if (!from || from->empty()) throw UsageError(tr("restore needs --from FILE: the backup to restore"));
    // Signed in against the current file, which is closed before it is replaced.
    const Principal acting = open_database(c.args, OpenMode::Existing)->principal();
    const auto kept = restore_store(StoreLocation::parse(c.args.get("--db").value_or("")), acting, *from);
    // TRANSLATORS: {1} is the database, {2} the backup restored, {3} the copy kept of the file it replaced.
    c.err << fill_in(tr("Restored {1} from {2}. The file it replaced is kept as {3}."), c.db.string(), *from,
                     kept.string())
          << "\n";
    return 0;
}

int run_migrate(const CommandContext& c) {
    const auto to = c.args.get("--to");
    if (!to || to->empty())
        throw UsageError(
            tr("migrate needs --to postgresql://USER@HOST/DATABASE (or a new FILE): where to copy to"));
    const auto from = StoreLocation::parse(c.args.get("--db").value_or(""));
    // Signed in against the source, as every command is; the copy is made through connections of its own.
    const Principal acting = open_database(c.args, OpenMode::Existing)->principal();
    const auto started = std::chrono::steady_clock::now();
    const CopyCounts counts = copy_store(from, StoreLocation::parse(*to), acting);
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f",
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    // TRANSLATORS: {1} and {2} are the databases, {3} to {6} counts, {7} seconds.
    c.err << fill_in(tr("Copied {1} to {2} in {7} s: {3} subjects, {4} changes in their history, {5} audit "
                        "entries, {6} rows in all. Every table's rows were counted on both sides and the "
                        "audit trail checked before the copy was kept."),
                     from.text(), *to, counts.of("subject"), counts.of("change_log"), counts.of("audit_log"),
                     counts.total(), std::string(seconds))
          << "\n";
    return 0;
}

int run_settings(const CommandContext& c) {
    if (const auto set = c.args.get("--set")) {
        const auto equals = set->find('=');
        if (equals == std::string::npos)
            throw UsageError(fill_in(tr("--set needs NAME=VALUE, such as backup.daily=7, not '{1}'"), *set));
        const std::string name = set->substr(0, equals), value = set->substr(equals + 1);
        // Checked before the database is opened, so a mistyped name never waits for a sign-in.
        check_setting_value(name, value);
        auto store = open_database(c.args, OpenMode::Existing);
        store->change_setting(name, value);
        // TRANSLATORS: {1} is a setting's name, {2} its new value, {3} the database.
        c.err << fill_in(tr("{1} is now {2} in {3}."), name, value, c.db.string()) << "\n";
        return 0;
    }
    auto store = open_database(c.args, OpenMode::Existing);
    CsvWriter csv(c.out);
    csv.row({"name", "value", "default", "description"});
    for (const auto& setting : database_settings())
        csv.row({setting.name, store->setting(setting.name).value_or(setting.default_value),
                 setting.default_value, setting.description});
    return 0;
}

}  // namespace pcr::cli
