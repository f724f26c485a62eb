// The table of database settings and the checks of their values.
#include "model/domain/database_settings.h"

#include <charconv>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

std::optional<int> whole_number(const std::string& text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

}  // namespace

std::vector<DatabaseSetting> database_settings() {
    // Made when asked for, so the descriptions follow the language chosen after the program started.
    return {
        {"backup.daily", "7", tr("Days that keep their newest automatic backup"), 0, 366, true},
        {"backup.weekly", "4", tr("Weeks that keep their newest automatic backup"), 0, 520, true},
        {"backup.monthly", "12", tr("Months that keep their newest automatic backup"), 0, 1200, true},
        // The default is rules/retention.h's kDefaultRetentionYears (a test keeps the two together).
        {"retention.years", "8",
         tr("Years after archiving before a person's record is listed for a manager to erase or keep"), 1,
         100},
    };
}

std::optional<DatabaseSetting> database_setting(const std::string& name) {
    for (const auto& setting : database_settings())
        if (setting.name == name) return setting;
    return std::nullopt;
}

void check_setting_value(const std::string& name, const std::string& value) {
    const auto setting = database_setting(name);
    if (!setting) {
        std::string names;
        for (const auto& known : database_settings()) names += (names.empty() ? "" : ", ") + known.name;
        // TRANSLATORS: {1} is what was typed, {2} the names of every setting, separated by commas.
        throw UserError(fill_in(tr("There is no setting \"{1}\". The settings are: {2}."), name, names));
    }
    const auto number = whole_number(value);
    if (!number || *number < setting->min || *number > setting->max)
        // TRANSLATORS: {1} is a setting's name, {2} what was typed, {3} and {4} the least and greatest
        // values.
        throw UserError(fill_in(tr("{1} takes a whole number from {3} to {4}, not \"{2}\"."), name, value,
                                setting->min, setting->max));
}

int setting_number(const std::string& name, const std::optional<std::string>& value) {
    const auto setting = database_setting(name);
    if (!setting) return 0;
    if (value)
        if (const auto number = whole_number(*value);
            number && *number >= setting->min && *number <= setting->max)
            return *number;
    return whole_number(setting->default_value).value_or(0);
}

BackupRotation backup_rotation(const std::optional<std::string>& daily,
                               const std::optional<std::string>& weekly,
                               const std::optional<std::string>& monthly) {
    return {setting_number("backup.daily", daily), setting_number("backup.weekly", weekly),
            setting_number("backup.monthly", monthly)};
}

}  // namespace pcr::model
