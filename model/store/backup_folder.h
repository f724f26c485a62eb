// The folder of automatic backups beside a database file (NAME.backups/, owner-only) and the names in it,
// which sort by time and say why each backup was made.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "model/core/date.h"
#include "model/domain/backup_rotation.h"

namespace pcr::model {

enum class BackupReason { Daily, BeforeImport, BeforeMigration, BeforeRestore };

// "daily", "before-import", "before-migration", "before-restore": as in the file names.
std::string_view to_string(BackupReason reason);

// One backup in the folder, as its name and the file system tell it.
struct BackupFile {
    std::filesystem::path file;
    std::string when;    // UTC, "YYYY-MM-DDTHH:MM:SSZ"
    std::string reason;  // as in the name: "daily", "before-import", ...
    std::uintmax_t size = 0;
};

class BackupFolder {
  public:
    // The folder for the database `database`: `care.pcrdb` keeps its backups in `care.backups/`, named
    // `care-2026-12-06T140501-before-import.pcrdb` (UTC; a file without an extension gets `.db`).
    explicit BackupFolder(const std::filesystem::path& database);

    const std::filesystem::path& folder() const { return folder_; }

    // A name for a backup made at `when` for `reason` that no file has yet.
    std::filesystem::path new_name(std::chrono::system_clock::time_point when, BackupReason reason) const;
    // Creates the folder, readable by its owner only, unless it is there; the reason when it cannot be made.
    std::error_code make() const;
    // The backups in the folder, oldest first; files of other names (and temporaries) are left out. Empty
    // when there is no folder.
    std::vector<BackupFile> list() const;
    // Whether a backup was made on `day` (UTC).
    bool has_backup_on(const Date& day) const;
    // Removes the backups `rotation` does not keep (domain/backup_rotation.h) and returns them; a file that
    // cannot be removed is left for the next time.
    std::vector<std::filesystem::path> rotate(const BackupRotation& rotation) const;

  private:
    std::string stem_;
    std::string extension_;
    std::filesystem::path folder_;
};

// The UTC day of a moment.
Date utc_day(std::chrono::system_clock::time_point when);

}  // namespace pcr::model
