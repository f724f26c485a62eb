// Which automatic backups to keep: the newest of each of the last few days, weeks and months that have one.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace pcr::model {

// How many days, weeks (Monday to Sunday) and months keep a backup; the database settings backup.daily,
// backup.weekly and backup.monthly (domain/database_settings.h).
struct BackupRotation {
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// The positions in `stamps` (UTC "YYYY-MM-DDTHH:MM:SSZ", in any order) of the backups to keep: the newest
// backup of each of the `daily` newest days that have a backup, of each of the `weekly` newest weeks that
// have one, and of each of the `monthly` newest months, all together. Periods without a backup are not
// counted, so a fortnight without backups (a holiday) does not empty the folder. The newest backup is always
// kept, whatever the counts. Ascending positions.
std::vector<std::size_t> backups_to_keep(const std::vector<std::string>& stamps,
                                         const BackupRotation& rotation);

}  // namespace pcr::model
