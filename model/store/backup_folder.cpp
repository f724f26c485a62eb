// Naming, listing and rotating the automatic backups beside a database file.
#include "model/store/backup_folder.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <ctime>

namespace pcr::model {

namespace {

std::tm utc_parts(std::chrono::system_clock::time_point when) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    return parts;
}

bool digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

}  // namespace

std::string_view to_string(BackupReason reason) {
    switch (reason) {
        case BackupReason::Daily:
            return "daily";
        case BackupReason::BeforeImport:
            return "before-import";
        case BackupReason::BeforeMigration:
            return "before-migration";
        case BackupReason::BeforeRestore:
            return "before-restore";
    }
    return "daily";
}

Date utc_day(std::chrono::system_clock::time_point when) {
    const std::tm parts = utc_parts(when);
    return Date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
}

BackupFolder::BackupFolder(const std::filesystem::path& database)
    : stem_(database.stem().string()),
      extension_(database.has_extension() ? database.extension().string() : ".db"),
      folder_(database.parent_path() / (stem_ + ".backups")) {}

std::filesystem::path BackupFolder::new_name(std::chrono::system_clock::time_point when,
                                             BackupReason reason) const {
    const std::tm parts = utc_parts(when);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H%M%S", &parts);
    const std::string base = stem_ + "-" + stamp + "-" + std::string(to_string(reason));
    std::error_code ec;
    // Two backups in one second (two imports, say) are told apart by a number.
    for (int n = 1;; ++n) {
        auto file = folder_ / (base + (n == 1 ? "" : "-" + std::to_string(n)) + extension_);
        if (!std::filesystem::exists(file, ec)) return file;
    }
}

std::error_code BackupFolder::make() const {
    std::error_code ec;
    if (std::filesystem::is_directory(folder_, ec)) return {};
    // Created owner-only from the start: the folder's listing names the database and when it was used.
    if (::mkdir(folder_.c_str(), S_IRWXU) != 0) return {errno, std::generic_category()};
    return {};
}

std::vector<BackupFile> BackupFolder::list() const {
    std::vector<BackupFile> found;
    std::error_code ec;
    const std::string prefix = stem_ + "-";
    // "YYYY-MM-DDTHHMMSS-" after the prefix, then the reason (and a number), then the extension.
    constexpr std::size_t kStamp = 17;
    for (const auto& item : std::filesystem::directory_iterator(folder_, ec)) {
        const std::string name = item.path().filename().string();
        if (name.size() <= prefix.size() + kStamp + 1 + extension_.size() || name.rfind(prefix, 0) != 0 ||
            name.compare(name.size() - extension_.size(), extension_.size(), extension_) != 0)
            continue;
        const std::string_view stamp = std::string_view(name).substr(prefix.size(), kStamp);
        if (!digits(stamp.substr(0, 4)) || stamp[4] != '-' || !digits(stamp.substr(5, 2)) ||
            stamp[7] != '-' || !digits(stamp.substr(8, 2)) || stamp[10] != 'T' ||
            !digits(stamp.substr(11, 6)) || name[prefix.size() + kStamp] != '-')
            continue;
        std::string reason = name.substr(prefix.size() + kStamp + 1,
                                         name.size() - prefix.size() - kStamp - 1 - extension_.size());
        if (const auto dash = reason.rfind('-'); dash != std::string::npos && digits(reason.substr(dash + 1)))
            reason.erase(dash);
        if (!item.is_regular_file(ec)) continue;
        BackupFile file;
        file.file = item.path();
        file.when = std::string(stamp.substr(0, 10)) + "T" + std::string(stamp.substr(11, 2)) + ":" +
                    std::string(stamp.substr(13, 2)) + ":" + std::string(stamp.substr(15, 2)) + "Z";
        file.reason = reason;
        file.size = item.file_size(ec);
        found.push_back(std::move(file));
    }
    std::sort(found.begin(), found.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.when != b.when ? a.when < b.when : a.file < b.file;
    });
    return found;
}

bool BackupFolder::has_backup_on(const Date& day) const {
    const std::string prefix = day.iso();
    const auto backups = list();
    return std::any_of(backups.begin(), backups.end(),
                       [&](const BackupFile& backup) { return backup.when.rfind(prefix, 0) == 0; });
}

std::vector<std::filesystem::path> BackupFolder::rotate(const BackupRotation& rotation) const {
    const auto backups = list();
    std::vector<std::string> stamps;
    for (const auto& backup : backups) stamps.push_back(backup.when);
    const auto kept = backups_to_keep(stamps, rotation);
    std::vector<std::filesystem::path> removed;
    std::error_code ec;
    for (std::size_t i = 0; i < backups.size(); ++i) {
        if (std::binary_search(kept.begin(), kept.end(), i)) continue;
        if (std::filesystem::remove(backups[i].file, ec)) removed.push_back(backups[i].file);
    }
    return removed;
}

}  // namespace pcr::model
