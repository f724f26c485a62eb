// The settings a database keeps for everyone who uses it (its `setting` table): their names, defaults, and
// what values each accepts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/domain/backup_rotation.h"

namespace pcr::model {

struct DatabaseSetting {
    std::string name;           // "backup.daily"
    std::string default_value;  // what a database without the setting uses
    std::string description;    // in the reader's language
    int min = 0;                // every setting so far is a whole number in [min, max]
    int max = 0;
    // Only a database file uses it (its automatic backups); a server's backups are its administrator's.
    bool file_only = false;
};

// Every setting a database may hold, in the order they are listed.
std::vector<DatabaseSetting> database_settings();
// The setting of that name; none for a name no setting has.
std::optional<DatabaseSetting> database_setting(const std::string& name);

// Throws pcr::UserError naming the setting and what it accepts when `name` is no setting or `value` is not
// one it accepts.
void check_setting_value(const std::string& name, const std::string& value);

// The number `value` stands for, or the setting's default when it is missing or not a number it accepts (a
// file edited by hand).
int setting_number(const std::string& name, const std::optional<std::string>& value);

// The backup rotation from the values the database holds (each missing one at its default).
BackupRotation backup_rotation(const std::optional<std::string>& daily,
                               const std::optional<std::string>& weekly,
                               const std::optional<std::string>& monthly);

}  // namespace pcr::model
