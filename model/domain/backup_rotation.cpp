// The rotation of automatic backups: grandfather-father-son over days, weeks and months.
#include "model/domain/backup_rotation.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <optional>
#include <set>

#include "model/core/date.h"

namespace pcr::model {

namespace {

// The day of a stamp; stamps that are not dated sort as the oldest and keep only by being the newest.
std::optional<Date> day_of(const std::string& stamp) {
    return Date::parse(std::string_view(stamp).substr(0, 10));
}

// Keeps, walking newest first, the first backup of each new period until `count` periods have one.
void keep_newest_per_period(const std::vector<std::size_t>& newest_first,
                            const std::vector<std::string>& stamps, int count,
                            const std::function<long(const Date&)>& period, std::set<std::size_t>& kept) {
    std::optional<long> last;
    int periods = 0;
    for (const std::size_t index : newest_first) {
        if (periods >= count) return;
        const auto day = day_of(stamps[index]);
        if (!day) continue;
        const long key = period(*day);
        if (last && *last == key) continue;
        last = key;
        ++periods;
        kept.insert(index);
    }
}

}  // namespace

std::vector<std::size_t> backups_to_keep(const std::vector<std::string>& stamps,
                                         const BackupRotation& rotation) {
    std::vector<std::size_t> newest_first(stamps.size());
    std::iota(newest_first.begin(), newest_first.end(), std::size_t{0});
    // Stamps of one form sort by time as text; ties keep the later position first (the later one written).
    std::stable_sort(newest_first.begin(), newest_first.end(),
                     [&](std::size_t a, std::size_t b) { return stamps[a] > stamps[b]; });
    std::set<std::size_t> kept;
    if (!newest_first.empty()) kept.insert(newest_first.front());
    // 1970-01-05 was a Monday: whole weeks since then number the weeks, Monday to Sunday.
    const Date monday(1970, 1, 5);
    keep_newest_per_period(
        newest_first, stamps, rotation.daily,
        [&](const Date& day) { return static_cast<long>(day.days_since(monday)); }, kept);
    keep_newest_per_period(
        newest_first, stamps, rotation.weekly,
        [&](const Date& day) {
            const long days = day.days_since(monday);
            return days >= 0 ? days / 7 : (days - 6) / 7;
        },
        kept);
    keep_newest_per_period(
        newest_first, stamps, rotation.monthly,
        [](const Date& day) { return static_cast<long>(day.year()) * 12 + day.month() - 1; }, kept);
    return {kept.begin(), kept.end()};
}

}  // namespace pcr::model
